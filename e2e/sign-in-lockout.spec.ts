import { expect, test, type Page } from "@playwright/test";
import { createAccount } from "./support/accounts";
import { demoAccount, signInThroughPage } from "./support/staff";

const LOCKED = "Sign-in is locked for 15 minutes";

async function failOnce(page: Page, email: string): Promise<string> {
  await signInThroughPage(page, email, "a-wrong-password-1");
  const alert = page.locator("#sign-in-error");
  await expect(alert).toBeVisible();
  return (await alert.textContent()) ?? "";
}

test("repeated failures slow sign-in down, then lock the account, even against the right password", async ({ page, browser, baseURL }) => {
  test.setTimeout(90_000);
  // An account of its own, so no other journey is locked out.
  const admin = demoAccount("ADMIN");
  const email = `lockout.${Date.now()}@chancery.example`;
  await signInThroughPage(page, admin.email, admin.password);
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  const password = await createAccount(page, { name: "Locked Out", email, role: "EDITOR" });

  const stranger = await (await browser.newContext({ baseURL })).newPage();
  const messages: string[] = [];
  for (let attempt = 0; attempt < 12 && !messages.at(-1)?.includes(LOCKED); attempt++) {
    messages.push(await failOnce(stranger, email));
    // After the third failure each attempt must wait (1 s, then 2 s); trying sooner is refused and not counted.
    if (messages.length >= 3) await stranger.waitForTimeout(2_100);
  }
  expect(messages.slice(0, 3)).toEqual(Array(3).fill(expect.stringContaining("The email or password is incorrect.")));
  expect(messages.at(-1)).toContain(LOCKED);

  // The right password does not help while the lock holds.
  await signInThroughPage(stranger, email, password);
  await expect(stranger.locator("#sign-in-error")).toContainText(LOCKED);
  await expect(stranger).toHaveURL(/\/login/);

  // The admin sees the lock, and the log says what happened.
  await page.goto("/workspace/users");
  await expect(page.getByRole("row").filter({ hasText: email })).toContainText("Locked until");
  await page.goto(`/workspace/audit?action=auth.locked_out&actor=${encodeURIComponent(email)}`);
  await expect(page.getByRole("row").filter({ hasText: "Sign-in locked" })).toHaveCount(1);
});
