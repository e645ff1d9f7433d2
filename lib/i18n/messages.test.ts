import { describe, expect, it } from "vitest";
import { errorText } from "./error-text";
import { languageNameFor } from "./locale-names";
import { formatCount, formatDateInZone, messages, monthName } from "./messages";

describe("messages", () => {
  it("has Korean and English interface text", () => {
    expect(messages("ko").skip.toContent).toBe("본문 바로가기");
    expect(messages("en").skip.toContent).toBe("Skip to content");
  });

  it("falls back to English for a language without its own text", () => {
    expect(messages("ru")).toBe(messages("en"));
    expect(errorText("ru").title).toBe("Something went wrong");
  });

  it("gives every language the same keys", () => {
    const keys = (value: object): string[] =>
      Object.entries(value).flatMap(([key, inner]) => (inner && typeof inner === "object" ? keys(inner).map((k) => `${key}.${k}`) : [key]));
    expect(keys(messages("ko")).sort()).toEqual(keys(messages("en")).sort());
  });

  it("counts results in each language's way", () => {
    expect(messages("en").filters.results(1, messages("en").kinds.PRESS_RELEASE)).toBe("1 press release");
    expect(messages("en").filters.results(1234, messages("en").kinds.PRESS_RELEASE)).toBe("1,234 press releases");
    expect(messages("ko").filters.results(12, messages("ko").kinds.INTERVIEW)).toBe("인터뷰 12건");
  });

  it("says whether the original of an unofficial translation is on the site", () => {
    expect(messages("en").translation.unofficialBody("Korean (한국어)")).toContain("The original in Korean (한국어) is the authoritative version.");
    expect(messages("en").translation.unofficialBody(null)).toContain("Only the original text is authoritative.");
  });
});

describe("formatting", () => {
  it("dates an instant in the press office's time zone", () => {
    expect(formatDateInZone(new Date("2021-10-16T16:30:00Z"), "Asia/Seoul")).toBe("2021-10-17");
    expect(formatDateInZone(new Date("2021-10-16T16:30:00Z"), "Europe/Paris")).toBe("2021-10-16");
  });

  it("groups thousands for the reader's language", () => {
    expect(formatCount(6427, "en")).toBe("6,427");
    expect(formatCount(6427, "ko")).toBe("6,427");
  });

  it("names months in the reader's language", () => {
    expect(monthName(3, "en")).toBe("March");
    expect(monthName(3, "ko")).toBe("3월");
  });

  it("names a language for the reader, with its own name beside it", () => {
    expect(languageNameFor("ko", "en")).toBe("Korean (한국어)");
    expect(languageNameFor("en", "ko")).toBe("영어(English)");
    expect(languageNameFor("en", "en")).toBe("English");
  });
});
