import { expect, test } from "@playwright/test";
import { createAccount } from "./support/accounts";
import { demoAccount, signInThroughPage } from "./support/staff";
import { confirmInDialog } from "./support/workspace";

test("an admin creates an account; its owner signs in with the one-time password and must choose their own; role changes and deactivation apply at once", async ({ page, browser, baseURL }) => {
  const admin = demoAccount("ADMIN");
  const email = `mina.park.${Date.now()}@chancery.example`;
  await signInThroughPage(page, admin.email, admin.password);
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  const oneTimePassword = await createAccount(page, { name: "Mina Park", email, role: "WRITER" });

  await page.goto("/workspace/users");
  const row = page.getByRole("row").filter({ hasText: email });
  await expect(row).toContainText("Writer");
  await expect(row).toContainText("One-time password");

  const newcomer = await browser.newContext({ baseURL });
  const mina = await newcomer.newPage();
  await signInThroughPage(mina, email, oneTimePassword);
  await expect(mina).toHaveURL(/\/login\/password$/);
  await expect(mina.getByRole("heading", { level: 1 })).toHaveText("Choose your password");

  // Until then the workspace sends her back here.
  await mina.goto("/workspace");
  await expect(mina).toHaveURL(/\/login\/password$/);

  await mina.getByLabel("One-time password").fill(oneTimePassword);
  await mina.getByLabel("New password", { exact: true }).fill("short");
  await mina.getByLabel("New password again").fill("short");
  await mina.getByRole("button", { name: "Save new password" }).click();
  await expect(mina.getByRole("alert").filter({ hasText: "Password must be at least 12 characters." })).toBeVisible();

  await mina.getByLabel("One-time password").fill(oneTimePassword);
  await mina.getByLabel("New password", { exact: true }).fill("Minas-own-passphrase-26");
  await mina.getByLabel("New password again").fill("Minas-own-passphrase-26");
  await mina.getByRole("button", { name: "Save new password" }).click();
  await expect(mina).toHaveURL(/\/login\?passwordChanged=1$/);
  await expect(mina.getByRole("status").filter({ hasText: "Your password has been changed." })).toBeVisible();

  await signInThroughPage(mina, email, "Minas-own-passphrase-26");
  await expect(mina.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await expect(mina.getByRole("navigation", { name: "Workspace" }).getByRole("link")).toHaveText(["Dashboard", "Documents", "New document", "Media"]);

  // A changed role applies on her next request: she is signed out and comes back with the editor's workspace.
  await page.goto("/workspace/users");
  await page.getByRole("link", { name: "Mina Park" }).click();
  await page.getByLabel("Role").selectOption("EDITOR");
  await page.getByRole("button", { name: "Change role" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Role changed." })).toBeVisible();
  // The list shows the role she has now: pressing Change again would not revert it.
  await expect(page.getByLabel("Role")).toHaveValue("EDITOR");
  await mina.goto("/workspace");
  await expect(mina).toHaveURL(/\/login$/);
  await signInThroughPage(mina, email, "Minas-own-passphrase-26");
  await expect(mina.getByRole("navigation", { name: "Workspace" }).getByRole("link")).toHaveText(["Dashboard", "Documents", "Awaiting review", "Translations", "New document", "Import", "Media", "Taxonomy", "Press lists", "Outbox"]);

  // Deactivation too: out at once, and no way back in.
  await page.getByRole("button", { name: "Deactivate account" }).click();
  await confirmInDialog(page, "Deactivate account");
  await expect(page.getByRole("status").filter({ hasText: "Account deactivated." })).toBeVisible();
  await mina.reload();
  await expect(mina).toHaveURL(/\/login$/);
  await signInThroughPage(mina, email, "Minas-own-passphrase-26");
  await expect(mina.locator("#sign-in-error")).toContainText("The email or password is incorrect.");
  await newcomer.close();
});
