import { describe, expect, it } from "vitest";
import { checkSlugChange, isValidSlug, romanizeHangul, slugFromTitle, slugify, SLUG_MAX_LENGTH } from "./slug";
import { DomainError } from "@/lib/errors";

describe("slugs from titles", () => {
  it("writes Latin titles as lower-case words joined by hyphens, without accents", () => {
    expect(slugify("Minister Cho meets Kazakhstan's Foreign Minister")).toBe("minister-cho-meets-kazakhstans-foreign-minister");
    expect(slugify("Café Crème: Korea’s stance on the 13th Forum")).toBe("cafe-creme-koreas-stance-on-the-13th-forum");
    expect(slugify("Straße Łódź -- Ørsted!")).toBe("strasse-lodz-orsted");
  });

  it("romanises Korean titles", () => {
    expect(slugify("외교부 대변인 정례브리핑")).toBe("oegyobu-daebyeonin-jeongryebeuriping");
    expect(slugify("제13차 한-중앙아 협력 포럼 개최 결과")).toBe("je13cha-han-junganga-hyeopryeok-poreom-gaechoe-gyeolgwa");
    expect(slugify("APA통신 인터뷰")).toBe("apatongsin-inteobyu");
  });

  it("carries a final consonant into a following vowel and reads ㄹㄹ as ll", () => {
    expect(romanizeHangul("한국어")).toBe("hangugeo");
    expect(romanizeHangul("설립")).toBe("seollip");
    expect(romanizeHangul("닭")).toBe("dak");
  });

  it("transliterates Cyrillic", () => {
    expect(slugify("Министр иностранных дел")).toBe("ministr-inostrannykh-del");
  });

  it("falls back to the kind and the public date when nothing can be written in ASCII", () => {
    expect(slugify("日本語")).toBe("");
    expect(slugFromTitle("日本語 · 中文", { kind: "PRESS_RELEASE", publicDate: "2025-03-30" })).toBe("press-release-2025-03-30");
    expect(slugFromTitle("!!!", { kind: "INTERVIEW", publicDate: "2025-03-30" })).toBe("interview-2025-03-30");
  });

  it("keeps generated slugs short, cut between words", () => {
    const slug = slugify("word ".repeat(60));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith("-")).toBe(false);
    expect(isValidSlug(slug)).toBe(true);
  });

  it("always produces a valid slug", () => {
    for (const title of ["  --Hello--  ", "Q&A: 2025/03", "한-중앙아", "Ünïcödé ŝtŕïñg", "x"]) {
      expect(isValidSlug(slugFromTitle(title, { kind: "PRESS_RELEASE", publicDate: "2025-01-01" }))).toBe(true);
    }
  });
});

describe("slug rules", () => {
  it("accepts only lower-case words with single hyphens", () => {
    expect(isValidSlug("press-release-2")).toBe(true);
    expect(isValidSlug("Press")).toBe(false);
    expect(isValidSlug("a--b")).toBe(false);
    expect(isValidSlug("-a")).toBe(false);
    expect(isValidSlug("a".repeat(SLUG_MAX_LENGTH + 1))).toBe(false);
  });

  it("is stable once the document was published", () => {
    expect(() => checkSlugChange({ slug: "old", firstPublishedAt: null }, "new")).not.toThrow();
    expect(() => checkSlugChange({ slug: "old", firstPublishedAt: new Date() }, "old")).not.toThrow();
    expect(() => checkSlugChange({ slug: "old", firstPublishedAt: new Date() }, "new")).toThrow(DomainError);
  });
});
