// A journalist follows the ministry: finds the feed of a list, reads it in a feed reader, links "paragraph 2" of a
// statement in both languages; search engines and programs find the sitemap, structured data and the JSON API.
import { expect, test } from "@playwright/test";
import { atomProblems, parseXml, readFeed, rssProblems } from "@/test-support/feed-checks";
import { READER_FIXTURES } from "@/test-support/fixtures/reader";

const TRANSLATED = READER_FIXTURES.translated;

test("a reader finds the feed of a filtered list, and its entries lead to the documents", async ({ page }) => {
  await page.goto("/en/press-releases?country=AZ");
  const atom = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
  await expect(atom).toHaveAttribute("href", /\/en\/press-releases\/feed\.atom\?country=AZ$/);
  await expect(page.locator('head link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute("href", /\/en\/press-releases\/feed\.rss\?country=AZ$/);

  const visible = page.locator("[data-feed-links]").getByRole("link", { name: "Atom feed" });
  await expect(visible).toBeVisible();
  await page.locator("[data-feed-links]").scrollIntoViewIfNeeded();
  await page.screenshot({ path: "test-results/list-feed-links.png" });
  const href = await visible.getAttribute("href");
  expect(new URL((await atom.getAttribute("href"))!).pathname + new URL((await atom.getAttribute("href"))!).search).toBe(href);

  const response = await page.request.get(href!);
  expect(response.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
  const xml = await response.text();
  expect(atomProblems(xml)).toEqual([]);
  const feed = readFeed(xml);
  expect(feed.items.map((item) => item.title)).toEqual(["Korea and Azerbaijan Hold 3rd Policy Consultation"]);

  // The feed reader asks again with the ETag it holds: nothing changed, nothing sent.
  const again = await page.request.get(href!, { headers: { "if-none-match": response.headers()["etag"]! } });
  expect(again.status()).toBe(304);

  await page.goto(feed.items[0]!.url!);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Korea and Azerbaijan Hold 3rd Policy Consultation");

  const rss = await page.request.get("/en/feed.rss");
  expect(rssProblems(await rss.text())).toEqual([]);
});

test("paragraph 2 of a statement can be linked, and the link works in every language", async ({ page }) => {
  for (const locale of ["en", "ko"]) {
    await page.goto(`/${locale}/press-releases/${TRANSLATED}#p2`);
    const second = page.locator("#p2");
    await expect(second).toHaveAttribute("data-number", "2");
    await expect(second).toBeInViewport();
  }
  // The English paragraph 2 is the translation of the Korean paragraph 2.
  await expect(page.locator("#p2 p").first()).toContainText("윤 차관보는 북핵 문제의 평화적 해결을");
  await page.goto(`/en/press-releases/${TRANSLATED}`);
  await expect(page.locator("#p2 p").first()).toContainText("Deputy Minister Yoon explained");

  // A reader copies the link from the paragraph's number.
  await page.locator("#p3").getByRole("link", { name: "3." }).click();
  await expect(page).toHaveURL(new RegExp(`/en/press-releases/${TRANSLATED}#p3$`));
  await expect(page.locator("#p3")).toBeInViewport();
  await page.screenshot({ path: "test-results/paragraph-anchor.png" });
});

test("article pages carry NewsArticle structured data, OpenGraph and Twitter cards, and a canonical address", async ({ page }) => {
  await page.goto(`/en/press-releases/${TRANSLATED}`);
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(jsonLd).toMatchObject({
    "@type": "NewsArticle",
    headline: "Korea and Azerbaijan Hold 3rd Policy Consultation",
    inLanguage: "en",
    datePublished: expect.stringMatching(/^2017-11-21/),
    publisher: { name: "Ministry of Foreign Affairs" },
    translationOfWork: { inLanguage: "ko", url: expect.stringContaining(`/ko/press-releases/${TRANSLATED}`) },
  });
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`/en/press-releases/${TRANSLATED}$`));
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute("content", "article");
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute("content", new RegExp(`/en/press-releases/${TRANSLATED}$`));
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary");
  await expect(page.locator('meta[name="twitter:title"]')).toHaveAttribute("content", "Korea and Azerbaijan Hold 3rd Policy Consultation");
});

test("robots.txt names the sitemap, whose entries carry hreflang alternates", async ({ request }) => {
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toMatch(/Sitemap: http:\/\/127\.0\.0\.1:\d+\/sitemap\.xml/);
  expect(robots).toContain("Disallow: /workspace");
  const sitemap = await request.get("/sitemap.xml");
  expect(sitemap.headers()["content-type"]).toContain("application/xml");
  const parsed = parseXml(await sitemap.text()) as { urlset: { url: { loc: string; "xhtml:link"?: { "@hreflang": string }[] }[] } };
  const entry = parsed.urlset.url.find((url) => url.loc.endsWith(`/en/press-releases/${TRANSLATED}`));
  expect(entry?.["xhtml:link"]?.map((link) => link["@hreflang"])).toEqual(["ko", "en", "x-default"]);
  expect(parsed.urlset.url.some((url) => url.loc.includes(READER_FIXTURES.draft) || url.loc.includes(READER_FIXTURES.withdrawn))).toBe(false);
});

test("the JSON API answers with public documents, 304 when nothing changed, and 400 for a bad parameter", async ({ request }) => {
  const list = await request.get("/api/v1/documents?locale=en&country=AZ");
  expect(list.status()).toBe(200);
  const body = await list.json();
  expect(body.data.map((item: { slug: string }) => item.slug)).toEqual([TRANSLATED]);
  expect((await request.get("/api/v1/documents?locale=en&country=AZ", { headers: { "if-none-match": list.headers()["etag"]! } })).status()).toBe(304);

  const bad = await request.get("/api/v1/documents?limit=1000");
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error.message).toBe("limit must be a whole number from 1 to 100");

  const document = await (await request.get(`/api/v1/documents/${TRANSLATED}?locale=en`)).json();
  expect(document.body.filter((block: { kind: string }) => block.kind === "numbered").map((block: { anchor: string }) => block.anchor)).toEqual(["p1", "p2", "p3"]);
  expect((await request.get(`/api/v1/documents/${READER_FIXTURES.draft}`)).status()).toBe(404);

  const openapi = await (await request.get("/api/v1/openapi.json")).json();
  expect(openapi.openapi).toBe("3.1.0");
  expect(Object.keys(openapi.paths)).toEqual(["/documents", "/documents/{slug}"]);
});
