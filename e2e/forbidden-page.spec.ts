import { expect, test } from "@playwright/test";
import { openWorkspaceAs } from "./support/staff";

test("a writer opening an admin-only page gets a 403 page, inside the workspace", async ({ page }) => {
  await openWorkspaceAs(page, "WRITER");
  await expect(page).toHaveURL(/\/workspace$/);

  for (const path of ["/workspace/users", "/workspace/users/new", "/workspace/audit"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("You do not have access to this page");
    await expect(page.getByText("with the writer role")).toBeVisible();
  }
  // The menu never offered it, and still does not.
  await expect(page.getByRole("navigation", { name: "Workspace" }).getByRole("link", { name: "Users" })).toHaveCount(0);
  await page.getByRole("link", { name: "Go to your dashboard" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
});
