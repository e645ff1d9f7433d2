import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contentHashOf, editionContentHash } from "@/lib/editions/content-hash";
import { officeDate } from "@/lib/time/office-time";
import { installDatabase } from "@/lib/db";
import { env } from "@/lib/env";
import { importFiles } from "@/lib/import/import-files";
import { samplePaths } from "@/lib/seed/samples";
import { createTestDatabase, testBackends, type TestDatabase } from "@/test-support/test-database";
import type { ListPosition } from "./api/cursor";
import { loadApiDocumentList } from "./api/documents-api";
import { openApiResponse } from "./api/endpoints";
import { openApiValidator } from "@/test-support/openapi-validator";
import { siteOrigin } from "./site";
import { loadDocumentList, loadListFilterOptions } from "./document-lists";
import { loadPublicDocument } from "./document-page";
import { loadFeed } from "./feeds/feed-data";
import { loadSitemapUrls } from "./sitemap";
import { newsArticleJsonLd } from "./structured-data";

// The demo's samples as a first start imports them (lib/seed/first-start.ts): the interview and one release dated, three
// releases with no date in their source.
const DATED = "rok-and-azerbaijan-hold-3rd-policy-consultation";

describe.each(testBackends())("documents whose source shows no date, on %s", (backend) => {
  let database: TestDatabase;
  let undated: { documentId: string; slug: string; kind: string; firstPublishedAt: Date }[];
  let interview: string;
  const today = () => officeDate(new Date(), env().CHANCERY_TIME_ZONE);

  beforeAll(async () => {
    database = await createTestDatabase(backend);
    installDatabase(database);
    const results = await importFiles(samplePaths(), { publish: true, actor: null, client: database.prisma });
    expect(results.map((result) => result.status)).toEqual(["created", "created", "created", "created", "created"]);
    const editions = await database.prisma.edition.findMany({
      where: { publicDate: null },
      select: { documentId: true, document: { select: { slug: true, kind: true, firstPublishedAt: true } } },
    });
    undated = editions
      .map((edition) => ({ documentId: edition.documentId, ...edition.document, firstPublishedAt: edition.document.firstPublishedAt! }))
      // LISTING_ORDER: undated ones by when they went public, most recent first.
      .sort((a, b) => b.firstPublishedAt.getTime() - a.firstPublishedAt.getTime() || b.documentId.localeCompare(a.documentId));
    interview = (await database.prisma.document.findFirstOrThrow({ where: { kind: "INTERVIEW" }, select: { slug: true } })).slug;
  });
  afterAll(async () => {
    await database?.close();
  });

  it("are imported with no public date, never the day of import, and published when they were imported", async () => {
    expect(undated).toHaveLength(3);
    expect(undated.every((document) => document.kind === "PRESS_RELEASE")).toBe(true);
    const dated = await database.prisma.edition.findFirstOrThrow({ where: { document: { slug: DATED } }, select: { publicDate: true } });
    expect(dated.publicDate?.toISOString().slice(0, 10)).toBe("2017-11-20");
    for (const document of undated) expect(Date.now() - document.firstPublishedAt.getTime()).toBeLessThan(10 * 60_000);
  });

  it("fingerprint an undated edition as it is stored, and a dated one exactly as before", async () => {
    const editions = await database.prisma.edition.findMany({ select: { id: true, contentHash: true } });
    for (const edition of editions) expect(edition.contentHash).toBe(await editionContentHash(database.prisma, edition.id));
    const content = { number: 1, changeType: "MAJOR", changeNote: null, original: { locale: "en", title: "T", summary: "", body: [] } };
    // The hash of a dated edition recorded before public dates could be empty (content-hash.ts, version 1).
    expect(contentHashOf({ ...content, publicDate: new Date("2017-11-20T00:00:00Z") })).toBe("323de604a8b8f2ed3ce0d66eb3f70c7ea48697817ac91466a9fa2369135c078e");
    expect(contentHashOf({ ...content, publicDate: null })).not.toBe(contentHashOf({ ...content, publicDate: new Date("2017-11-20T00:00:00Z") }));
  });

  it("give the public page no date (components/public/document-article.test.tsx: no date line) and date the article by its publication", async () => {
    const press = undated[0]!;
    const document = (await loadPublicDocument(press.documentId, "en"))!;
    expect(document.publicDate).toBeNull();
    const jsonLd = newsArticleJsonLd(document, { url: "https://mofa.example/", originalUrl: null, publisherName: "Ministry", siteUrl: "https://mofa.example/", description: "", timeZone: env().CHANCERY_TIME_ZONE });
    expect(jsonLd.datePublished).toBe(press.firstPublishedAt.toISOString());
  });

  it("are listed after every dated document, most recently published first, and left out of year filters", async () => {
    const list = await loadDocumentList("PRESS_RELEASE", "en", { page: 1 });
    expect(list.items.map((item) => item.slug)).toEqual([DATED, ...undated.map((document) => document.slug)]);
    expect(list.items.map((item) => item.publicDate)).toEqual(["2017-11-20", null, null, null]);

    // Published this year, but dated in none.
    expect((await loadListFilterOptions("PRESS_RELEASE", "en")).years).toEqual([2017]);
    expect((await loadDocumentList("PRESS_RELEASE", "en", { page: 1, year: 2017 })).items.map((item) => item.slug)).toEqual([DATED]);
    expect((await loadDocumentList("PRESS_RELEASE", "en", { page: 1, year: Number(today().slice(0, 4)) })).items).toEqual([]);
  });

  it("come in the JSON API with a null publicDate, as its OpenAPI document allows, in the same order, through every cursor", async () => {
    const openapi = openApiResponse(new Request(new URL("/api/v1/openapi.json", siteOrigin())));
    const check = openApiValidator((await openapi.json()) as Record<string, unknown>);
    const seen: string[] = [];
    let after: ListPosition | null = null;
    for (let page = 0; page < 10; page++) {
      const result = await loadApiDocumentList({ locale: "en", kind: null, filters: {}, since: null, after, limit: 2 });
      for (const item of result.items) {
        expect(check("DocumentSummary", JSON.parse(JSON.stringify(item)))).toEqual([]);
        seen.push(item.slug);
        const expected = undated.find((document) => document.slug === item.slug);
        expect(item.publicDate === null).toBe(expected !== undefined);
        if (expected) expect(item.publishedAt).toBe(expected.firstPublishedAt.toISOString());
      }
      if (!result.next) break;
      after = result.next;
    }
    expect(seen).toEqual([interview, DATED, ...undated.map((document) => document.slug)]);
  });

  it("are dated by their publication instant in feeds and the sitemap", async () => {
    const { feed } = await loadFeed("en", null, {});
    const bySlug = new Map(undated.map((document) => [document.slug, document]));
    expect(feed.entries.map((entry) => entry.url.split("/").at(-1))).toEqual([interview, DATED, ...undated.map((document) => document.slug)]);
    for (const entry of feed.entries) {
      const document = bySlug.get(entry.url.split("/").at(-1)!);
      if (document) expect(entry.published).toBe(document.firstPublishedAt.toISOString());
      expect(Number.isNaN(Date.parse(entry.updated))).toBe(false);
    }
    const urls = await loadSitemapUrls(0, 100);
    for (const document of undated) {
      const url = urls.find((candidate) => candidate.loc.endsWith(`/${document.slug}`));
      expect(url?.lastmod).toBe(document.firstPublishedAt.toISOString());
    }
  });
});
