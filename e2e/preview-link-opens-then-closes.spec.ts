// Issue 9: an editor shares a draft through a preview link; it opens for someone signed out with a banner, is never
// cached or indexed, and 404s once the edition is published.
import { expect, test } from "@playwright/test";
import { confirmInDialog, createKoreanDraft, expectState, screenshot, signedIn } from "./support/workspace";

const stamp = Date.now().toString(36);
const TITLE = `제5차 한-몽골 정책협의회 개최 ${stamp}`;

test("a preview link opens anonymously, then 404s after publication", async ({ browser }, testInfo) => {
  const editor = await signedIn(browser, "EDITOR");
  const documentId = await createKoreanDraft(editor, TITLE, "1. 양측은 정책협의회를 개최하였다.\n2. 양측은 협력을 확대하기로 하였다.");
  await editor.getByRole("button", { name: "Make a preview link" }).click();
  const field = editor.getByLabel("Preview link");
  await expect(field).toHaveValue(/\/ko\/preview\/[\w-]+\.[\w-]+$/);
  const url = await field.inputValue();
  await expect(editor.locator('[data-preview-link="open"]')).toContainText("made");
  await screenshot(editor, testInfo, "preview-links-panel");

  const stranger = await browser.newContext();
  const reader = await stranger.newPage();
  const response = await reader.goto(url);
  expect(response?.status()).toBe(200);
  const headers = response!.headers();
  expect(headers["cache-control"]).toContain("private");
  expect(headers["cache-control"]).toContain("no-store");
  expect(headers["x-robots-tag"]).toContain("noindex");
  await expect(reader.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  await expect(reader.locator("[data-preview-banner]")).toContainText("미리보기 — 게시되지 않음");
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(TITLE);
  await screenshot(reader, testInfo, "preview-page");

  // Publication closes it: readers have the real address now.
  await editor.getByRole("button", { name: "Submit for review", exact: true }).click();
  await expectState(editor, "SUBMITTED");
  await editor.context().close();
  const admin = await signedIn(browser, "ADMIN");
  await admin.goto(`/workspace/documents/${documentId}`);
  await admin.getByRole("button", { name: "Publish", exact: true }).click();
  await confirmInDialog(admin, "Publish now");
  await expectState(admin, "PUBLISHED");
  await expect(admin.locator('[data-preview-link="published"]')).toBeVisible();
  await admin.context().close();

  const after = await reader.goto(url);
  expect(after?.status()).toBe(404);
  await stranger.close();
});
