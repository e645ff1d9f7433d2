import { expect, test } from "@playwright/test";
import { signedInPage as signedIn } from "./support/staff";

/*
 * Two people edit the same draft in two browsers. The second save is refused, nothing typed is lost, and both
 * texts are on screen to merge by hand; saving the merged text then goes through.
 */

test("the second of two saves is refused with both texts shown, and nothing is lost", async ({ browser }) => {
  const stamp = Date.now().toString(36);
  const first = await signedIn(browser, "EDITOR");
  const second = await signedIn(browser, "ADMIN");

  await first.goto("/workspace/documents/new");
  await first.getByLabel("Title", { exact: true }).fill(`Briefing schedule ${stamp}`);
  await first.getByLabel("Body as text").fill("1. The spokesperson will brief the press on Thursday at 10:00.");
  await first.getByRole("button", { name: "Create draft" }).click();
  await first.waitForURL(/\/workspace\/documents\/(?!new$)[a-z0-9]+$/);
  const documentUrl = new URL(first.url()).pathname;

  // Both have the draft open at the same version.
  await second.goto(documentUrl);
  await expect(second.getByLabel("Title", { exact: true })).toHaveValue(`Briefing schedule ${stamp}`);

  await first.getByLabel("Title", { exact: true }).fill(`Briefing moved to Friday ${stamp}`);
  await first.getByRole("button", { name: "Save", exact: true }).click();
  await expect(first.locator("[data-save-status]")).toContainText("Saved at");

  const mine = `Briefing on Thursday, with the Vice Minister ${stamp}`;
  await second.getByLabel("Title", { exact: true }).fill(mine);
  await second.getByRole("button", { name: "Save", exact: true }).click();

  const conflict = second.locator("[data-conflict]");
  await expect(conflict).toContainText("Not saved: Eun-ji Editor saved this edition after you opened it");
  await expect(second.getByTestId("their-version")).toContainText(`Briefing moved to Friday ${stamp}`);
  await expect(second.getByTestId("your-version")).toContainText(mine);
  await expect(conflict.locator("[data-revision-diff]")).toContainText("title changed");
  await expect(conflict.locator("del").filter({ hasText: "Friday" }).first()).toBeVisible();
  // What they typed is still in the form.
  await expect(second.getByLabel("Title", { exact: true })).toHaveValue(mine);
  await expect(second.locator("[data-save-status]")).toContainText("Conflict");

  // They merge by hand and save over the other version.
  const merged = `Briefing moved to Friday, with the Vice Minister ${stamp}`;
  await second.getByLabel("Title", { exact: true }).fill(merged);
  await second.getByRole("button", { name: "Save my version over theirs" }).click();
  await expect(conflict).toHaveCount(0);
  await expect(second.locator("[data-save-status]")).toContainText("Saved at");

  await first.reload();
  await expect(first.getByLabel("Title", { exact: true })).toHaveValue(merged);
});
