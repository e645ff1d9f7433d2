// Reads the reader fixtures (test-support/fixtures/reader.ts) that e2e/prepare-database.ts seeds on top of the samples.
import { expect, test } from "@playwright/test";
import { READER_FIXTURES } from "@/test-support/fixtures/reader";
import { expectNoSeriousAxeViolations } from "./reader-helpers";

const TRANSLATED_EN = `/en/press-releases/${READER_FIXTURES.translated}`;
const TRANSLATED_KO = `/ko/press-releases/${READER_FIXTURES.translated}`;
const SERIES = `/en/press-releases?year=${READER_FIXTURES.seriesYear}&topic=${READER_FIXTURES.seriesTopic}`;
const BROWSER_AGENT = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36";

test.describe("lists", () => {
  test("filter by year with the GET form, without JavaScript, and land on a clean address", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/en/press-releases");
    await page.getByLabel("Year").selectOption(String(READER_FIXTURES.seriesYear));
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(new RegExp(`/en/press-releases\\?year=${READER_FIXTURES.seriesYear}$`));
    await expect(page.locator("[data-list-count]")).toContainText(`${READER_FIXTURES.seriesSize} press releases`);
    await expect(page.locator("[data-document-item]").first()).toContainText(`${READER_FIXTURES.seriesYear}-11-21`);
    await page.getByLabel("Month").selectOption("3");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/\?year=2019&month=3$/);
    await expect(page.locator("[data-document-item]")).toHaveCount(1);
    await page.getByRole("link", { name: "Clear filters" }).click();
    await expect(page).toHaveURL(/\/en\/press-releases$/);
    await context.close();
  });

  test("filter by country and topic once documents are tagged", async ({ page }) => {
    await page.goto("/en/press-releases");
    await page.getByLabel("Country").selectOption({ label: "Azerbaijan" });
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/\?country=AZ$/);
    await expect(page.locator("[data-document-item]")).toHaveCount(1);
    await expect(page.locator("[data-document-item]")).toContainText("Korea and Azerbaijan Hold 3rd Policy Consultation");

    await page.goto("/en/press-releases");
    await page.getByLabel("Topic").selectOption({ label: "Central Asia" });
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/\?topic=central-asia$/);
    await expect(page.locator("[data-list-count]")).toContainText(`${READER_FIXTURES.seriesSize + 1} press releases`);
  });

  test("paginate ten to a page, keeping the filters, with the current page marked", async ({ page }) => {
    await page.goto(SERIES);
    await expect(page.locator("[data-document-item]")).toHaveCount(10);
    const pages = page.getByRole("navigation", { name: "Pages" });
    await expect(pages.locator("[aria-current=page]")).toHaveText("1");
    await pages.getByRole("link", { name: "Next" }).click();
    await expect(page).toHaveURL(new RegExp(`\\?year=2019&topic=central-asia&page=2$`));
    await expect(page.locator("[data-document-item]")).toHaveCount(1);
    await expect(page.locator("[data-document-item]")).toContainText("(1)");
    await expect(pages.locator("[aria-current=page]")).toHaveText("2");
    await expect(pages.getByRole("link", { name: "Next" })).toHaveCount(0);
    await pages.getByRole("link", { name: "Previous" }).click();
    await expect(page).toHaveURL(new RegExp(`\\?year=2019&topic=central-asia$`));
  });

  test("bring bad parameters and pages past the end back to sensible addresses, never an error", async ({ page }) => {
    const response = await page.goto("/en/press-releases?page=abc&year=twenty&month=99&country=<b>&topic=%00");
    expect(response?.status()).toBe(200);
    await expect(page).toHaveURL(/\/en\/press-releases$/);
    await page.goto(`${SERIES}&page=99`);
    await expect(page).toHaveURL(/&page=2$/);
    await page.goto("/en/press-releases?year=1999");
    await expect(page.locator("[data-list-count]")).toHaveText("Nothing matches these filters. Try another year or clear the filters.");
  });

  test("leave withdrawn documents and drafts out", async ({ page }) => {
    await page.goto(`/en/press-releases?year=2019&month=7`);
    await expect(page.locator("[data-document-item]")).toHaveCount(1);
    await expect(page.getByText("Minister to Attend the ASEAN Regional Forum")).toHaveCount(0);
    await page.goto("/en/press-releases?year=2030");
    await expect(page.locator("[data-document-item]")).toHaveCount(0);
  });

  test("pass axe, in both languages", async ({ page }) => {
    for (const path of [SERIES, "/ko/press-releases", "/en/interviews"]) {
      await page.goto(path);
      await expectNoSeriousAxeViolations(page);
    }
  });
});

test.describe("a translated press release", () => {
  test("switches between the Korean original and the English translation of the same document", async ({ page }) => {
    await page.goto(TRANSLATED_EN);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    const switcher = page.getByRole("navigation", { name: "Language" });
    await expect(switcher.locator("[aria-current=true]")).toContainText("English");
    await switcher.getByRole("link", { name: "한국어" }).click();
    await expect(page).toHaveURL(new RegExp(`${TRANSLATED_KO}$`));
    await expect(page.locator("html")).toHaveAttribute("lang", "ko");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("제3차 한-아제르바이잔 정책협의회 개최");
    await expect(page).toHaveTitle("제3차 한-아제르바이잔 정책협의회 개최 | 외교부");
    await expect(page.locator("[data-meta=date]")).toHaveText("2017-11-21");
    // Other journeys' visits count too, so only the starting count is known.
    expect(Number((await page.locator("[data-meta=views]").textContent())?.replace(/,/g, ""))).toBeGreaterThanOrEqual(1234);
    await page.getByRole("navigation", { name: "언어" }).getByRole("link", { name: "English" }).click();
    await expect(page).toHaveURL(new RegExp(`${TRANSLATED_EN}$`));
  });

  test("declares its language versions as hreflang alternates, with absolute addresses", async ({ page }) => {
    await page.goto(TRANSLATED_EN);
    await expect(page.locator('link[rel=alternate][hreflang=ko]')).toHaveAttribute("href", new RegExp(`^https?://[^/]+${TRANSLATED_KO}$`));
    await expect(page.locator('link[rel=alternate][hreflang=en]')).toHaveAttribute("href", new RegExp(`${TRANSLATED_EN}$`));
    await expect(page.locator('link[rel=alternate][hreflang=x-default]')).toHaveAttribute("href", new RegExp(`${TRANSLATED_KO}$`));
    await expect(page.locator("link[rel=canonical]")).toHaveAttribute("href", new RegExp(`${TRANSLATED_EN}$`));
  });

  test("carries the unofficial-translation notice above and below, linking to the original", async ({ page }) => {
    await page.goto(TRANSLATED_EN);
    const notices = page.locator("[data-translation-notice=unofficial]");
    await expect(notices).toHaveCount(2);
    for (const notice of await notices.all()) {
      await expect(notice).toContainText("unofficial translation");
      await expect(notice.getByRole("link", { name: "Read the original in Korean (한국어)" })).toHaveAttribute("href", TRANSLATED_KO);
    }
    await page.goto(TRANSLATED_KO);
    await expect(page.locator("[data-translation-notice]")).toHaveCount(0);
  });

  test("keeps the original's structure and numbers the translator's note as a footnote", async ({ page }) => {
    await page.goto(TRANSLATED_EN);
    await expect(page.locator("[data-block=numbered]")).toHaveCount(3);
    await expect(page.locator("[data-block=subpoint]")).toHaveCount(2);
    await expect(page.locator("[data-block=note] [data-note-item]")).toHaveCount(2);
    const mark = page.getByRole("link", { name: "Translator's note 1" });
    await mark.click();
    await expect(page).toHaveURL(/#tn-1$/);
    await expect(page.locator("#tn-1")).toContainText("Translator's note: “차관보” is rendered as");
  });

  test("says when the original was corrected after the translation was made", async ({ browser }) => {
    // A crawler's visit, so the view-counter journey's numbers stay exact.
    const context = await browser.newContext({ userAgent: "Mozilla/5.0 (compatible; Googlebot/2.1)" });
    const page = await context.newPage();
    await page.goto(`/en/press-releases/${READER_FIXTURES.counted}`);
    const notice = page.locator("[data-translation-notice=official][data-position=top]");
    await expect(notice).toContainText("Translated from the original in Korean (한국어). Translated by the Press Office.");
    await expect(notice.locator("[data-translation-behind]")).toHaveText(
      "The original was updated on 2021-03-05; this translation may not reflect the changes.",
    );
    await context.close();
  });

  test("passes axe in both languages", async ({ page }) => {
    await page.goto(TRANSLATED_EN);
    await expectNoSeriousAxeViolations(page);
    await page.goto(TRANSLATED_KO);
    await expectNoSeriousAxeViolations(page);
  });
});

test.describe("document pages", () => {
  test("keep a withdrawn document's page, with the notice", async ({ page }) => {
    const response = await page.goto(`/en/press-releases/${READER_FIXTURES.withdrawn}`);
    expect(response?.status()).toBe(200);
    const notice = page.locator("[data-withdrawal-notice]");
    await expect(notice).toContainText("This press release was withdrawn on 2019-07-31.");
    await expect(notice).toContainText("Issued in error: the Minister's attendance had not been confirmed.");
    await expect(page.locator("meta[name=robots]")).toHaveAttribute("content", /noindex/);
    await expectNoSeriousAxeViolations(page);
  });

  test("show the history of major changes", async ({ page }) => {
    await page.goto(`/en/press-releases/${READER_FIXTURES.corrected}`);
    await expect(page.locator("[data-change-history] li")).toHaveText(["Updated 2020-11-26: Corrected the number of participating countries in paragraph 2."]);
    const related = page.locator("[data-related]");
    await expect(related.getByRole("link", { name: "Korea and Azerbaijan Hold 3rd Policy Consultation" })).toHaveAttribute("href", TRANSLATED_EN);
    await expect(page.locator("[data-body]").getByRole("link", { name: "https://www.mofa.go.kr/eng/index.do" })).toHaveAttribute(
      "href",
      "https://www.mofa.go.kr/eng/index.do",
    );
  });

  test("are cached: served from the cache with a shared-cache lifetime, not rendered per request", async ({ request }) => {
    await request.get(TRANSLATED_EN);
    const response = await request.get(TRANSLATED_EN);
    expect(response.headers()["x-nextjs-cache"]).toMatch(/HIT|STALE/);
    expect(response.headers()["cache-control"]).toMatch(/s-maxage=\d+/);
  });

  test("give the site's 404 for drafts, unknown slugs, the wrong kind and unknown languages", async ({ page }) => {
    for (const path of [
      `/en/press-releases/${READER_FIXTURES.draft}`,
      "/en/press-releases/no-such-release",
      `/en/interviews/${READER_FIXTURES.translated}`,
      "/en/no/such/page",
      "/fr",
      "/fr/press-releases",
    ]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
      await expect(page.getByRole("link", { name: "Go to the home page" })).toBeVisible();
    }
    await page.goto("/ko/press-releases/no-such-release");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("페이지를 찾을 수 없습니다");
    await expect(page).toHaveTitle(/페이지를 찾을 수 없습니다/);
    await expectNoSeriousAxeViolations(page);
  });
});

test.describe("the view counter", () => {
  test("counts a reader's view, and not a crawler's, a prefetch or a direct request for the beacon", async ({ browser, request }) => {
    const english = `/en/press-releases/${READER_FIXTURES.counted}`;
    const korean = `/ko/press-releases/${READER_FIXTURES.counted}`;
    const visit = async (userAgent: string) => {
      const context = await browser.newContext({ userAgent });
      const page = await context.newPage();
      const [beacon] = await Promise.all([page.waitForResponse((response) => response.url().includes("/api/views/")), page.goto(english)]);
      expect(beacon.status()).toBe(200);
      const src = await page.locator("img.view-beacon").getAttribute("src");
      await context.close();
      return src!;
    };
    const src = await visit(BROWSER_AGENT);
    await visit("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)");
    await request.get(src, { headers: { "User-Agent": BROWSER_AGENT, "Sec-Purpose": "prefetch;prerender" } });
    await request.get(src, { headers: { "User-Agent": BROWSER_AGENT, "Next-Router-Prefetch": "1" } });
    await request.get(src, { headers: { "User-Agent": BROWSER_AGENT, "Sec-Fetch-Dest": "document" } });
    // Counting runs after the beacon's response; the Korean page, rendered for the first time now, shows the count.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const page = await (await browser.newContext({ userAgent: "Mozilla/5.0 (compatible; Googlebot/2.1)" })).newPage();
    await page.goto(korean);
    await expect(page.locator("[data-meta=views]")).toHaveText(String(READER_FIXTURES.countedViews + 1));
    // The English page was cached before the view was counted and stays cached: counting never re-renders it.
    await page.goto(english);
    await expect(page.locator("[data-meta=views]")).toHaveText(String(READER_FIXTURES.countedViews));
  });

  test("asks for the beacon once per page view, and the beacon is never cached", async ({ browser }) => {
    const context = await browser.newContext({ userAgent: BROWSER_AGENT });
    const page = await context.newPage();
    const beacons: string[] = [];
    page.on("request", (request) => {
      if (request.url().includes("/api/views/")) beacons.push(request.url());
    });
    const [beacon] = await Promise.all([page.waitForResponse((response) => response.url().includes("/api/views/")), page.goto(TRANSLATED_EN)]);
    expect(beacon.status()).toBe(200);
    expect(beacon.headers()["content-type"]).toBe("image/gif");
    expect(beacon.headers()["cache-control"]).toContain("no-store");
    expect(beacons).toHaveLength(1);
    await context.close();
  });

  test("answers crawlers and prefetches with the same pixel (they are just not counted)", async ({ request, page }) => {
    await page.goto(TRANSLATED_EN);
    const src = await page.locator("img.view-beacon").getAttribute("src");
    expect(src).toMatch(/^\/api\/views\/[A-Za-z0-9_-]+$/);
    const visitors: Record<string, string>[] = [{ "User-Agent": "Googlebot/2.1" }, { "User-Agent": BROWSER_AGENT, "Sec-Purpose": "prefetch" }];
    for (const headers of visitors) {
      const response = await request.get(src!, { headers });
      expect(response.status()).toBe(200);
      expect(response.headers()["content-type"]).toBe("image/gif");
    }
  });
});

test.describe("reading aids", () => {
  test("skip links lead to the content and to the menu, visibly focused", async ({ page }) => {
    await page.goto(TRANSLATED_EN);
    await page.keyboard.press("Tab");
    const toContent = page.getByRole("link", { name: "Skip to content" });
    await expect(toContent).toBeFocused();
    await expect(toContent).toBeInViewport();
    const outline = await toContent.evaluate((element) => getComputedStyle(element).outlineStyle);
    expect(outline).not.toBe("none");
    await page.keyboard.press("Enter");
    await expect(page.locator("main#content")).toBeFocused();
    await page.goto(TRANSLATED_EN);
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await expect(page.getByRole("link", { name: "Skip to menu" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.locator("nav#menu")).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(page.getByRole("navigation", { name: "Main menu" }).getByRole("link", { name: "Home" })).toBeFocused();
  });

  test("the text size control enlarges the text without JavaScript, and remembers it with", async ({ browser, page }) => {
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const plain = await noScript.newPage();
    await plain.goto(TRANSLATED_EN);
    const fontSize = (target: typeof page) => target.evaluate(() => getComputedStyle(document.documentElement).fontSize);
    const size = (target: typeof page, name: string) => target.getByRole("radio", { name, exact: true });
    const sizeButton = (target: typeof page, name: string) => target.locator("label").filter({ has: size(target, name) });
    expect(await fontSize(plain)).toBe("16px");
    await sizeButton(plain, "Larger text").click();
    await expect(size(plain, "Larger text")).toBeChecked();
    expect(await fontSize(plain)).toBe("20px");
    await noScript.close();

    await page.goto(TRANSLATED_EN);
    await sizeButton(page, "Large text").click();
    expect(await fontSize(page)).toBe("18px");
    await page.goto("/en/press-releases");
    await expect(size(page, "Large text")).toBeChecked();
    expect(await fontSize(page)).toBe("18px");
  });

  test("the whole article reads without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(TRANSLATED_EN);
    await expect(page.locator("[data-block=numbered]")).toHaveCount(3);
    await expect(page.locator("[data-translation-notice]")).toHaveCount(2);
    await context.close();
  });

  test("the print stylesheet leaves out the navigation and tools and keeps the text", async ({ page }) => {
    await page.goto(TRANSLATED_EN);
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("navigation", { name: "Main menu" })).toBeHidden();
    await expect(page.locator(".site-tools")).toBeHidden();
    await expect(page.locator("[data-block=numbered]").first()).toBeVisible();
    await expect(page.locator(".print-only")).toHaveText(new RegExp(`${TRANSLATED_EN}$`));
  });
});
