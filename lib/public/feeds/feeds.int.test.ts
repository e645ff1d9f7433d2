import { beforeAll, describe, expect, it } from "vitest";
import { atomProblems, readFeed, rssProblems } from "@/test-support/feed-checks";
import {
  createSyndicationArchive,
  HOSTILE_TITLE,
  LISTED_IN_EN,
  MAJOR_CORRECTION_AT,
  NEVER_LISTED,
} from "@/test-support/fixtures/syndication";
import { testBackends } from "@/test-support/test-database";
import { useTestDatabase } from "@/test-support/test-newsroom";
import { siteOrigin } from "../site";
import { loadFeed } from "./feed-data";
import { feedResponse } from "./feed-response";

const slugOf = (url: string | null | undefined) => (url ? decodeURIComponent(new URL(url).pathname.split("/").at(-1)!) : null);

describe.each(testBackends())("feeds on %s", (backend) => {
  const database = useTestDatabase(backend);
  let ids: Record<string, string>;
  let personId: string;

  beforeAll(async () => {
    ({ ids, personId } = await createSyndicationArchive(database.prisma));
  });

  /** GET a feed address through the real handler, with the uncached loader. */
  const get = (path: string, headers: Record<string, string> = {}) => {
    const url = new URL(path, siteOrigin());
    const [, locale, second] = url.pathname.split("/");
    const kind = second === "press-releases" ? "PRESS_RELEASE" : second === "interviews" ? "INTERVIEW" : null;
    const format = url.pathname.endsWith(".rss") ? "rss" : "atom";
    return feedResponse(new Request(url, { headers }), locale!, kind, format, loadFeed);
  };

  const entrySlugs = async (path: string) => {
    const response = await get(path);
    expect(response.status).toBe(200);
    const xml = await response.text();
    expect(path.split("?")[0]!.endsWith(".rss") ? rssProblems(xml) : atomProblems(xml)).toEqual([]);
    return readFeed(xml).items.map((item) => slugOf(item.url));
  };

  it("the English press releases feed is valid Atom with exactly the published releases readable in English, newest first", async () => {
    const response = await get("/en/press-releases/feed.atom");
    expect(response.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    const xml = await response.text();
    expect(atomProblems(xml)).toEqual([]);
    const feed = readFeed(xml);
    expect(feed.title).toBe("Press releases — Ministry of Foreign Affairs");
    expect(feed.language).toBe("en");
    expect(feed.items.map((item) => slugOf(item.url))).toEqual([...LISTED_IN_EN]);
    for (const slug of NEVER_LISTED) expect(xml).not.toContain(slug);
    expect(xml).not.toContain("interview-one");
  });

  it("RSS 2.0 carries the same entries", async () => {
    const response = await get("/en/press-releases/feed.rss");
    expect(response.headers.get("content-type")).toBe("application/rss+xml; charset=utf-8");
    const xml = await response.text();
    expect(rssProblems(xml)).toEqual([]);
    expect(readFeed(xml).items.map((item) => slugOf(item.url))).toEqual([...LISTED_IN_EN]);
  });

  it("per language: the Korean feed holds the Korean texts only; per kind: interviews; everything: both kinds", async () => {
    expect(await entrySlugs("/ko/press-releases/feed.atom")).toEqual(["azerbaijan-consultation"]);
    expect(await entrySlugs("/en/interviews/feed.atom")).toEqual(["interview-one"]);
    const everything = await entrySlugs("/en/feed.atom");
    expect(everything).toContain("interview-one");
    expect(everything).toContain("forum-corrected");
    expect(everything).toHaveLength(LISTED_IN_EN.length + 1);
  });

  it("per topic, country and person: only the public document tagged with it (draft, scheduled and withdrawn ones share the tags)", async () => {
    expect(await entrySlugs("/en/press-releases/feed.atom?topic=central-asia")).toEqual(["azerbaijan-consultation"]);
    expect(await entrySlugs("/en/press-releases/feed.atom?country=az")).toEqual(["azerbaijan-consultation"]);
    expect(await entrySlugs(`/en/feed.rss?person=${personId}`)).toEqual(["azerbaijan-consultation"]);
    expect(await entrySlugs("/en/press-releases/feed.atom?topic=no-such-topic")).toEqual([]);
    const feed = readFeed(await (await get("/en/press-releases/feed.atom?country=AZ&topic=central-asia")).text());
    expect(feed.title).toBe("Press releases: AZ, central-asia — Ministry of Foreign Affairs");
  });

  it("an entry is updated when a major change note is published, not for a minor change, and says what changed", async () => {
    const feed = readFeed(await (await get("/en/press-releases/feed.atom")).text());
    const corrected = feed.items.find((item) => slugOf(item.url) === "forum-corrected")!;
    expect(corrected.published?.toISOString()).toBe("2021-10-10T01:00:00.000Z");
    expect(corrected.updated?.toISOString()).toBe(MAJOR_CORRECTION_AT);
    expect(corrected.content).toContain("Updated 2021-10-11: Added the second paragraph.");
    const plain = feed.items.find((item) => slugOf(item.url) === "plain-1")!;
    expect(plain.updated?.toISOString()).toBe(plain.published?.toISOString());
  });

  it("a title that looks like markup stays text", async () => {
    const feed = readFeed(await (await get("/en/press-releases/feed.atom")).text());
    expect(feed.items.find((item) => slugOf(item.url) === "hostile-title")?.title).toBe(HOSTILE_TITLE);
  });

  it("answers 304 to its own ETag or Last-Modified, 400 naming a bad parameter, 404 for a language the site lacks", async () => {
    const first = await get("/en/press-releases/feed.atom");
    const etag = first.headers.get("etag")!;
    const lastModified = first.headers.get("last-modified")!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(new Date(lastModified).toISOString()).toBe("2021-10-14T01:00:00.000Z");
    expect((await get("/en/press-releases/feed.atom", { "if-none-match": etag })).status).toBe(304);
    expect((await get("/en/press-releases/feed.atom", { "if-modified-since": lastModified })).status).toBe(304);

    const bad = await get("/en/press-releases/feed.atom?country=Korea");
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain("country must be a two-letter ISO 3166-1 code");
    const unknown = await get("/en/press-releases/feed.atom?page=2");
    expect(unknown.status).toBe(400);
    expect(await unknown.text()).toContain("Unknown parameter “page”");
    expect((await get("/fr/press-releases/feed.atom")).status).toBe(404);
  });

  it("a withdrawn document drops out, and the feed's ETag and Last-Modified move", async () => {
    const before = await get("/en/press-releases/feed.atom");
    const withdrawnAt = new Date("2021-11-01T00:00:00Z");
    await database.prisma.edition.updateMany({ where: { documentId: ids["plain-2"], state: "PUBLISHED" }, data: { state: "WITHDRAWN", withdrawnAt } });
    const after = await get("/en/press-releases/feed.atom", { "if-none-match": before.headers.get("etag")! });
    expect(after.status).toBe(200);
    expect(new Date(after.headers.get("last-modified")!).toISOString()).toBe(withdrawnAt.toISOString());
    expect(readFeed(await after.text()).items.map((item) => slugOf(item.url))).not.toContain("plain-2");
  });
});
