import { expect, test } from "@playwright/test";
import { demoAccount, signInThroughPage } from "./support/staff";

test("signing out ends the session here and everywhere else", async ({ page, browser, baseURL }) => {
  const editor = demoAccount("EDITOR");
  await signInThroughPage(page, editor.email, editor.password);
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();

  // A second browser signed in as the same person, and a copy of this browser's session cookie.
  const elsewhere = await browser.newContext({ baseURL });
  const otherPage = await elsewhere.newPage();
  await signInThroughPage(otherPage, editor.email, editor.password);
  await expect(otherPage.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  const copied = await browser.newContext({ baseURL, storageState: await page.context().storageState() });

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login\?signedOut=1$/);
  await expect(page.getByRole("status").filter({ hasText: "You have signed out" })).toBeVisible();

  const response = await page.goto("/workspace");
  expect(response?.url()).toMatch(/\/login\?callbackUrl=%2Fworkspace$|\/login$/);
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();

  for (const context of [elsewhere, copied]) {
    const check = await context.request.get("/workspace", { maxRedirects: 0 });
    expect(check.status()).toBe(307);
    expect(check.headers().location).toContain("/login");
    await context.close();
  }
});
