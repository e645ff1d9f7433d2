import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, type APIRequestContext, type Browser, type BrowserContext, type BrowserContextOptions, type Cookie, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS } from "@/lib/seed/demo-accounts";
import type { Role } from "@/lib/db/generated/enums";

/**
 * Shared steps of the staff journeys: the demo accounts, signing in through the page or next-auth's endpoints, and
 * the saved session of each demo account (signed in once a run by e2e/staff-sessions.setup.ts) for the journeys that
 * start signed in. Journeys about signing in, signing out, sessions ending, role changes or deactivation sign in
 * for themselves.
 */

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

const SESSIONS = join(process.env.E2E_DATA_DIR ?? ".data/e2e", "staff-sessions");

/** Where the role's demo account's session is saved (cookies, as Playwright's storageState). */
export function staffSessionPath(role: Role): string {
  return join(SESSIONS, `${role.toLowerCase()}.json`);
}

/** Signs the role's demo account in within `context` and saves the session for the journeys after it. */
export async function saveStaffSession(context: BrowserContext, role: Role): Promise<void> {
  const account = demoAccount(role);
  await expectSignedIn(context.request, account.email, account.password);
  await context.storageState({ path: staffSessionPath(role) });
}

/**
 * Gives `context` the role's saved session. Signing out ends every session of the account (README, Sessions), so when
 * a journey has done that the account signs in again here, once, and the new session is saved for the next ones.
 */
async function takeStaffSession(context: BrowserContext, role: Role): Promise<void> {
  const saved = staffSessionPath(role);
  if (existsSync(saved)) await context.addCookies((JSON.parse(readFileSync(saved, "utf8")) as { cookies: Cookie[] }).cookies);
  const workspace = await context.request.get("/workspace", { maxRedirects: 0 });
  if (workspace.status() !== 200) await saveStaffSession(context, role);
}

/** Where signing in through the page would have left `page`: on the dashboard, as the role's demo account. */
export async function openWorkspaceAs(page: Page, role: Role): Promise<void> {
  await takeStaffSession(page.context(), role);
  await page.goto("/workspace");
}

/** A page on the workspace's dashboard in a fresh browser context, signed in as the role's demo account. */
export async function staffPage(browser: Browser, role: Role, options: BrowserContextOptions = {}): Promise<Page> {
  const page = await (await browser.newContext(options)).newPage();
  await openWorkspaceAs(page, role);
  return page;
}

/** `staffPage`, with dialogs ("Delete …?") accepted: the journey always means it. */
export async function signedInPage(browser: Browser, role: Role): Promise<Page> {
  const page = await staffPage(browser, role);
  page.on("dialog", (dialog) => void dialog.accept());
  return page;
}
