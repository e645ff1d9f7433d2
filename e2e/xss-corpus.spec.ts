import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { parsePage } from "@/lib/import/parse-page";
import { demoAccount, signInThroughPage } from "./support/staff";

/*
 * Hundreds of real-world injection strings (e2e/fixtures/xss/README.md) through every way text reaches a page here:
 * the public site's parameters, imported pages (titles and bodies, published), taxonomy names. A payload that ran
 * would call alert/confirm/prompt or the corpus' own hook, or trip the Content-Security-Policy; none may.
 */
const CORPUS: string[] = JSON.parse(readFileSync(join(__dirname, "fixtures", "xss", "blns.json"), "utf8"));
const SCRIPTY = CORPUS.filter((text) => /<|javascript:|alert|on\w+\s*=|\{\{|\$\{|expression\(/i.test(text));
const MARKER = "xsscorpus";

type Report = { fired: string[]; violations: string[] };

/** Records anything a payload could make run, before any of the page's own code. */
async function watch(page: Page): Promise<() => Promise<Report>> {
  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(`${dialog.type()}:${dialog.message()}`);
    await dialog.dismiss();
  });
  await page.addInitScript(() => {
    const record = (what: string) => ((window as unknown as { __xssFired: string[] }).__xssFired ??= []).push(what);
    (window as unknown as { __xss: (what: unknown) => void }).__xss = (what) => record(`hook:${String(what)}`);
    for (const name of ["alert", "confirm", "prompt"] as const) {
      (window as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => record(`${name}:${args.map(String).join(",")}`);
    }
    document.addEventListener("securitypolicyviolation", (event) =>
      ((window as unknown as { __cspViolations: string[] }).__cspViolations ??= []).push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`),
    );
  });
  return async () => {
    const inPage = await page.evaluate(() => ({
      fired: (window as unknown as { __xssFired?: string[] }).__xssFired ?? [],
      violations: (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [],
    }));
    return { fired: [...dialogs, ...inPage.fired], violations: inPage.violations };
  };
}

async function expectClean(page: Page, report: () => Promise<Report>, where: string, totals: { loads: number }) {
  totals.loads += 1;
  const { fired, violations } = await report();
  expect(fired, `script ran on ${where}`).toEqual([]);
  expect(violations, `policy violation on ${where}`).toEqual([]);
}

/** Signed in as the demo editor, with the page watched from then on. */
async function editorWatched(page: Page) {
  const editor = demoAccount("EDITOR");
  await signInThroughPage(page, editor.email, editor.password);
  await expect(page).toHaveURL(/\/admin/);
  return { report: await watch(page), totals: { loads: 0 } };
}

function pressReleasePage(title: string, paragraphs: string[]): string {
  return [
    "Ministry of Foreign Affairs REPUBLIC OF KOREA",
    "",
    "Press Releases",
    "",
    title,
    "",
    "Date",
    "2003-05-14",
    "hit",
    "12",
    "",
    ...paragraphs.map((text, index) => `${index + 1}. ${text}`),
  ].join("\n");
}

test.describe.configure({ mode: "serial" });

test("every corpus string in the search box: nothing runs, nothing fails", async ({ page }) => {
  test.setTimeout(15 * 60_000);
  const report = await watch(page);
  const totals = { loads: 0 };
  for (const text of CORPUS) {
    const response = await page.goto(`/en/search?q=${encodeURIComponent(text)}`);
    expect(response?.status(), `search for ${JSON.stringify(text)}`).toBeLessThan(500);
    await expectClean(page, report, `search ${JSON.stringify(text)}`, totals);
  }
  console.log(`xss corpus, search: ${CORPUS.length} strings, ${totals.loads} page loads in Chromium, 0 executed`);
});

test("every corpus string in list filters and addresses: no error; the script-like ones in Chromium run nothing", async ({ page, request }) => {
  test.setTimeout(15 * 60_000);
  for (const text of CORPUS) {
    const q = encodeURIComponent(text);
    for (const path of [`/en/press-releases?country=${q}&topic=${q}&year=${q}&month=${q}&page=${q}`, `/en/press-releases/${q}`]) {
      const answer = await request.get(path, { maxRedirects: 0 });
      expect(answer.status(), path).toBeLessThan(500);
    }
  }
  const report = await watch(page);
  const totals = { loads: 0 };
  for (const text of SCRIPTY) {
    const path = `/en/interviews?country=${encodeURIComponent(text)}&topic=${encodeURIComponent(text)}`;
    await page.goto(path);
    await expectClean(page, report, path, totals);
  }
  console.log(`xss corpus, filters and addresses: ${CORPUS.length * 2} requests, ${totals.loads} page loads in Chromium, 0 executed`);
});

test("every corpus string imported as titles and body text, published: nothing runs on any page that shows them", async ({ page }) => {
  test.setTimeout(15 * 60_000);
  const { report, totals } = await editorWatched(page);

  // Ten strings a page: the first is the title, all ten are numbered paragraphs; the marker finds them again.
  const groups: string[][] = [];
  const importable = CORPUS.filter((text) => text.trim() !== "");
  for (let start = 0; start < importable.length; start += 10) groups.push(importable.slice(start, start + 10));
  // A string the importer cannot take for a title (blank, binary-looking) is still sent in the body under a plain one.
  const files = groups.map((group, index) => {
    const paragraphs = [...group, `Corpus page ${index + 1} of naughty strings for the ${MARKER} check.`];
    const asTitle = pressReleasePage(group[0]!, paragraphs);
    const read = parsePage(asTitle, "check.txt");
    const text = read.ok && read.page.title !== null ? asTitle : pressReleasePage(`Naughty strings, page ${index + 1}`, paragraphs);
    return { name: `${MARKER}-${String(index + 1).padStart(2, "0")}.txt`, mimeType: "text/plain", buffer: Buffer.from(text) };
  });
  expect(files.length).toBeLessThanOrEqual(50);

  await page.goto("/admin/import");
  await page.locator("#importFiles").setInputFiles(files);
  await page.getByRole("button", { name: "Preview (nothing is saved)" }).click();
  await expect(page.getByRole("status")).toContainText(/Preview: \d+ of/);
  await expectClean(page, report, "import preview", totals);
  // Pages the importer is unsure of wait for the editor's check (docs/adr/0007): this editor confirms them all.
  for (const box of await page.getByRole("status").getByRole("checkbox", { name: /^Checked: / }).all()) await box.check();
  await page.getByLabel(/Publish them at once/).check();
  await page.getByRole("button", { name: "Import and publish" }).click();
  await expect(page.getByRole("status")).toBeVisible({ timeout: 120_000 });
  await expectClean(page, report, "import report", totals);

  // The public pages: search results for the marker, each article, the list pages that hold them.
  const articles = new Set<string>();
  for (let resultsPage = 1; resultsPage <= 6; resultsPage++) {
    await page.goto(`/en/search?q=${MARKER}${resultsPage > 1 ? `&page=${resultsPage}` : ""}`);
    await expectClean(page, report, `search results page ${resultsPage}`, totals);
    for (const href of await page.locator("[data-search-results] a[href*='/press-releases/']").evaluateAll((links) => links.map((link) => link.getAttribute("href")!))) {
      articles.add(href);
    }
  }
  expect(articles.size, "imported documents found by search").toBeGreaterThanOrEqual(Math.floor(files.length * 0.9));
  for (const href of articles) {
    await page.goto(href);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectClean(page, report, href, totals);
  }
  for (let listPage = 1; listPage <= 10; listPage++) {
    await page.goto(`/en/press-releases?year=2003${listPage > 1 ? `&page=${listPage}` : ""}`);
    await expectClean(page, report, `list page ${listPage}`, totals);
  }

  // The workspace: the documents list, and each document's desk and history.
  await page.goto("/admin/documents");
  await expectClean(page, report, "admin documents", totals);
  const deskLinks = await page.locator("a[href^='/admin/documents/c']").evaluateAll((links) => [...new Set(links.map((link) => link.getAttribute("href")!))]);
  for (const href of deskLinks.slice(0, 25)) {
    await page.goto(href);
    await expectClean(page, report, href, totals);
    await page.goto(`${href.split("?")[0]}/history`);
    await expectClean(page, report, `${href} history`, totals);
  }
  console.log(`xss corpus, imported: ${importable.length} strings in ${files.length} published pages, ${articles.size} articles, ${totals.loads} page loads, 0 executed`);
});

test("script-like corpus strings as the names of people and topics: nothing runs where they are listed", async ({ page }) => {
  test.setTimeout(10 * 60_000);
  const { report, totals } = await editorWatched(page);
  const names = SCRIPTY.filter((text) => text.trim().length > 0 && text.length <= 200).slice(0, 40);
  await page.goto("/admin/taxonomy?kind=people");
  const form = page.locator("form").filter({ has: page.getByRole("button", { name: "Add a person" }) });
  for (const name of names) {
    await form.getByLabel(/English/).first().fill(name);
    await form.getByRole("button", { name: "Add a person" }).click();
    await expect(form.getByRole("button", { name: "Add a person" })).toBeEnabled();
    await expectClean(page, report, `taxonomy after adding ${JSON.stringify(name)}`, totals);
  }
  await page.goto("/admin/taxonomy?kind=people");
  await expect(page.getByRole("list", { name: /people/ })).toBeVisible();
  await expectClean(page, report, "taxonomy", totals);
  console.log(`xss corpus, taxonomy: ${names.length} names, ${totals.loads} page loads, 0 executed`);
});
