// Issue 9: a translator submits a translation; the editor finds it in the Awaiting review inbox (and is notified),
// and publishes it. Before, the dashboard said "Nothing is waiting for your review".
import { expect, test } from "@playwright/test";
import { createKoreanDraft, screenshot, signedIn } from "./support/workspace";

const stamp = Date.now().toString(36);
const TITLE_KO = `한-우즈베키스탄 차관 면담 ${stamp}`;
const TITLE_EN = `Vice Minister Meets Uzbek Deputy Foreign Minister ${stamp}`;

test("translator submits → the editor finds it in the inbox → publishes it", async ({ browser }, testInfo) => {
  const writer = await signedIn(browser, "WRITER");
  const documentId = await createKoreanDraft(writer, TITLE_KO, "1. 외교부 차관은 우즈베키스탄 외교차관을 면담하였다.");
  await writer.context().close();

  const translator = await signedIn(browser, "TRANSLATOR");
  await translator.goto(`/workspace/documents/${documentId}/translate/en`);
  await translator.getByRole("button", { name: "Start translation into English" }).click();
  await translator.getByLabel("Title in English").fill(TITLE_EN);
  await translator.getByLabel("Paragraph 1 in English").fill("The Vice Minister of Foreign Affairs met the Deputy Foreign Minister of Uzbekistan.");
  await translator.getByLabel("Unofficial translation").check();
  await translator.getByRole("button", { name: "Submit for review" }).click();
  await expect(translator.getByRole("status").filter({ hasText: "Submitted for review." })).toBeVisible();
  await translator.context().close();

  const editor = await signedIn(browser, "EDITOR");
  // The dashboard no longer says nothing is waiting, and the header counts the notification.
  const panel = editor.locator("section").filter({ has: editor.getByRole("heading", { name: "Awaiting my review" }) });
  await expect(panel.getByRole("link", { name: TITLE_KO })).toBeVisible();
  await expect(panel).toContainText("English translation");
  await expect(editor.locator("[data-unread-count]")).not.toHaveAttribute("data-unread-count", "0");

  await editor.getByRole("navigation", { name: "Workspace" }).getByRole("link", { name: "Awaiting review" }).click();
  await editor.getByLabel("What").selectOption("translations");
  await editor.getByLabel("Language").selectOption("en");
  await editor.getByRole("button", { name: "Show" }).click();
  await expect(editor).toHaveURL(/what=translations/);
  const item = editor.locator('[data-review-item="translation"]').filter({ hasText: TITLE_KO });
  await expect(item).toContainText("submitted by Tom Translator");
  await expect(item).toContainText(TITLE_EN);
  await expect(editor.locator('[data-review-item="edition"]').filter({ hasText: TITLE_KO })).toHaveCount(0);
  await screenshot(editor, testInfo, "review-inbox");

  await item.getByRole("link", { name: `Review: ${TITLE_KO} (en)` }).click();
  await editor.getByRole("button", { name: "Publish translation" }).click();
  await expect(editor.getByRole("status").filter({ hasText: "Translation published" })).toBeVisible();

  await editor.goto("/workspace/review");
  await expect(editor.locator("[data-review-item]").filter({ hasText: TITLE_KO })).toHaveCount(0);
  await editor.goto("/workspace/notifications");
  await expect(editor.locator('[data-notification="translation.submitted"]').filter({ hasText: TITLE_KO })).toBeVisible();
  await editor.context().close();
});
