import { expect, test } from "@playwright/test";
import { waitForMail } from "./support/outbox";
import { confirmInDialog } from "./support/workspace";
import { signedInPage as signedIn } from "./support/staff";

/*
 * Issue 12, journalist alerts: a reader subscribes from the press releases list, confirms through the mailed link,
 * gets one mail when a release is published, and unsubscribes with one click as a mail client would (RFC 8058).
 */

test("a reader subscribes, confirms, gets the alert for a new release and unsubscribes with one click", async ({ browser, request }) => {
  test.setTimeout(180_000);
  const stamp = Date.now().toString(36);
  const reader = `desk-${stamp}@wire.example`;
  const title = `Foreign Minister to visit Nairobi ${stamp}`;
  const page = await (await browser.newContext()).newPage();

  await test.step("from the list, the subscribe page has press releases ticked; the form asks for what is missing", async () => {
    await page.goto("/en/press-releases");
    await page.getByRole("link", { name: "Get press releases by e-mail" }).click();
    await expect(page).toHaveURL(/\/en\/alerts\?kind=PRESS_RELEASE/);
    await expect(page.getByRole("checkbox", { name: "Press releases", exact: true })).toBeChecked();
    await page.getByRole("button", { name: "Subscribe" }).click();
    await expect(page.getByText("Enter your e-mail address").first()).toBeVisible();
    await page.getByLabel("Your e-mail address").fill(reader);
    await page.getByLabel("As soon as something is published").check();
    await page.screenshot({ path: "test-results/alerts-subscribe.png", fullPage: true });
    await page.getByRole("button", { name: "Subscribe" }).click();
    await expect(page).toHaveURL(/\/en\/alerts\/check-your-email$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your e-mail");
  });

  await test.step("the mailed link asks before confirming", async () => {
    const confirmation = await waitForMail(reader, /^Confirm your e-mail alerts$/);
    const link = new URL(/https?:\/\/\S+\/en\/alerts\/confirm\?token=\S+/.exec(confirmation.text)![0]);
    await page.goto(`${link.pathname}${link.search}`);
    await expect(page.locator("[data-following]")).toContainText("Press releases");
    await page.getByRole("button", { name: "Confirm and start my alerts" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your alerts are on");
  });

  await test.step("a release is published and the reader gets one mail about it", async () => {
    const writer = await signedIn(browser, "WRITER");
    await writer.goto("/workspace/documents/new");
    await writer.getByLabel("Title", { exact: true }).fill(title);
    const textTab = writer.getByRole("tab", { name: "Text" });
    if ((await textTab.getAttribute("aria-selected")) !== "true") await textTab.click();
    await writer.getByLabel("Body as text").fill("1. The Foreign Minister will visit Kenya next week.");
    await writer.getByRole("button", { name: "Create draft" }).click();
    await writer.waitForURL(/\/workspace\/documents\/(?!new$)[a-z0-9]+$/);
    await writer.getByRole("button", { name: "Submit for review" }).click();
    await expect(writer.locator("[data-edition-state]")).toHaveAttribute("data-edition-state", "SUBMITTED");
    const editor = await signedIn(browser, "EDITOR");
    await editor.goto(new URL(writer.url()).pathname);
    await editor.getByRole("button", { name: "Publish", exact: true }).click();
    await confirmInDialog(editor, "Publish now");
    await expect(editor.locator("[data-edition-state]")).toHaveAttribute("data-edition-state", "PUBLISHED");
  });

  const alert = await waitForMail(reader, new RegExp(`^Press release: ${title}$`));
  expect(alert.text).toContain("/en/press-releases/");
  expect(alert.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
  const oneClick = new URL(/^<([^>]+)>$/.exec(alert.headers["list-unsubscribe"] ?? "")![1]!);

  await test.step("one click from the mail client unsubscribes, with no session", async () => {
    const answer = await request.post(`${oneClick.pathname}${oneClick.search}`, { form: { "List-Unsubscribe": "One-Click" } });
    expect(answer.status()).toBe(200);
    // The page link in the mail still answers, and says the address is off the list once confirmed there.
    const pageLink = new URL(/https?:\/\/\S+\/en\/alerts\/unsubscribe\?token=\S+/.exec(alert.text)![0]);
    await page.goto(`${pageLink.pathname}${pageLink.search}`);
    await page.getByRole("button", { name: "Stop all my alerts" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("You are unsubscribed");
  });
});
