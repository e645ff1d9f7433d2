import { beforeAll, describe, expect, it } from "vitest";
import { createPublishedDocument } from "@/test-support/fixtures/public";
import { testBackends } from "@/test-support/test-database";
import { useTestDatabase } from "@/test-support/test-newsroom";
import { loadDocumentList, loadListFilterOptions } from "./document-lists";

process.env.CHANCERY_LOCALES = "ko,en";

describe.each(testBackends())("lists with originals not yet translated, on %s", (backend) => {
  const database = useTestDatabase(backend);

  beforeAll(async () => {
    await createPublishedDocument(database.prisma, {
      slug: "korean-only",
      originalLocale: "ko",
      publicDate: "2022-05-02",
      original: { title: "한국어로만 된 보도자료", summary: "요약", body: "1. 첫째 문단." },
    });
    await createPublishedDocument(database.prisma, {
      slug: "translated-release",
      originalLocale: "ko",
      publicDate: "2022-05-01",
      original: { title: "번역된 보도자료", body: "1. 문단." },
      translations: [{ locale: "en", title: "A translated release", body: "1. A paragraph." }],
    });
    await createPublishedDocument(database.prisma, {
      slug: "translation-unpublished",
      originalLocale: "ko",
      publicDate: "2021-04-30",
      original: { title: "번역 중인 보도자료", body: "1. 문단." },
      translations: [{ locale: "en", state: "IN_PROGRESS", title: "Work in progress", body: "1. Draft." }],
    });
    await createPublishedDocument(database.prisma, {
      slug: "draft-only",
      originalLocale: "ko",
      publicDate: "2022-06-01",
      state: "DRAFT",
      original: { title: "초안", body: "1. 문단." },
    });
  });

  it("list only what is readable in the language when asked to", async () => {
    const list = await loadDocumentList("PRESS_RELEASE", "en", { page: 1 });
    expect(list.items.map((item) => [item.slug, item.locale, item.untranslated])).toEqual([["translated-release", "en", false]]);
  });

  it("list originals not translated yet in their own language, marked, never drafts nor unpublished translations", async () => {
    const list = await loadDocumentList("PRESS_RELEASE", "en", { page: 1 }, 10, true);
    expect(list.items.map((item) => [item.slug, item.locale, item.untranslated, item.title])).toEqual([
      ["korean-only", "ko", true, "한국어로만 된 보도자료"],
      ["translated-release", "en", false, "A translated release"],
      ["translation-unpublished", "ko", true, "번역 중인 보도자료"],
    ]);
    expect(list.window.total).toBe(3);
    expect((await loadDocumentList("PRESS_RELEASE", "ko", { page: 1 }, 10, true)).items.every((item) => !item.untranslated)).toBe(true);
  });

  it("offer the years of the originals listed too", async () => {
    expect((await loadListFilterOptions("PRESS_RELEASE", "en")).years).toEqual([2022]);
    expect((await loadListFilterOptions("PRESS_RELEASE", "en", true)).years).toEqual([2022, 2021]);
  });
});
