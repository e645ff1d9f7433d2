import { beforeAll, describe, expect, it } from "vitest";
import {
  createPublishedDocument,
  releaseFixture,
  translationBeingRevisedFixture,
  translationInProgressFixture,
  type DocumentFixture,
} from "@/test-support/fixtures/public";
import { testBackends } from "@/test-support/test-database";
import { useTestDatabase } from "@/test-support/test-newsroom";
import { currentTextIsPublic, publiclyListed, publiclyVisibleLocalization } from "@/lib/auth/policy";
import { searchableRows, searchDocuments, type SearchResults } from "./search-documents";

const slugs = (results: SearchResults) => results.items.map((item) => item.slug);

describe.each(testBackends())("public search on %s", (backend) => {
  const database = useTestDatabase(backend);

  beforeAll(async () => {
    const create = (fixture: DocumentFixture) => createPublishedDocument(database.prisma, fixture);

    await create(
      releaseFixture("rok-azerbaijan", "2017-11-20", {
        original: {
          title: "ROK and Azerbaijan Hold 3rd Policy Consultation",
          body: "1. Deputy Minister Yoon Soon-gu met Deputy Foreign Minister Khalaf Khalafov and discussed the South Caucasus.\n2. They agreed to expand cooperation in infrastructure construction.",
        },
      }),
    );
    await create(
      releaseFixture("ambassador-interview", "2018-07-20", {
        kind: "INTERVIEW",
        outlet: "APA",
        original: {
          title: "Ambassador: South Korea ready to respond to any threat",
          summary: "APA presents interview with the Ambassador",
          body: "Q: How are relations between Korea and Azerbaijan?\nA: They are developing in every field, including trade and infrastructure.",
        },
      }),
    );
    await create(
      releaseFixture("korean-original", "2017-11-21", {
        originalLocale: "ko",
        original: { title: "제3차 한-아제르바이잔 정책협의회 개최", body: "1. 윤순구 차관보는 코카서스 정세에 대해 의견을 교환하였다." },
        translations: [
          { locale: "en", kind: "OFFICIAL", title: "Korea and Azerbaijan Hold Policy Consultation", body: "1. The two sides discussed the Caucasus in Seoul." },
        ],
      }),
    );
    await create(releaseFixture("draft", "2021-10-15", { state: "DRAFT", original: { title: "Draft on Azerbaijan", body: "1. Zanzibar draft." } }));
    await create(releaseFixture("scheduled", "2021-10-15", { state: "SCHEDULED", original: { title: "Scheduled", body: "1. Zanzibar scheduled." } }));
    await create(
      releaseFixture("withdrawn", "2021-09-01", { state: "WITHDRAWN", original: { title: "Withdrawn on Azerbaijan", body: "1. Zanzibar withdrawn." } }),
    );
    await create(translationInProgressFixture("1. Zanzibar in a draft translation."));
    await create(
      releaseFixture("translation-submitted", "2020-11-18", {
        originalLocale: "ko",
        original: { title: "차관 면담", body: "1. 차관은 면담하였다." },
        translations: [{ locale: "en", state: "SUBMITTED", title: "Vice Minister Meets", body: "1. Zanzibar in a submitted translation." }],
      }),
    );
    await create(translationBeingRevisedFixture({ title: "Draft title", body: "1. Zanzibar in unpublished wording." }));
    await create(
      releaseFixture("corrected", "2021-10-13", {
        firstPublishedAt: "2021-10-13T01:00:00Z",
        corrections: [{ publishedAt: "2021-10-14T02:00:00Z", changeNote: "Corrected a name." }],
        original: { title: "Corrected release", body: "1. Ulaanbaatar appears in every edition." },
      }),
    );
    // Thirteen about Uzbekistan: three say so in the title (the oldest of all), ten only in the text.
    for (let index = 1; index <= 3; index++) {
      await create(
        releaseFixture(`uzbekistan-title-${index}`, `2015-0${index}-01`, {
          original: { title: `Uzbekistan talks ${index}`, body: "1. Both sides met." },
        }),
      );
    }
    for (let month = 1; month <= 10; month++) {
      await create(
        releaseFixture(`uzbekistan-body-${month}`, `2019-${String(month).padStart(2, "0")}-10`, {
          original: { title: `Monthly meeting ${month}`, body: `1. Officials of Uzbekistan met in month ${month}.` },
        }),
      );
    }
  });

  it("finds a document by a word in its body, whatever the case", async () => {
    const results = await searchDocuments({ query: "khalafov", locale: "en", page: 1 });
    expect(slugs(results)).toEqual(["rok-azerbaijan"]);
    expect(results.window.total).toBe(1);
    expect(results.terms).toEqual(["khalafov"]);
    expect(results.items[0]).toMatchObject({
      kind: "PRESS_RELEASE",
      title: "ROK and Azerbaijan Hold 3rd Policy Consultation",
      publicDate: "2017-11-20",
      translationKind: null,
    });
    expect(results.items[0]?.snippet).toContain("Khalaf Khalafov");
    expect(results.items[0]?.snippet).not.toMatch(/[<>]/);
  });

  it("reads a query holding a NUL byte without an error (PostgreSQL refuses NUL in text)", async () => {
    const results = await searchDocuments({ query: "khala\u0000fov", locale: "en", page: 1 });
    expect(slugs(results)).toEqual(["rok-azerbaijan"]);
  });

  it("finds a document by a word in its title, title matches first", async () => {
    const results = await searchDocuments({ query: "Azerbaijan", locale: "en", page: 1 });
    // Both titles name Azerbaijan (newest first); the interview only says it in its text.
    expect(slugs(results)).toEqual(["korean-original", "rok-azerbaijan", "ambassador-interview"]);
    expect(results.items[0]).toMatchObject({ title: "Korea and Azerbaijan Hold Policy Consultation", translationKind: "OFFICIAL" });
    expect(results.items[2]).toMatchObject({ kind: "INTERVIEW", outlet: "APA" });
    expect(results.items[2]?.snippet).toContain("Korea and Azerbaijan?");
  });

  it("finds Korean text in Korean, a single syllable too, and not in English", async () => {
    expect(slugs(await searchDocuments({ query: "아제르바이잔", locale: "ko", page: 1 }))).toEqual(["korean-original"]);
    expect(slugs(await searchDocuments({ query: "코카서스 정세", locale: "ko", page: 1 }))).toEqual(["korean-original"]);
    expect(slugs(await searchDocuments({ query: "김", locale: "ko", page: 1 }))).toEqual(["translation-in-progress"]);
    expect(slugs(await searchDocuments({ query: "아제르바이잔", locale: "en", page: 1 }))).toEqual([]);
    // English words are found in English only; the Korean original's text is its own.
    expect(slugs(await searchDocuments({ query: "Seoul", locale: "ko", page: 1 }))).toEqual([]);
  });

  it("ignores drafts, scheduled and withdrawn documents, and translations readers do not see", async () => {
    expect(await searchDocuments({ query: "Zanzibar", locale: "en", page: 1 })).toMatchObject({ items: [], window: { total: 0 } });
    // The Korean originals of unfinished translations are found in Korean.
    expect(slugs(await searchDocuments({ query: "면담하였다", locale: "ko", page: 1 })).sort()).toEqual([
      "translation-being-revised",
      "translation-submitted",
    ]);
  });

  it("finds a corrected document once, in its live edition", async () => {
    const results = await searchDocuments({ query: "Ulaanbaatar", locale: "en", page: 1 });
    expect(slugs(results)).toEqual(["corrected"]);
    expect(results.window.total).toBe(1);
  });

  it("needs every word: the words of a query are ANDed", async () => {
    // Neither title has both words: newest first.
    expect(slugs(await searchDocuments({ query: "Azerbaijan infrastructure", locale: "en", page: 1 }))).toEqual([
      "ambassador-interview",
      "rok-azerbaijan",
    ]);
    expect(slugs(await searchDocuments({ query: "Azerbaijan Caucasus", locale: "en", page: 1 }))).toEqual(["korean-original", "rok-azerbaijan"]);
    expect(slugs(await searchDocuments({ query: "Azerbaijan Caucasus trade", locale: "en", page: 1 }))).toEqual([]);
  });

  it("stops counting at the cap and says there are more", async () => {
    const all = await searchDocuments({ query: "Azerbaijan", locale: "en", page: 1 });
    expect(all.more).toBe(false);
    expect(all.window.total).toBeGreaterThan(2);
    const capped = await searchDocuments({ query: "Azerbaijan", locale: "en", page: 1, countCap: 2, pageSize: 1 });
    expect(capped).toMatchObject({ more: true, window: { total: 2, pageCount: 2 } });
    expect(slugs(capped)).toEqual(slugs(all).slice(0, 1));
    // Exactly at the cap is not "more".
    expect((await searchDocuments({ query: "Azerbaijan", locale: "en", page: 1, countCap: all.window.total })).more).toBe(false);
  });

  it("searches one kind when asked", async () => {
    expect(slugs(await searchDocuments({ query: "Azerbaijan", locale: "en", kind: "INTERVIEW", page: 1 }))).toEqual(["ambassador-interview"]);
    expect(slugs(await searchDocuments({ query: "Azerbaijan", locale: "en", kind: "PRESS_RELEASE", page: 1 }))).toEqual([
      "korean-original",
      "rok-azerbaijan",
    ]);
  });

  it("pages through results ten at a time: title matches first, then the rest, newest first in each", async () => {
    const first = await searchDocuments({ query: "Uzbekistan", locale: "en", page: 1 });
    expect(first.window).toMatchObject({ page: 1, pageCount: 2, total: 13, first: 1, last: 10 });
    expect(slugs(first)).toEqual([
      "uzbekistan-title-3",
      "uzbekistan-title-2",
      "uzbekistan-title-1",
      ...[10, 9, 8, 7, 6, 5, 4].map((month) => `uzbekistan-body-${month}`),
    ]);
    const second = await searchDocuments({ query: "Uzbekistan", locale: "en", page: 2 });
    expect(slugs(second)).toEqual(["uzbekistan-body-3", "uzbekistan-body-2", "uzbekistan-body-1"]);
    expect(second.window).toMatchObject({ page: 2, first: 11, last: 13 });
    // Past the end: the last page.
    expect((await searchDocuments({ query: "Uzbekistan", locale: "en", page: 9 })).window.page).toBe(2);
  });

  it("fills a page that straddles the title matches and the rest", async () => {
    const straddling = await searchDocuments({ query: "Uzbekistan", locale: "en", page: 2, pageSize: 2 });
    expect(slugs(straddling)).toEqual(["uzbekistan-title-1", "uzbekistan-body-10"]);
    const all: string[] = [];
    for (let page = 1; page <= 7; page++) all.push(...slugs(await searchDocuments({ query: "Uzbekistan", locale: "en", page, pageSize: 2 })));
    expect(all).toHaveLength(13);
    expect(new Set(all).size).toBe(13);
  });

  it("returns nothing, without throwing, for a query of only punctuation, too-short words or nothing", async () => {
    for (const query of ["!!! ... “” —", "%", "_", "%%", "\\", "a", "", "   "]) {
      const results = await searchDocuments({ query, locale: "en", page: 1 });
      expect(results).toEqual({ items: [], terms: [], more: false, window: expect.objectContaining({ total: 0, page: 1 }) });
    }
  });

  it("searches exactly the rows the public scopes of the policy allow (its SQL and Prisma's scopes agree)", async () => {
    for (const locale of ["en", "ko"]) {
      const bySql = await database.prisma.$queryRaw<{ id: string }[]>`SELECT l."id" ${searchableRows(locale, undefined, null, null)}`;
      const byScopes = await database.prisma.localization.findMany({
        where: {
          locale,
          AND: [publiclyVisibleLocalization, currentTextIsPublic, { edition: publiclyListed }],
        },
        select: { id: true },
      });
      expect(bySql.map((row) => row.id).sort()).toEqual(byScopes.map((row) => row.id).sort());
      expect(bySql.length).toBeGreaterThan(0);
    }
  });

  it("matches words from their start, as PostgreSQL splits them, not inside a word", async () => {
    expect(slugs(await searchDocuments({ query: "Uzbek", locale: "en", page: 1, pageSize: 20 }))).toHaveLength(13);
    expect(slugs(await searchDocuments({ query: "bekistan", locale: "en", page: 1 }))).toEqual([]);
    // A hyphenated word is found whole and by either part; a Korean stem with its particle attached by the stem.
    expect(slugs(await searchDocuments({ query: "Soon-gu", locale: "en", page: 1 }))).toEqual(["rok-azerbaijan"]);
    expect(slugs(await searchDocuments({ query: "gu", locale: "en", page: 1 }))).toEqual(["rok-azerbaijan"]);
    expect(slugs(await searchDocuments({ query: "정세", locale: "ko", page: 1 }))).toEqual(["korean-original"]);
  });

  it("treats % and _ inside a word as text, not as LIKE wildcards", async () => {
    expect(slugs(await searchDocuments({ query: "Uzbek_stan", locale: "en", page: 1 }))).toEqual([]);
    expect(slugs(await searchDocuments({ query: "Uz%stan", locale: "en", page: 1 }))).toEqual([]);
    expect(slugs(await searchDocuments({ query: "Khalaf\\ov", locale: "en", page: 1 }))).toEqual([]);
  });
});
