// Issue 6: "title, summary/lede and taxonomy display names are translated too". A translator names a document's
// country in English from the translation workspace, and readers of the English page see that name.
import { expect, test } from "@playwright/test";
import { READER_FIXTURES } from "@/test-support/fixtures/reader";
import { openWorkspaceAs } from "./support/staff";

test("a translator names a tag in their language from the workspace, and the English page shows it", async ({ page, request }) => {
  await openWorkspaceAs(page, "TRANSLATOR");
  await page.goto("/workspace/translations?locale=en");
  // By the fixture's own title: other journeys add Korean releases that mention Uzbekistan too.
  await page.locator("li, tr").filter({ hasText: "한-우즈베키스탄 외교차관 전략대화" }).getByRole("link", { name: /Update|Continue|Start/ }).first().click();
  await expect(page).toHaveURL(/\/translate\/en$/);

  const names = page.getByRole("form", { name: "Tag names in English" });
  const country = names.locator("tr[data-taxonomy=country]");
  await expect(country).toContainText("우즈베키스탄");
  await country.getByRole("textbox").first().fill("Republic of Uzbekistan");
  await names.getByRole("button", { name: "Save names" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Names saved." })).toBeVisible();

  // Readers of the English page see the name at once (the save refreshes the pages that use the tag). Fetched
  // without a browser so the view counter of this page is left alone.
  const article = await request.get(`/en/press-releases/${READER_FIXTURES.counted}`);
  expect(article.status()).toBe(200);
  expect(await article.text()).toContain("Republic of Uzbekistan");

  // The saved name is what the workspace shows from now on.
  await page.reload();
  await expect(country.getByRole("textbox").first()).toHaveValue("Republic of Uzbekistan");
});
