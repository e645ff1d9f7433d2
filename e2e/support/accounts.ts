import { expect, type Page } from "@playwright/test";
import type { Role } from "@/lib/db/generated/enums";

/** An admin (already signed in on `page`) creates an account; returns the one-time password shown once. */
export async function createAccount(page: Page, account: { name: string; email: string; role: Role }): Promise<string> {
  await page.goto("/workspace/users/new");
  await page.getByLabel("Full name").fill(account.name);
  await page.getByLabel("Email address").fill(account.email);
  await page.getByLabel("Role").selectOption(account.role);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Account created for ${account.name}.` })).toBeVisible();
  const password = (await page.getByTestId("one-time-password").textContent())?.trim() ?? "";
  expect(password).toMatch(/^[A-Za-z0-9]{4}(-[A-Za-z0-9]{4}){3}$/);
  return password;
}
