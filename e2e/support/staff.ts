import { expect, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS } from "@/lib/seed/demo-accounts";
import type { Role } from "@/lib/db/generated/enums";

/** Shared steps of the staff journeys: the demo accounts, and signing in through the page or next-auth's endpoints. */

export function demoAccount(role: Role) {
  const account = DEMO_ACCOUNTS.find((entry) => entry.role === role);
  if (!account) throw new Error(`No demo account for ${role}`);
  return account;
}

/** Through the sign-in page, as a person does. */
export async function signInThroughPage(page: Page, email: string, password: string, path = "/login"): Promise<void> {
  await page.goto(path);
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Through next-auth's standard endpoints: GET /api/auth/csrf, then POST the credentials form. */
export async function signInThroughApi(request: APIRequestContext, email: string, password: string) {
  const csrf = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken: csrf.csrfToken, email, password },
    maxRedirects: 0,
  });
  return response;
}

export async function expectSignedIn(request: APIRequestContext, email: string, password: string): Promise<void> {
  const response = await signInThroughApi(request, email, password);
  expect(response.status(), `sign-in of ${email}`).toBe(302);
  expect(response.headers().location ?? "").not.toContain("error=");
}

/** A page in a fresh browser context, signed in as the role's demo account; dialogs ("Delete …?") are accepted. */
export async function signedInPage(browser: Browser, role: Role): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  page.on("dialog", (dialog) => void dialog.accept());
  const account = demoAccount(role);
  await signInThroughPage(page, account.email, account.password);
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
  return page;
}
