import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { parsePage } from "@/lib/import/parse-page";
import { readFeed } from "@/test-support/feed-checks";
import { confirmInDialog } from "./support/workspace";
import { readOutbox, waitForMail } from "./support/outbox";
import { openWorkspaceAs } from "./support/staff";

/*
 * Hundreds of real-world injection strings (e2e/fixtures/xss/README.md) through every way text reaches a page here:
 * the public site's parameters, imported pages (titles and bodies, published), taxonomy names, and every field staff
 * type (account names, press lists and their journalists, titles, summaries, bodies, interviewees, outlets, links to
 * the original, change notes, force-publish reasons, translations, translator's notes, comments to translators);
 * then every page, feed, structured-data block and e-mail that shows them. A payload that ran would call
 * alert/confirm/prompt or the corpus' own hook, or trip the Content-Security-Policy; none may.
 *
 * The search box, addresses and the importer take the whole corpus. The fields typed through the workspace take a
 * sample of the script-like strings (FIELD_SAMPLE: 46, spread evenly over the list, different ones per field):
 * every field gets several, and a run of the file stays near ten minutes.
 */
const CORPUS: string[] = JSON.parse(readFileSync(join(__dirname, "fixtures", "xss", "blns.json"), "utf8"));
const SCRIPTY = CORPUS.filter((text) => /<|javascript:|alert|on\w+\s*=|\{\{|\$\{|expression\(/i.test(text));
const MARKER = "xsscorpus";
const ONE_LINE = SCRIPTY.filter((text) => text.trim() !== "" && !text.includes("\n") && text.length <= 150);
/** `count` script-like strings spread evenly over the corpus, starting at `offset` (different fields, different strings). */
function sample(count: number, offset: number): string[] {
  const step = Math.max(1, Math.floor(ONE_LINE.length / count));
  return Array.from({ length: count }, (_, index) => ONE_LINE[(offset + index * step) % ONE_LINE.length]!);
}
const FIELD_SAMPLE = { names: sample(8, 0), journalists: sample(6, 1), titles: sample(6, 2), paragraphs: sample(12, 3), notes: sample(6, 4), translation: sample(8, 5) };
const SUBSCRIBER = `corpus-reader-${Date.now().toString(36)}@wire.example`;

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
      ((window as unknown as { __cspViolations: string[] }).__cspViolations ??= []).push(`${event.violatedDirective} ${event.blockedURI} ${event.sample} at ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`),
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
  await openWorkspaceAs(page, "EDITOR");
  await expect(page).toHaveURL(/\/workspace/);
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
// A step that cannot happen fails in seconds, not at the end of a ten-minute test.
test.use({ actionTimeout: 20_000 });

test("a reader subscribes to alerts first, so every corpus string published after this is mailed", async ({ page }) => {
  await page.goto("/en/alerts?kind=PRESS_RELEASE");
  await page.getByRole("checkbox", { name: "Interviews", exact: true }).check();
  await page.getByLabel("Your e-mail address").fill(SUBSCRIBER);
  await page.getByLabel("As soon as something is published").check();
  await page.getByRole("button", { name: "Subscribe" }).click();
  await expect(page).toHaveURL(/\/en\/alerts\/check-your-email$/);
  const confirmation = await waitForMail(SUBSCRIBER, /^Confirm your e-mail alerts$/);
  const link = new URL(/https?:\/\/\S+\/en\/alerts\/confirm\?token=\S+/.exec(confirmation.text)![0]);
  await page.goto(`${link.pathname}${link.search}`);
  await page.getByRole("button", { name: "Confirm and start my alerts" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your alerts are on");
});

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

  await page.goto("/workspace/import");
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
  await page.goto("/workspace/documents");
  await expectClean(page, report, "admin documents", totals);
  const deskLinks = await page.locator("a[href^='/workspace/documents/c']").evaluateAll((links) => [...new Set(links.map((link) => link.getAttribute("href")!))]);
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
  await page.goto("/workspace/taxonomy?kind=people");
  const form = page.locator("form").filter({ has: page.getByRole("button", { name: "Add a person" }) });
  for (const name of names) {
    await form.getByLabel(/English/).first().fill(name);
    await form.getByRole("button", { name: "Add a person" }).click();
    await expect(form.getByRole("button", { name: "Add a person" })).toBeEnabled();
    await expectClean(page, report, `taxonomy after adding ${JSON.stringify(name)}`, totals);
  }
  await page.goto("/workspace/taxonomy?kind=people");
  await expect(page.getByRole("list", { name: /people/ })).toBeVisible();
  await expectClean(page, report, "taxonomy", totals);
  console.log(`xss corpus, taxonomy: ${names.length} names, ${totals.loads} page loads, 0 executed`);
});

// ─── Fields staff type, and everything that shows them ──────────────────────────────────────────────────────────────

const STAMP = Date.now().toString(36);
const fieldTotals = { loads: 0 };
const shown = { articles: [] as string[], desks: [] as string[], journalists: [] as string[], listName: `Corpus correspondents ${STAMP}` };

/** A page in its own browser context, watched from before its first load, signed in as the role's demo account. */
async function staffWatched(browser: Browser, role: "ADMIN" | "EDITOR" | "TRANSLATOR") {
  const page = await (await browser.newContext()).newPage();
  const report = await watch(page);
  await openWorkspaceAs(page, role);
  const check = (where: string) => expectClean(page, report, where, fieldTotals);
  return { page, check, visit: async (path: string) => (await page.goto(path), await check(path)) };
}

async function textMode(page: Page) {
  const tab = page.getByRole("tab", { name: "Text" });
  if ((await tab.getAttribute("aria-selected")) !== "true") await tab.click();
  return page.getByLabel("Body as text");
}

const numbered = (lines: string[]) => lines.map((line, index) => `${index + 1}. ${line}`).join("\n");

async function forcePublish(page: Page, reason: string) {
  await page.getByText("Force publish…").click();
  await page.getByLabel("Why it cannot wait for review").fill(reason);
  await page.getByRole("button", { name: "Force publish now" }).click();
  await confirmInDialog(page, "Force publish now");
  await expect(page.locator("[data-edition-state]")).toHaveAttribute("data-edition-state", "PUBLISHED");
}

async function createDraft(page: Page, fields: { locale?: string; interview?: boolean; title: string; summary?: string; body: string; extra?: (page: Page) => Promise<void> }) {
  await page.goto("/workspace/documents/new");
  if (fields.interview) await page.getByRole("radio", { name: "Interview" }).check();
  if (fields.locale) await page.getByLabel("Written in").selectOption(fields.locale);
  await page.getByLabel("Title", { exact: true }).fill(fields.title);
  if (fields.summary) await page.getByRole("textbox", { name: /^Summary/ }).fill(fields.summary);
  await (await textMode(page)).fill(fields.body);
  await fields.extra?.(page);
  await page.getByRole("button", { name: "Create draft" }).click();
  await page.waitForURL(/\/workspace\/documents\/(?!new$)[a-z0-9]+$/);
  return new URL(page.url()).pathname;
}

test("script-like corpus strings as account names and as press lists' journalists and outlets: nothing runs where they are shown", async ({ browser }) => {
  test.setTimeout(5 * 60_000);
  const admin = await staffWatched(browser, "ADMIN");
  let created = 0;
  for (const [index, name] of FIELD_SAMPLE.names.entries()) {
    await admin.page.goto("/workspace/users/new");
    await admin.page.getByLabel("Full name").fill(name);
    await admin.page.getByLabel("Email address").fill(`corpus-${index}-${STAMP}@chancery.example`);
    await admin.page.getByLabel("Role").selectOption("WRITER");
    await admin.page.getByRole("button", { name: "Create account" }).click();
    await expect(admin.page.getByTestId("one-time-password")).toBeVisible();
    created++;
    await admin.check(`account named ${JSON.stringify(name)}`);
  }
  expect(created, "accounts created with corpus names").toBe(FIELD_SAMPLE.names.length);
  for (const path of ["/workspace/users", "/workspace/audit"]) await admin.visit(path);

  const editor = await staffWatched(browser, "EDITOR");
  await editor.page.goto("/workspace/press-lists");
  // The new-list form, not another list's "add a journalist" form (earlier journeys leave press lists behind).
  const createList = editor.page.locator("form").filter({ has: editor.page.getByRole("button", { name: "Create press list" }) });
  await createList.getByLabel("Name", { exact: true }).fill(shown.listName);
  await createList.getByLabel("Description").fill(FIELD_SAMPLE.journalists[0]!);
  await createList.getByRole("button", { name: "Create press list" }).click();
  const list = editor.page.locator(`[data-press-list="${shown.listName}"]`);
  await expect(list).toBeVisible();
  for (const [index, text] of FIELD_SAMPLE.journalists.entries()) {
    const email = `journalist-${index}-${STAMP}@outlet.example`;
    await list.getByLabel("Name", { exact: true }).fill(text);
    await list.getByLabel("E-mail").fill(email);
    await list.getByLabel("Outlet").fill(FIELD_SAMPLE.journalists[(index + 1) % FIELD_SAMPLE.journalists.length]!);
    await list.getByRole("button", { name: "Add to the list" }).click();
    await expect(list.getByRole("cell", { name: email })).toBeVisible();
    shown.journalists.push(email);
    await editor.check(`press list after adding ${JSON.stringify(text)}`);
  }
  await editor.visit("/workspace/press-lists");
  console.log(`xss corpus, accounts and press lists: ${created} account names, ${shown.journalists.length} journalists, ${fieldTotals.loads} page loads, 0 executed`);
});

test("script-like corpus strings in every field of an original, its corrections, its translation, an interview and an embargo: nothing runs on any page", async ({ browser }) => {
  test.setTimeout(10 * 60_000);
  const { titles, paragraphs, notes, translation } = FIELD_SAMPLE;
  const editor = await staffWatched(browser, "EDITOR");

  // A Korean original: title, summary, body, force-published with a corpus reason, then corrected twice with corpus
  // change notes and titles.
  const original = await createDraft(editor.page, { locale: "ko", title: titles[0]!, summary: notes[0]!, body: numbered(paragraphs.slice(0, 6)) });
  await editor.check("original's desk");
  await forcePublish(editor.page, notes[1]!);
  await editor.check("original force published");
  for (const round of [1, 2]) {
    await editor.page.getByLabel("Change note for readers").fill(notes[1 + round]!);
    await editor.page.getByRole("button", { name: "Correct this document" }).click();
    await expect(editor.page.locator("[data-edition-state]")).toHaveAttribute("data-edition-state", "DRAFT");
    await editor.page.getByLabel("Title", { exact: true }).fill(titles[round]!);
    await editor.page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(editor.page.locator("[data-save-status]")).toContainText("Saved at");
    await editor.check(`correction ${round}`);
    await forcePublish(editor.page, notes[(round + 3) % notes.length]!);
  }
  const koPath = await editor.page.getByRole("link", { name: "View on the site" }).getAttribute("href");
  shown.articles.push(koPath!);
  shown.desks.push(original);

  // Its English translation: title, every paragraph, a translator's note; sent back with a corpus comment, fixed.
  const translator = await staffWatched(browser, "TRANSLATOR");
  const desk = `${original}/translate/en`;
  await translator.page.goto(desk);
  await translator.page.getByRole("button", { name: "Start translation into English" }).click();
  await translator.page.getByLabel("Title in English").fill(translation[0]!);
  await translator.page.getByLabel("Summary in English").fill(translation[1]!);
  await translator.page.getByLabel("Translator credit").fill(translation[2]!);
  await translator.page.getByRole("textbox", { name: /^Change note/ }).fill(translation[3]!);
  for (let paragraph = 1; paragraph <= 6; paragraph++) {
    await translator.page.getByLabel(`Paragraph ${paragraph} in English`).fill(translation[paragraph % translation.length]!);
  }
  await translator.page.locator("[data-row]").filter({ has: translator.page.getByLabel("Paragraph 1 in English") }).getByRole("button", { name: "Add a translator's note" }).click();
  await translator.page.getByLabel("Translator's note on paragraph 1").fill(translation[7]!);
  await translator.page.getByLabel("Unofficial translation").check();
  await expect(translator.page.locator("[data-save-status]")).toContainText("Saved at", { timeout: 15_000 });
  await translator.check("translation desk");
  await translator.page.getByRole("button", { name: "Submit for review" }).click();
  await expect(translator.page.locator("[data-translation-state]")).toHaveAttribute("data-translation-state", "SUBMITTED");
  await editor.page.goto(desk);
  await editor.page.getByRole("button", { name: "Send back to translator" }).click();
  await editor.page.getByLabel("Comment for the translator").fill(notes[5]!);
  await editor.page.getByRole("button", { name: "Send back with this comment" }).click();
  await expect(editor.page.locator("[data-translation-state]")).toHaveAttribute("data-translation-state", "IN_PROGRESS");
  await translator.visit(desk);
  await translator.page.getByRole("button", { name: "Submit for review" }).click();
  await expect(translator.page.locator("[data-translation-state]")).toHaveAttribute("data-translation-state", "SUBMITTED");
  await editor.page.goto(desk);
  await editor.page.getByRole("button", { name: "Publish translation" }).click();
  await expect(editor.page.locator("[data-translation-state]")).toHaveAttribute("data-translation-state", "PUBLISHED");
  await editor.check("translation published");
  shown.articles.push(koPath!.replace(/^\/ko\//, "/en/"));

  // An interview: interviewee, outlet, a link to the original (a javascript: one is refused), questions and answers.
  const interview = await createDraft(editor.page, {
    interview: true,
    title: titles[3]!,
    body: [`Q: ${paragraphs[6]}`, `A: ${paragraphs[7]}`, `Q: ${paragraphs[8]}`, `A: ${paragraphs[9]}`].join("\n"),
    extra: async (page) => {
      await page.getByLabel("Interviewee").fill(titles[4]!);
      await page.getByLabel("Outlet").fill(notes[0]!);
      await page.getByLabel("Link to the original").fill("javascript:alert(document.domain)");
      await page.getByRole("button", { name: "Create draft" }).click();
      await expect(page.getByRole("alert").filter({ hasText: "Link to the original" }).first()).toBeVisible();
      await editor.check("interview refused for a javascript: link");
      await page.getByLabel("Link to the original").fill(`https://example.org/source?text=${paragraphs[10]}`);
    },
  });
  await forcePublish(editor.page, notes[2]!);
  shown.desks.push(interview);
  shown.articles.push((await editor.page.getByRole("link", { name: "View on the site" }).getAttribute("href"))!);

  // A release under embargo to the press list of corpus journalists: they are mailed it with their personal links.
  const embargoed = await createDraft(editor.page, { title: titles[5]!, body: numbered(paragraphs.slice(10, 12)) });
  await editor.page.getByRole("button", { name: "Submit for review" }).click();
  await expect(editor.page.locator("[data-edition-state]")).toHaveAttribute("data-edition-state", "SUBMITTED");
  // The second pair of eyes: whoever changed it last does not schedule it, so the admin sends it.
  const admin = await staffWatched(browser, "ADMIN");
  await admin.page.goto(embargoed);
  const inTwoHours = new Date(Date.now() + 2 * 3600_000).toLocaleString("sv-SE", { timeZone: process.env.CHANCERY_TIME_ZONE ?? "Asia/Seoul" }).slice(0, 16).replace(" ", "T");
  await admin.page.getByText("Embargo…").click();
  await admin.page.getByLabel("Embargoed until").fill(inTwoHours);
  await admin.page.getByLabel(new RegExp(`^${shown.listName}`)).check();
  await admin.page.getByRole("button", { name: "Send under embargo" }).click();
  await expect(admin.page.locator("[data-edition-state]")).toHaveAttribute("data-edition-state", "SCHEDULED");
  await admin.check("embargo sent");
  shown.desks.push(embargoed);
  const mail = await waitForMail(shown.journalists[0]!, /^EMBARGOED UNTIL /);
  const personal = new URL(/https?:\/\/\S+\/embargoed\/[A-Za-z0-9_-]+/.exec(mail.text)![0]);
  await editor.visit(personal.pathname);
  await expect(editor.page.locator("[data-embargo-banner]")).toBeVisible();

  // Every page that shows them: public (with structured data), the workspace's desks, histories and lists.
  for (const path of shown.articles) {
    await editor.visit(path);
    await expect(editor.page.getByRole("heading", { level: 1 })).toBeVisible();
    const heading = (await editor.page.getByRole("heading", { level: 1 }).textContent())!.trim();
    const structured = await editor.page.locator('script[type="application/ld+json"]').allTextContents();
    expect(structured.length, `structured data on ${path}`).toBeGreaterThan(0);
    const headlines = structured.map((text) => (JSON.parse(text) as { headline?: string }).headline).filter(Boolean);
    expect(headlines, `the JSON-LD headline of ${path} is the title, as data`).toContain(heading);
    await editor.visit(`${path}/history`.replace(/\/(press-releases|interviews)\//, "/$1/"));
  }
  for (const path of shown.desks) {
    await editor.visit(path);
    await editor.visit(`${path}/history`);
  }
  for (const path of ["/workspace", "/workspace/documents", "/workspace/review", "/workspace/translations", "/workspace/notifications", "/workspace/outbox", "/workspace/press-lists"]) {
    await editor.visit(path);
  }
  await translator.visit("/workspace/translations");
  console.log(`xss corpus, staff fields: ${Object.values(FIELD_SAMPLE).flat().length} strings over every field, ${fieldTotals.loads} page loads, 0 executed`);
});

/** Elements and attributes that would be live if a feed reader or mail client rendered the HTML as it is. */
async function liveMarkup(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.body.querySelectorAll("*")].flatMap((element) => {
      const found: string[] = [];
      if (/^(script|iframe|frame|object|embed|svg|math|form|base|meta|link|style|template)$/i.test(element.tagName)) found.push(element.tagName);
      for (const attribute of element.attributes) {
        if (/^on/i.test(attribute.name) || /^\s*(javascript|vbscript|data):/i.test(attribute.value)) found.push(`${element.tagName}[${attribute.name}]`);
      }
      return found;
    }),
  );
}

test("every feed, the API and every e-mail that carries corpus strings: well-formed, no live markup, nothing runs in Chromium", async ({ page, request }) => {
  test.setTimeout(10 * 60_000);
  const report = await watch(page);
  const totals = { loads: 0 };
  let htmlParts = 0;
  const render = async (html: string, where: string) => {
    htmlParts++;
    await page.setContent(`<!doctype html><html><body>${html}</body></html>`);
    expect(await liveMarkup(page), `live markup in ${where}`).toEqual([]);
    await expectClean(page, report, where, totals);
  };

  const feeds = ["en", "ko"].flatMap((locale) => ["", "/press-releases", "/interviews"].flatMap((list) => [`/${locale}${list}/feed.rss`, `/${locale}${list}/feed.atom`]));
  let entries = 0;
  for (const path of feeds) {
    const answer = await request.get(path);
    expect(answer.status(), path).toBe(200);
    const xml = await answer.text();
    const feed = readFeed(xml);
    // A feed reader shows each entry's HTML (RSS descriptions, Atom content/summary of type html) as HTML.
    for (const [index, item] of feed.items.entries()) {
      entries++;
      for (const [part, html] of [["description", item.description], ["content", item.content]] as const) {
        if (html) await render(html, `${path} item ${index} ${part}`);
      }
    }
    // And the feed itself opened in the browser.
    await page.goto(path);
    await expectClean(page, report, path, totals);
  }
  expect(entries).toBeGreaterThan(50);

  for (const path of ["/api/v1/documents?locale=en&limit=100", "/api/v1/documents?locale=ko&limit=100"]) {
    const answer = await request.get(path);
    expect(answer.headers()["content-type"]).toMatch(/^application\/json/);
    expect(answer.headers()["x-content-type-options"]).toBe("nosniff");
    await page.goto(path);
    await expectClean(page, report, path, totals);
  }

  // E-mails (written to the outbox without SMTP): alerts for every corpus release published, embargoes to the corpus
  // journalists. Their text shown as a mail client shows text/plain, their HTML (when a mail has it) as HTML.
  const mails = await readOutbox();
  const corpusMails = mails.filter((mail) => mail.to === SUBSCRIBER || shown.journalists.includes(mail.to));
  expect(corpusMails.length, "alert and embargo mails").toBeGreaterThan(10);
  for (const [index, mail] of corpusMails.entries()) {
    expect(mail.subject).not.toMatch(/[\r\n]/);
    await page.route("**/__mail", (route) => route.fulfill({ contentType: "text/plain; charset=utf-8", body: mail.text }));
    await page.goto("/__mail");
    await expectClean(page, report, `mail ${index} (${mail.subject.slice(0, 60)})`, totals);
    await page.unroute("**/__mail");
    if (mail.html) await render(mail.html, `mail ${index} html`);
  }
  console.log(`xss corpus, feeds, API and mail: ${feeds.length} feeds (${entries} entries), ${corpusMails.length} mails, ${htmlParts} HTML parts rendered, ${totals.loads} loads, 0 executed`);
});
