import { beforeAll, describe, expect, it } from "vitest";
import { parseXml } from "@/test-support/feed-checks";
import { createSyndicationArchive, LISTED_IN_EN, NEVER_LISTED } from "@/test-support/fixtures/syndication";
import { testBackends } from "@/test-support/test-database";
import { useTestDatabase } from "@/test-support/test-newsroom";
import { robotsRules } from "./robots";
import { countSitemapUrls, sitemapPart, sitemapRoot } from "./sitemap";
import { siteOrigin } from "./site";

type UrlNode = { loc: string; lastmod?: string; "xhtml:link"?: { "@hreflang": string; "@href": string; "@rel": string }[] };

function urlsOf(xml: string): UrlNode[] {
  const parsed = parseXml(xml) as { urlset?: { "@xmlns": string; url?: UrlNode[] } };
  expect(parsed.urlset?.["@xmlns"]).toBe("http://www.sitemaps.org/schemas/sitemap/0.9");
  return parsed.urlset?.url ?? [];
}

describe.each(testBackends())("the sitemap on %s", (backend) => {
  const database = useTestDatabase(backend);
  const href = (path: string) => new URL(path, siteOrigin()).href;

  beforeAll(async () => {
    await createSyndicationArchive(database.prisma);
  });

  it("lists home, the lists and every published text in every language, with hreflang alternates", async () => {
    const { xml, parts } = await sitemapRoot(50_000, countSitemapUrls);
    expect(parts).toBe(1);
    const urls = urlsOf(xml);
    const locs = urls.map((url) => url.loc);
    expect(locs).toEqual(expect.arrayContaining([href("/en"), href("/ko"), href("/en/press-releases"), href("/ko/interviews")]));
    for (const slug of LISTED_IN_EN) expect(locs).toContain(href(`/en/press-releases/${slug}`));
    expect(locs).toContain(href("/ko/press-releases/azerbaijan-consultation"));
    expect(locs).toContain(href("/en/interviews/interview-one"));
    for (const slug of NEVER_LISTED) expect(xml).not.toContain(slug);
    expect(new Set(locs).size).toBe(locs.length);

    const translated = urls.find((url) => url.loc === href("/en/press-releases/azerbaijan-consultation"))!;
    expect(translated["xhtml:link"]?.map((link) => [link["@hreflang"], link["@href"]])).toEqual([
      ["ko", href("/ko/press-releases/azerbaijan-consultation")],
      ["en", href("/en/press-releases/azerbaijan-consultation")],
      ["x-default", href("/ko/press-releases/azerbaijan-consultation")],
    ]);
    expect(translated.lastmod).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const englishOnly = urls.find((url) => url.loc === href("/en/press-releases/plain-1"))!;
    expect(englishOnly["xhtml:link"]?.map((link) => link["@hreflang"])).toEqual(["en", "x-default"]);
  });

  it("past the limit, /sitemap.xml is an index of parts that together hold every URL once", async () => {
    const total = await countSitemapUrls();
    const limit = 4;
    const { xml, parts } = await sitemapRoot(limit, countSitemapUrls);
    expect(parts).toBe(Math.ceil(total / limit));
    const index = parseXml(xml) as { sitemapindex: { "@xmlns": string; sitemap: { loc: string }[] } };
    expect(index.sitemapindex["@xmlns"]).toBe("http://www.sitemaps.org/schemas/sitemap/0.9");
    expect(index.sitemapindex.sitemap.map((entry) => entry.loc)).toEqual(Array.from({ length: parts }, (_, part) => href(`/sitemaps/${part + 1}.xml`)));

    const all: string[] = [];
    for (let part = 1; part <= parts; part++) {
      const urls = urlsOf((await sitemapPart(part, limit, countSitemapUrls))!);
      expect(urls.length).toBeLessThanOrEqual(limit);
      all.push(...urls.map((url) => url.loc));
    }
    expect(all).toEqual(urlsOf((await sitemapRoot(50_000, countSitemapUrls)).xml).map((url) => url.loc));
    expect(await sitemapPart(parts + 1, limit, countSitemapUrls)).toBeNull();
    expect(await sitemapPart(0, limit, countSitemapUrls)).toBeNull();
  });

  it("robots.txt points at the sitemap and keeps crawlers out of the workspace and search results", () => {
    const robots = robotsRules();
    expect(robots.sitemap).toBe(href("/sitemap.xml"));
    const rules = Array.isArray(robots.rules) ? robots.rules[0]! : robots.rules;
    expect(rules.allow).toBe("/");
    expect(rules.disallow).toEqual(expect.arrayContaining(["/workspace", "/login", "/en/search", "/ko/search"]));
  });
});
