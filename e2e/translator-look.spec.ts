import { expect, test } from "@playwright/test";
import { demoAccount, signInThroughPage } from "./support/staff";

// Temporary: screenshots while building the translation pages.
test("look at the queue and the workspace", async ({ page }) => {
  const admin = demoAccount("ADMIN");
  await page.setViewportSize({ width: 1280, height: 900 });
  await signInThroughPage(page, admin.email, admin.password);
  await page.waitForURL(/\/admin/);
  await page.goto("/admin/translations");
  await page.screenshot({ path: "/tmp/shots/queue-1280.png", fullPage: true });
  await page.locator("[data-queue-item] a").first().click();
  await page.waitForURL(/translate/);
  await page.screenshot({ path: "/tmp/shots/start-1280.png", fullPage: true });
  await page.getByRole("button", { name: /Start translation/ }).click();
  await expect(page.locator("[data-translation-editor]")).toBeVisible();
  await page.getByLabel("Title in Korean (한국어)").fill("번역 제목");
  await page.locator("[data-row] textarea").first().fill("첫째 문단 번역");
  await page.keyboard.press("Control+Enter");
  await page.keyboard.type("둘째 문단");
  await expect(page.locator("[data-save-status]")).toContainText("Saved at", { timeout: 15000 });
  await page.screenshot({ path: "/tmp/shots/workspace-1280.png", fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: "/tmp/shots/workspace-390.png", fullPage: true });
  await page.goto("/admin/translations");
  await page.screenshot({ path: "/tmp/shots/queue-390.png", fullPage: true });
});
