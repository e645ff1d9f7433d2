import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { openWorkspaceAs } from "./support/staff";

/*
 * An editor brings in pages from the archive. The preview says how sure the importer is of each field; a page
 * whose headline, date or body it is unsure of waits for the editor's tick, and a page with no headline is refused.
 */

const fixture = (path: string) => readFileSync(`test-support/import/fixtures/${path}`, "utf8");

test("an editor previews archive pages, confirms the uncertain one, and imports them as drafts", async ({ page }) => {
  const stamp = Date.now().toString(36);
  const sure = { name: `older-layout-${stamp}.txt`, mimeType: "text/plain", buffer: Buffer.from(fixture("classes/older-ministry-layout.txt").replace("Diplomatic Passports", `Diplomatic Passports ${stamp}`)) };
  const unsure = { name: `magazine-${stamp}.txt`, mimeType: "text/plain", buffer: Buffer.from(fixture("corpus/19_dqliving-jo-byungwook-interview.txt").replace("Jo ByungWook", `Jo ByungWook ${stamp}`)) };
  const untitled = { name: `body-only-${stamp}.txt`, mimeType: "text/plain", buffer: Buffer.from(fixture("corpus/06_mofa-eng-rok-mongolia-consular-consultation.txt")) };

  await openWorkspaceAs(page, "EDITOR");
  await page.goto("/workspace/import");
  await page.getByLabel("Pages to import").setInputFiles([sure, unsure, untitled]);
  await page.getByRole("button", { name: "Preview (nothing is saved)" }).click();

  const preview = page.getByRole("status");
  await expect(preview.getByRole("heading", { name: "Preview: 2 of 3 pages can be imported" })).toBeVisible();
  await expect(preview.getByText("Cannot be imported: no title found — the page shows no headline")).toBeVisible();
  const unsureRow = preview.getByRole("row").filter({ hasText: unsure.name });
  await expect(unsureRow.locator('[data-confidence="low"]')).toHaveCount(3); // title, date, questions
  await expect(unsureRow.locator('[data-confidence="low"]').getByText("the page shows no date of its own: give the public date")).toBeVisible();
  const sureRow = preview.getByRole("row").filter({ hasText: sure.name });
  await expect(sureRow.locator('[data-confidence="low"]')).toHaveCount(0);
  await expect(sureRow.getByRole("checkbox")).toHaveCount(0);
  await page.screenshot({ path: "test-results/import-preview-confidence.png", fullPage: true });

  // Importing before the check: the uncertain page waits, the others go in.
  await page.getByRole("button", { name: "Import as drafts" }).click();
  await expect(page.getByRole("heading", { name: "1 document imported as drafts" })).toBeVisible();
  await expect(page.getByText("not imported until you confirm its title, date, paragraphs or questions in the preview")).toBeVisible();

  await page.getByRole("button", { name: "Preview (nothing is saved)" }).click();
  await page.getByRole("status").getByRole("checkbox", { name: "Checked: title, date, paragraphs or questions" }).check();
  await page.getByRole("button", { name: "Import as drafts" }).click();
  await expect(page.getByRole("heading", { name: "1 document imported as drafts" })).toBeVisible();
  await expect(page.getByText("Already imported")).toBeVisible();
  await page.getByRole("link", { name: `Interview with Ambassador Jo ByungWook ${stamp}` }).click();
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue(`Interview with Ambassador Jo ByungWook ${stamp}`);
});
