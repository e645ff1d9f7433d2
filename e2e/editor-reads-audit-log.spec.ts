// Issue 9: publishing asks once with what goes live, the two-person rule is said where Publish would be, history and
// "last changed" tell who did what, and an admin reads the audit log in words, filtered, on a 1280 px screen.
import { expect, test } from "@playwright/test";
import { createAccount } from "./support/accounts";
import { confirmInDialog, createKoreanDraft, expectState, screenshot, signedIn } from "./support/workspace";

const stamp = Date.now().toString(36);
const TITLE = `한-우즈베키스탄 정책협의회 ${stamp}`;

test("an editor's release is published by another after one question; the history and the audit log say who did what", async ({ browser }, testInfo) => {
  const editor = await signedIn(browser, "EDITOR");
  const documentId = await createKoreanDraft(editor, TITLE, "1. 양측은 정책협의회를 개최하였다.\no 양측은 협력 방안을 논의하였다.");
  await editor.getByRole("button", { name: "Submit for review" }).click();
  await expectState(editor, "SUBMITTED");
  // Whoever changed it last does not publish it, and is told so where the button would be.
  await expect(editor.getByRole("button", { name: "Publish", exact: true })).toHaveCount(0);
  await expect(editor.locator("[data-publish-refused]")).toContainText("You made the last changes to this edition, so another editor must publish it");
  await editor.context().close();

  const admin = await signedIn(browser, "ADMIN");
  await admin.goto(`/workspace/documents/${documentId}`);
  await admin.getByRole("button", { name: "Publish", exact: true }).click();
  const dialog = admin.getByRole("dialog", { name: "Publish this edition now?" });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(TITLE);
  await expect(dialog).toContainText("Korean");
  await expect(dialog).toContainText("None: this is the first publication.");
  await expect(dialog.getByRole("button", { name: "Publish now" })).toBeFocused();
  await screenshot(admin, testInfo, "publish-question");
  // Cancelling changes nothing.
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await expectState(admin, "SUBMITTED");
  await admin.getByRole("button", { name: "Publish", exact: true }).click();
  await confirmInDialog(admin, "Publish now");
  await expectState(admin, "PUBLISHED");
  // The text was last changed by the editor; publishing did not make the admin its last editor.
  await expect(admin.locator("[data-last-edited]")).toContainText("by Eun-ji Editor");

  await admin.goto(`/workspace/documents/${documentId}/history`);
  const published = admin.locator("[data-workflow-event='edition.publish']");
  await expect(published).toContainText("Edition 1: published");
  await expect(published).toContainText("you");
  await expect(admin.locator("[data-workflow-event='edition.submit']")).toContainText("Eun-ji Editor");

  await admin.goto(`/workspace/audit?document=${encodeURIComponent(stamp)}`);
  const rows = admin.locator("tbody tr");
  const row = (action: string) => admin.locator(`tbody tr[data-audit-action='${action}']`);
  await expect(row("edition.publish")).toHaveCount(1);
  await expect(row("edition.publish")).toContainText("Published");
  await expect(row("edition.publish")).toContainText("submitted for review → published");
  await expect(row("edition.publish")).toContainText("Ada Admin");
  await expect(row("edition.submit")).toContainText("Submitted for review");
  await expect(row("edition.submit")).toContainText("Eun-ji Editor");
  await expect(row("document.create")).toContainText("Created");
  await expect(admin.getByRole("link", { name: TITLE }).first()).toHaveAttribute("href", `/workspace/documents/${documentId}`);

  // The same through the form: who, what and when.
  await admin.goto("/workspace/audit");
  await admin.getByLabel("Who (name or email)").fill("Eun-ji");
  await admin.getByLabel("Document (title)").fill(stamp);
  await admin.getByLabel("What happened").selectOption({ label: "Submitted for review" });
  await admin.getByRole("button", { name: "Filter" }).click();
  await expect(admin).toHaveURL(/action=edition\.submit/);
  await expect(rows).toHaveCount(1);
  await admin.getByRole("link", { name: "Clear" }).click();
  await admin.getByLabel("Document (title)").fill(stamp);
  await admin.getByLabel("From").fill("2000-01-01");
  await admin.getByLabel("To").fill("2000-01-02");
  await admin.getByRole("button", { name: "Filter" }).click();
  await expect(admin.getByText("No events match.")).toBeVisible();

  // The whole log fits a 1280 px screen: nothing scrolls sideways.
  await admin.goto("/workspace/audit");
  await screenshot(admin, testInfo, "audit-log-1280");
  const widths = await admin.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    table: document.querySelector("table")!.getBoundingClientRect().right,
    scroller: (() => {
      const box = document.querySelector("table")!.parentElement!;
      return box.scrollWidth - box.clientWidth;
    })(),
  }));
  expect(widths.page).toBeLessThanOrEqual(1280);
  expect(widths.table).toBeLessThanOrEqual(1280);
  expect(widths.scroller).toBe(0);
  await admin.context().close();
});

test("deactivating an account asks once; cancelling leaves it active", async ({ browser }) => {
  const admin = await signedIn(browser, "ADMIN");
  const email = `jun.seo.${stamp}@chancery.example`;
  await createAccount(admin, { name: "Jun Seo", email, role: "WRITER" });
  await admin.goto("/workspace/users");
  await admin.getByRole("row").filter({ hasText: email }).getByRole("link").first().click();
  await admin.getByRole("button", { name: "Deactivate account" }).click();
  const dialog = admin.getByRole("dialog", { name: "Deactivate Jun Seo?" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await admin.reload();
  await expect(admin.getByRole("button", { name: "Deactivate account" })).toBeVisible();

  await admin.getByRole("button", { name: "Deactivate account" }).click();
  await confirmInDialog(admin, "Deactivate account");
  await expect(admin.getByRole("status").filter({ hasText: "Account deactivated." })).toBeVisible();
  await admin.goto(`/workspace/audit?action=user.deactivated`);
  await expect(admin.locator("tbody tr").filter({ hasText: email }).first()).toContainText("Account deactivated");
  await admin.context().close();
});
