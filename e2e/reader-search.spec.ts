// NEEDS THE SAMPLES AND THE READER FIXTURES: the ROK–Azerbaijan release and the interview the first start imports, the
// Korean original and the consular series of test-support/fixtures/reader.ts (seeded by e2e/prepare-database.ts).
import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "./reader-helpers";

const RELEASE = "ROK and Azerbaijan Hold 3rd Policy Consultation";
const INTERVIEW = "Ambassador: South Korea ready to respond to any threat by North Korea in close cooperation with US - INTERVIEW";

async function searchFromHeader(page: Page, words: string, { landmark = "Site search", field = "Search press releases and interviews" } = {}) {
  const form = page.getByRole("search", { name: landmark });
  await form.getByRole("searchbox", { name: field }).fill(words);
  await form.getByRole("button", { name: /^(Search|검색)$/ }).click();
}

function expectBothSamples(page: Page) {
  const results = page.locator("[data-search-results]");
  return Promise.all([
    expect(results.getByRole("link", { name: RELEASE, exact: true })).toBeVisible(),
    expect(results.getByRole("link", { name: INTERVIEW, exact: true })).toBeVisible(),
  ]);
}

test("a reader searches for “Azerbaijan” from the header, finds the release and the interview, and opens the release", async ({ page }) => {
  await page.goto("/en");
  await searchFromHeader(page, "Azerbaijan");

  await expect(page).toHaveURL(/\/en\/search\?q=Azerbaijan$/);
  await expect(page).toHaveTitle("Search results for “Azerbaijan” — Ministry of Foreign Affairs");
  await expect(page.locator("meta[name=robots]")).toHaveAttribute("content", /noindex/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Search");
  await expect(page.locator("[data-search-count]")).toHaveText(/^\d+ results for “Azerbaijan”/);
  await expectBothSamples(page);
  // The release names Azerbaijan in its title: it comes before the interview, which says it only in its text.
  const order = await page.locator("[data-search-result]").evaluateAll((items) => items.map((item) => item.getAttribute("data-search-result")));
  const releaseItem = page.locator("[data-search-result]").filter({ has: page.getByRole("link", { name: RELEASE, exact: true }) });
  const interviewItem = page.locator("[data-search-result]").filter({ has: page.getByRole("link", { name: INTERVIEW, exact: true }) });
  expect(order.indexOf(await releaseItem.getAttribute("data-search-result"))).toBeLessThan(order.indexOf(await interviewItem.getAttribute("data-search-result")));

  // The words found are marked, in the title and in the passage under it; the passage is text.
  await expect(releaseItem.locator("h2 mark").first()).toHaveText("Azerbaijan");
  await expect(interviewItem.locator("[data-snippet] mark").first()).toHaveText(/^azerbaijan$/i);
  await expect(interviewItem).toContainText("Interview");
  await expect(releaseItem).toContainText("Unofficial translation");
  // The page's own form shows the search, ready to change it.
  await expect(page.getByRole("search", { name: "Search again" }).getByRole("searchbox")).toHaveValue("Azerbaijan");

  await expectNoSeriousAxeViolations(page);

  await releaseItem.getByRole("link", { name: RELEASE, exact: true }).click();
  await expect(page).toHaveURL(/\/en\/press-releases\/[^/?]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(RELEASE);
});

test("the page's form narrows a search to interviews", async ({ page }) => {
  await page.goto("/en/search?q=Azerbaijan");
  const form = page.getByRole("search", { name: "Search again" });
  await form.getByRole("combobox", { name: "Show" }).selectOption({ label: "Interviews" });
  await form.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/en\/search\?q=Azerbaijan&kind=interviews$/);
  await expect(page.locator("[data-search-result]")).toHaveCount(1);
  await expect(page.locator("[data-search-results]").getByRole("link", { name: INTERVIEW, exact: true })).toBeVisible();
});

test("results come ten to a page, every word must match, and the address is tidied", async ({ page }) => {
  // The empty kind the form sends and stray spaces go to the clean address.
  await page.goto("/en/search?q=++consular+++consultation+&kind=");
  await expect(page).toHaveURL(/\/en\/search\?q=consular\+consultation$/);
  await expect(page.locator("[data-search-count]")).toHaveText("11 results for “consular consultation” · Showing 1–10 of 11");
  await expect(page.locator("[data-search-result]")).toHaveCount(10);
  const pages = page.getByRole("navigation", { name: "Pages" });
  await pages.getByRole("link", { name: "Next" }).click();
  await expect(page).toHaveURL(/[?&]page=2$/);
  await expect(page.locator("[data-search-result]")).toHaveCount(1);
  await expect(page).toHaveTitle("Search results for “consular consultation” (Page 2) — Ministry of Foreign Affairs");

  await page.goto("/en/search?q=consular+Azerbaijan");
  await expect(page.locator("[data-search-result]")).toHaveCount(0);
  await expect(page.locator("[data-search-empty]")).toContainText("No press releases or interviews match “consular Azerbaijan”.");
  await expectNoSeriousAxeViolations(page);
});

test("a query of only punctuation, and the empty search page, explain themselves", async ({ page }) => {
  const response = await page.goto("/en/search?q=%25%25+...+%E2%80%94");
  expect(response?.status()).toBe(200);
  await expect(page.locator("[data-search-empty]")).toHaveText("Search for words of at least two letters.");
  await page.goto("/en/search");
  await expect(page.locator("[data-search-empty]")).toHaveText("Type a word or two to search the press releases and interviews.");
  await expect(page).toHaveTitle("Search — Ministry of Foreign Affairs");
});

test("Korean readers search the Korean texts", async ({ page }) => {
  await page.goto("/ko");
  await searchFromHeader(page, "아제르바이잔", { landmark: "사이트 검색", field: "보도자료·인터뷰 검색" });
  await expect(page.locator("html")).toHaveAttribute("lang", "ko");
  await expect(page.locator("[data-search-count]")).toHaveText("“아제르바이잔” 검색 결과 1건");
  await expect(page.locator("[data-search-results]").getByRole("link", { name: "제3차 한-아제르바이잔 정책협의회 개최" })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the header's search box and the results work", async ({ page }) => {
    await page.goto("/en/interviews");
    await searchFromHeader(page, "Azerbaijan");
    await expect(page).toHaveURL(/\/en\/search\?q=Azerbaijan$/);
    await expectBothSamples(page);
    await page.locator("[data-search-results]").getByRole("link", { name: INTERVIEW, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(INTERVIEW);
  });
});
