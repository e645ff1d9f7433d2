import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS } from "@/lib/seed/demo-accounts";
import { ROLE_LABELS } from "@/lib/auth/policy";
import { navigationFor } from "@/app/workspace/navigation";
import { signInThroughPage } from "./support/staff";

test.describe("each demo account signs in and sees its own workspace", () => {
  for (const account of DEMO_ACCOUNTS) {
    test(`the ${ROLE_LABELS[account.role].toLowerCase()}`, async ({ page }) => {
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));

      await page.goto("/login");
      await expect(page.getByRole("heading", { name: "Demo accounts" })).toBeVisible();
      await signInThroughPage(page, account.email, account.password);

      await expect(page).toHaveURL(/\/workspace$/);
      await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
      await expect(page.getByTestId("signed-in-as")).toHaveText(account.name);

      const expected = navigationFor({ id: "demo", role: account.role, active: true, translatorLocales: account.translatorLocales }).map((entry) => entry.label);
      const menu = page.getByRole("navigation", { name: "Workspace" }).getByRole("link");
      await expect(menu).toHaveText(expected);
      expect(errors).toEqual([]);
    });
  }

  test("a wrong password is refused without saying whether the email exists", async ({ page }) => {
    await signInThroughPage(page, "editor@chancery.example", "not-the-password-1");
    await expect(page.locator("#sign-in-error")).toContainText("The email or password is incorrect.");
    await signInThroughPage(page, "nobody-at-all@chancery.example", "not-the-password-1");
    await expect(page.locator("#sign-in-error")).toContainText("The email or password is incorrect.");
    await expect(page).toHaveURL(/\/login/);
  });

  test("an anonymous visitor is sent to sign in and comes back to the page they asked for", async ({ page }) => {
    const admin = DEMO_ACCOUNTS.find((entry) => entry.role === "ADMIN")!;
    await page.goto("/workspace/audit");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fworkspace%2Faudit$/);
    await page.getByLabel("Email address").fill(admin.email);
    await page.getByLabel("Password").fill(admin.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/workspace\/audit$/);
    await expect(page.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
  });
});
