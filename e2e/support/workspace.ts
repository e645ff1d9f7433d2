import { expect, type Browser, type Page, type TestInfo } from "@playwright/test";
import type { Role } from "@/lib/db/generated/enums";
import { staffPage } from "./staff";

/** Shared steps of the desk journeys (issue 9): a signed-in page per role, a Korean draft, screenshots. */

export function signedIn(browser: Browser, role: Role, viewport = { width: 1280, height: 900 }): Promise<Page> {
  return staffPage(browser, role, { viewport });
}

/** Creates a Korean press release draft through the form; returns its document id. */
export async function createKoreanDraft(page: Page, title: string, body: string): Promise<string> {
  await page.goto("/workspace/documents/new");
  await page.getByLabel("Written in").selectOption("ko");
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByLabel("Body as text").fill(body);
  await page.getByRole("button", { name: "Create draft" }).click();
  await page.waitForURL(/\/workspace\/documents\/(?!new$)[^/]+$/);
  return new URL(page.url()).pathname.split("/").at(-1)!;
}

export async function expectState(page: Page, state: string): Promise<void> {
  await expect(page.locator("[data-edition-state]")).toHaveAttribute("data-edition-state", state);
}

export async function screenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: true });
  await testInfo.attach(name, { path, contentType: "image/png" });
}

/** Answers the question a publish, schedule or deactivation asks once: presses `answer` in the open dialog. */
export async function confirmInDialog(page: Page, answer: string): Promise<void> {
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: answer, exact: true }).click();
  await expect(dialog).toBeHidden();
}
