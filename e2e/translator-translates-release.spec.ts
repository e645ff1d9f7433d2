// Issue 6: a translator translates a Korean release block by block, an editor publishes it, readers see it as an
// unofficial translation; a correction of the original's paragraph 3 brings exactly that paragraph back to the
// translator's queue.
import { expect, test, type Page, type TestInfo } from "@playwright/test";
import { confirmInDialog, signedIn } from "./support/workspace";

test.describe.configure({ mode: "serial" });

const stamp = Date.now().toString(36);
const TITLE_KO = `제4차 한-카자흐스탄 정책협의회 개최 ${stamp}`;
const BODY_KO = [
  "1. 외교부 제2차관은 4.10.(월) 방한 중인 카자흐스탄 외교차관과 제4차 한-카자흐스탄 정책협의회를 개최하였다.",
  "ㅇ 양측은 수교 30주년을 맞아 양국 관계가 꾸준히 발전해 왔음을 평가하였다.",
  "2. 양측은 경제, 에너지, 보건 분야의 실질협력을 확대하기로 하였다.",
  "3. 차기 협의회는 2024년 아스타나에서 개최하기로 하였다.",
].join("\n");
const PARAGRAPH_3_CORRECTED = "3. 차기 협의회는 2024년 하반기 아스타나에서 개최하기로 합의하였다.";

const TITLE_EN = `Korea and Kazakhstan Hold 4th Policy Consultation ${stamp}`;
const ENGLISH = {
  paragraph1: "The Second Vice Minister of Foreign Affairs held the 4th Korea-Kazakhstan Policy Consultation on Monday, April 10, with the visiting Deputy Foreign Minister of Kazakhstan.",
  subpoint: "The two sides noted that bilateral relations have developed steadily as the two countries mark the 30th anniversary of diplomatic ties.",
  paragraph2: "The two sides agreed to expand practical cooperation in the economy, energy and health.",
  paragraph3: "The two sides agreed to hold the next consultation in Astana in 2024.",
  note: "“Second Vice Minister” (제2차관) is the vice minister in charge of economic affairs.",
};

let documentId = "";
let slug = "";

/** The page at desktop and phone widths, attached to the test's report (test-results/…). */
async function screenshots(page: Page, testInfo: TestInfo, name: string) {
  const before = page.viewportSize();
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
    const path = testInfo.outputPath(`${name}-${width}.png`);
    await page.screenshot({ path, fullPage: true });
    await testInfo.attach(`${name}-${width}`, { path, contentType: "image/png" });
  }
  if (before) await page.setViewportSize(before);
}

/** Presses a workflow button of the document page (the page then shows the edition's new state). */
async function move(page: Page, label: string) {
  await page.getByRole("button", { name: label, exact: true }).click();
  if (label === "Publish") await confirmInDialog(page, "Publish now");
}

test("an editor writes a Korean release; another editor publishes it", async ({ browser }, testInfo) => {
  const editor = await signedIn(browser, "EDITOR");
  await editor.goto("/workspace/documents/new");
  await editor.getByLabel("Written in").selectOption("ko");
  await editor.getByLabel("Title", { exact: true }).fill(TITLE_KO);
  await editor.getByLabel("Body as text").fill(BODY_KO);
  await editor.getByRole("button", { name: "Create draft" }).click();
  await editor.waitForURL(/\/workspace\/documents\/(?!new$)[^/]+$/);
  documentId = new URL(editor.url()).pathname.split("/").at(-1)!;
  await move(editor, "Submit for review");
  await expect(editor.locator("[data-edition-state]")).toHaveAttribute("data-edition-state", "SUBMITTED");
  await editor.context().close();

  const admin = await signedIn(browser, "ADMIN");
  await admin.goto(`/workspace/documents/${documentId}`);
  await move(admin, "Publish");
  await expect(admin.locator("[data-edition-state]")).toHaveAttribute("data-edition-state", "PUBLISHED");
  const site = await admin.getByRole("link", { name: "View on the site" }).getAttribute("href");
  slug = decodeURIComponent(site!.split("/").at(-1)!);
  expect(site).toBe(`/ko/press-releases/${encodeURIComponent(slug)}`);
  await admin.context().close();

  // Not translated yet: the English list shows the original, in Korean, marked, linking to the Korean page.
  const reader = await browser.newPage();
  await reader.goto("/en/press-releases");
  const listed = reader.locator(`[data-document-item="${slug}"]`);
  await expect(listed.getByRole("link", { name: TITLE_KO })).toHaveAttribute("href", `/ko/press-releases/${encodeURIComponent(slug)}`);
  await expect(listed.getByRole("link", { name: TITLE_KO })).toHaveAttribute("lang", "ko");
  await expect(listed.locator("[data-untranslated]")).toHaveText("Not yet translated — in Korean (한국어)");
  await screenshots(reader, testInfo, "list-untranslated");
  expect((await reader.goto(`/en/press-releases/${encodeURIComponent(slug)}`))?.status()).toBe(404);
  await reader.context().close();
});

test("the translator finds it in the queue and translates it block by block, with a note, as unofficial, and submits", async ({ browser }, testInfo) => {
  const translator = await signedIn(browser, "TRANSLATOR");
  await translator.getByRole("navigation", { name: "Workspace" }).getByRole("link", { name: "Translations" }).click();
  const row = translator.locator(`[data-queue-item="${slug}"]`);
  await expect(row).toHaveAttribute("data-locale", "en");
  await expect(row).toHaveAttribute("data-missing", "4");
  await row.getByRole("link", { name: `Start: ${TITLE_KO}` }).click();
  await translator.getByRole("button", { name: "Start translation into English" }).click();

  const editor = translator.locator("[data-translation-editor]");
  await expect(editor).toBeVisible();
  await expect(translator.locator("[data-progress]")).toHaveText("0 of 4 blocks translated");
  // The original's structure stands beside each row: its number, its marker.
  await expect(translator.locator('[data-row][data-status="untranslated"]')).toHaveCount(5);

  await translator.getByLabel("Title in English").fill(TITLE_EN);
  await translator.getByRole("button", { name: "Next to translate or update" }).click();
  await expect(translator.getByLabel("Paragraph 1 in English")).toBeFocused();
  await translator.keyboard.type(ENGLISH.paragraph1);
  // Ctrl+Enter goes on to the next block: the sub-point under paragraph 1.
  await translator.keyboard.press("Control+Enter");
  await expect(translator.getByLabel("Paragraph 1, sub-point 1 in English")).toBeFocused();
  await translator.keyboard.type(ENGLISH.subpoint);
  await translator.getByLabel("Paragraph 2 in English").fill(ENGLISH.paragraph2.replace("practical", "substantive"));
  await translator.locator("[data-row]").nth(3).getByRole("button", { name: "Add a translator's note" }).click();
  await translator.getByLabel("Translator's note on paragraph 2").fill(ENGLISH.note);
  await expect(translator.locator("[data-row]").nth(3)).toContainText("(footnote 1)");
  await translator.getByLabel("Paragraph 3 in English").fill(ENGLISH.paragraph3);
  await translator.getByLabel("Unofficial translation").check();

  await expect(translator.locator("[data-progress]")).toHaveText("4 of 4 blocks translated");
  await expect(translator.locator("[data-save-status]")).toContainText("Saved at", { timeout: 15_000 });
  await screenshots(translator, testInfo, "workspace-translated");
  await translator.getByRole("button", { name: "Submit for review" }).click();
  await expect(translator.getByRole("status").filter({ hasText: "Submitted for review. An editor will publish it" })).toBeVisible();
  await expect(translator.locator("[data-translation-state]")).toHaveAttribute("data-translation-state", "SUBMITTED");
  // Under review, the text is the editor's to change.
  await expect(translator.getByLabel("Paragraph 1 in English")).toHaveAttribute("readonly", "");
  await translator.context().close();
});

test("an editor sends it back with a comment; the translator fixes it and submits again", async ({ browser }) => {
  const editor = await signedIn(browser, "EDITOR");
  await editor.goto(`/workspace/documents/${documentId}/translate/en`);
  await editor.getByRole("button", { name: "Send back to translator" }).click();
  await editor.getByLabel("Comment for the translator").fill("Paragraph 2: “substantive” reads oddly; say “practical”.");
  await editor.getByRole("button", { name: "Send back with this comment" }).click();
  await expect(editor.locator("[data-translation-state]")).toHaveAttribute("data-translation-state", "IN_PROGRESS");
  await editor.context().close();

  const translator = await signedIn(browser, "TRANSLATOR");
  await translator.goto(`/workspace/documents/${documentId}/translate/en`);
  await expect(translator.locator("[data-rejection-comment]")).toContainText("say “practical”");
  await translator.getByLabel("Paragraph 2 in English").fill(ENGLISH.paragraph2);
  await translator.getByRole("button", { name: "Submit for review" }).click();
  await expect(translator.locator("[data-translation-state]")).toHaveAttribute("data-translation-state", "SUBMITTED");
  await expect(translator.locator("[data-rejection-comment]")).toHaveCount(0);
  await translator.context().close();
});

test("an editor publishes the translation; readers see the notice, the footnote, the language switch and the side-by-side view", async ({ browser }, testInfo) => {
  const editor = await signedIn(browser, "EDITOR");
  await editor.goto(`/workspace/documents/${documentId}/translate/en`);
  await expect(editor.getByLabel("Paragraph 2 in English")).toHaveValue(ENGLISH.paragraph2);
  await editor.getByRole("button", { name: "Publish translation" }).click();
  await expect(editor.getByRole("status").filter({ hasText: "Translation published" })).toBeVisible();
  await expect(editor.locator("[data-translation-state]")).toHaveAttribute("data-translation-state", "PUBLISHED");
  await editor.context().close();

  const reader = await browser.newPage();
  await reader.goto(`/en/press-releases/${encodeURIComponent(slug)}`);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(TITLE_EN);
  const notices = reader.locator("[data-translation-notice=unofficial]");
  await expect(notices).toHaveCount(2);
  for (const notice of await notices.all()) {
    await expect(notice.getByRole("link", { name: "Read the original in Korean (한국어)" })).toHaveAttribute("href", `/ko/press-releases/${encodeURIComponent(slug)}`);
  }
  await expect(reader.locator("[data-block=numbered]")).toHaveCount(3);
  await expect(reader.locator("[data-block=subpoint]")).toHaveAttribute("data-marker", "ㅇ");
  await reader.getByRole("link", { name: "Translator's note 1" }).click();
  await expect(reader.locator("#tn-1")).toContainText(`Translator's note: ${ENGLISH.note}`);
  const languages = reader.getByRole("navigation", { name: "Language" });
  await expect(languages.locator("[aria-current=true]")).toContainText("English");
  await expect(languages.getByRole("link", { name: "한국어" })).toHaveAttribute("href", `/ko/press-releases/${encodeURIComponent(slug)}`);
  await expect(reader.locator('link[rel=alternate][hreflang=ko]')).toHaveCount(1);
  await expect(reader.locator("[data-translation-behind]")).toHaveCount(0);
  await screenshots(reader, testInfo, "public-translation");

  await reader.locator("[data-side-by-side-link]").click();
  await expect(reader).toHaveURL(new RegExp(`/en/press-releases/${encodeURIComponent(slug)}/compare$`));
  const pairs = reader.locator("[data-side-by-side] [data-pair=numbered]");
  await expect(pairs).toHaveCount(3);
  await expect(pairs.nth(2).locator("[lang=ko]")).toContainText("차기 협의회는 2024년 아스타나에서");
  await expect(pairs.nth(2).locator("[lang=en]")).toContainText(ENGLISH.paragraph3);
  await screenshots(reader, testInfo, "side-by-side");
  await reader.context().close();
});

test("the editor corrects paragraph 3; once another editor publishes it, exactly that paragraph needs updating", async ({ browser }, testInfo) => {
  const editor = await signedIn(browser, "EDITOR");
  await editor.goto(`/workspace/documents/${documentId}`);
  await editor.getByLabel("Change note for readers").fill("Corrected the date of the next consultation.");
  await editor.getByRole("button", { name: "Correct this document" }).click();
  await expect(editor.locator("[data-edition-state]")).toHaveAttribute("data-edition-state", "DRAFT");
  const paragraph3 = editor.locator("[data-blocks] li").nth(3).locator("textarea");
  await paragraph3.fill(PARAGRAPH_3_CORRECTED.replace(/^3\. /, ""));
  await editor.getByRole("button", { name: "Save", exact: true }).click();
  await expect(editor.locator("[data-save-status]")).toContainText("Saved at", { timeout: 15_000 });
  await move(editor, "Submit for review");
  await expect(editor.locator("[data-edition-state]")).toHaveAttribute("data-edition-state", "SUBMITTED");
  await editor.context().close();

  const admin = await signedIn(browser, "ADMIN");
  await admin.goto(`/workspace/documents/${documentId}`);
  await move(admin, "Publish");
  await expect(admin.locator("[data-edition-state]")).toHaveAttribute("data-edition-state", "PUBLISHED");
  await admin.context().close();

  const translator = await signedIn(browser, "TRANSLATOR");
  await translator.goto("/workspace/translations");
  const row = translator.locator(`[data-queue-item="${slug}"]`);
  await expect(row).toHaveAttribute("data-stale", "1");
  await expect(row).toHaveAttribute("data-missing", "0");
  await screenshots(translator, testInfo, "queue-stale");
  await row.getByRole("link", { name: `Update: ${TITLE_KO}` }).click();
  const stale = translator.locator('[data-row][data-status="stale"]');
  await expect(stale).toHaveCount(1);
  await expect(stale).toContainText("Paragraph 3");
  await expect(stale.locator("ins").first()).toContainText("하반기");
  await expect(translator.locator("[data-progress]")).toHaveText("4 of 4 blocks translated · 1 needs updating");
  await screenshots(translator, testInfo, "workspace-stale");

  // The translation still holds (the date it gives was already right): confirmed, it is current again and can go
  // back for review; readers keep the published text meanwhile.
  await stale.getByRole("button", { name: "Mark up to date" }).click();
  await expect(translator.locator('[data-row][data-status="stale"]')).toHaveCount(0);
  await expect(translator.locator("[data-progress]")).toHaveText("4 of 4 blocks translated");
  await translator.getByRole("button", { name: "Submit for review" }).click();
  await expect(translator.locator("[data-translation-state]")).toHaveAttribute("data-translation-state", "SUBMITTED");
  await translator.context().close();

  // Readers keep the published translation, told that the original changed since.
  const reader = await browser.newPage();
  await reader.goto(`/en/press-releases/${encodeURIComponent(slug)}`);
  await expect(reader.locator("[data-translation-behind]").first()).toContainText("The original was updated on");
  await screenshots(reader, testInfo, "public-behind");
  await reader.context().close();
});
