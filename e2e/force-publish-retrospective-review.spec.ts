// Issue 9: a force publication opens a retrospective review on the dashboard; another editor approves it, audited.
import { expect, test } from "@playwright/test";
import { confirmInDialog, createKoreanDraft, expectState, screenshot, signedIn } from "./support/workspace";

const stamp = Date.now().toString(36);
const TITLE = `대변인 성명 ${stamp}`;

test("force publish → retrospective review task → approval", async ({ browser }, testInfo) => {
  const editor = await signedIn(browser, "EDITOR");
  const documentId = await createKoreanDraft(editor, TITLE, "1. 정부는 깊은 우려를 표명한다.");
  await editor.getByText("Force publish…").click();
  await editor.getByLabel("Why it cannot wait for review").fill("The statement must go out before the noon briefing.");
  await editor.getByRole("button", { name: "Force publish now" }).click();
  await confirmInDialog(editor, "Force publish now");
  await expectState(editor, "PUBLISHED");
  await expect(editor.getByText(/Force published: awaiting retrospective review, due/)).toBeVisible();
  await expect(editor.getByText("You force published this edition, so another editor must review it.")).toBeVisible();
  await editor.context().close();

  const admin = await signedIn(browser, "ADMIN");
  const task = admin.locator("[data-retrospective-review]").filter({ hasText: "The statement must go out before the noon briefing." });
  await expect(task).toHaveAttribute("data-retrospective-review", "due");
  await expect(task).toContainText("force published by Eun-ji Editor");
  await screenshot(admin, testInfo, "dashboard-retrospective");
  await admin.getByRole("link", { name: TITLE }).first().click();
  await expect(admin).toHaveURL(new RegExp(`/workspace/documents/${documentId}$`));
  await admin.getByLabel("Note for the record").fill("Checked against the spokesperson's text.");
  await admin.getByRole("button", { name: "Approve after review" }).click();
  await expect(admin.getByText("Reviewed after force publishing: approved by Ada Admin")).toBeVisible();

  await admin.goto("/workspace");
  await expect(admin.locator("[data-retrospective-review]").filter({ hasText: "The statement must go out before the noon briefing." })).toHaveCount(0);
  await admin.goto("/workspace/audit?action=edition.retrospectiveApprove");
  await expect(admin.getByRole("row").filter({ hasText: "Approved after force publishing" }).first()).toContainText("Checked against the spokesperson's text.");
  await admin.context().close();
});
