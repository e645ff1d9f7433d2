import { expect, test } from "@playwright/test";
import { openWorkspaceAs } from "./support/staff";

test("an editor sees each published edition's fingerprint on the history page, checked against what is stored", async ({ page }) => {
  await openWorkspaceAs(page, "EDITOR");
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await page.goto("/workspace/documents");
  await page.getByRole("link", { name: "ROK and Azerbaijan Hold 3rd Policy Consultation" }).first().click();
  await page.getByRole("link", { name: /History/ }).first().click();
  await expect(page).toHaveURL(/\/history$/);

  const record = page.getByTestId("record-1");
  await expect(record).toContainText("Edition 1");
  await expect(record.locator("code")).toHaveText(/^[0-9a-f]{64}$/);
  await expect(record).toContainText("Unchanged since publication");
  await page.getByRole("heading", { name: "Published records" }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: "test-results/history-published-records.png", fullPage: false });
});
