// Two people save the same translation: the second save is refused, keeps what was typed, shows the other version
// beside it, and goes through once the person chooses to keep their own.
import { expect, test } from "@playwright/test";
import { signedIn } from "./support/workspace";

test("a conflicting save keeps your text and shows theirs", async ({ browser }, testInfo) => {
  // An English sample waiting for its Korean translation, which editors and admins may both write.
  const editor = await signedIn(browser, "EDITOR");
  await editor.goto("/workspace/translations?locale=ko&need=missing");
  const item = editor.locator("[data-queue-item]").last();
  await item.getByRole("link", { name: /^Start: / }).click();
  await editor.getByRole("button", { name: "Start translation into Korean (한국어)" }).click();
  await expect(editor.locator("[data-translation-editor]")).toBeVisible();
  const workspace = editor.url();

  const admin = await signedIn(browser, "ADMIN");
  await admin.goto(workspace);
  await expect(admin.locator("[data-translation-editor]")).toBeVisible();

  await editor.getByLabel("Title in Korean (한국어)").fill("편집자의 제목");
  await editor.getByRole("button", { name: "Save", exact: true }).click();
  await expect(editor.locator("[data-save-status]")).toContainText("Saved at");

  // The admin opened it before that save: theirs is refused, and nothing they typed is lost.
  await admin.getByLabel("Title in Korean (한국어)").fill("관리자의 제목");
  const firstBlock = admin.locator(`[data-row]:not([data-row^="@"])`).first().locator("textarea").first();
  await firstBlock.fill("관리자가 번역한 첫째 문단");
  await admin.getByRole("button", { name: "Save", exact: true }).click();
  const conflict = admin.locator("[data-conflict]");
  await expect(conflict).toContainText("Someone else saved this translation");
  await expect(conflict).toContainText("Eun-ji Editor saved at");
  await expect(admin.locator('[data-row="@title"] [data-their-version]')).toContainText("편집자의 제목");
  await expect(admin.getByLabel("Title in Korean (한국어)")).toHaveValue("관리자의 제목");
  await expect(firstBlock).toHaveValue("관리자가 번역한 첫째 문단");
  await admin.evaluate(() => window.scrollTo(0, 0));
  await admin.screenshot({ path: testInfo.outputPath("conflict-1280.png") });

  await admin.getByRole("button", { name: "Keep my version (save over theirs)" }).click();
  await expect(conflict).toHaveCount(0);
  await expect(admin.locator("[data-save-status]")).toContainText("Saved at");
  await admin.reload();
  await expect(admin.getByLabel("Title in Korean (한국어)")).toHaveValue("관리자의 제목");
  await expect(firstBlock).toHaveValue("관리자가 번역한 첫째 문단");

  await editor.context().close();
  await admin.context().close();
});
