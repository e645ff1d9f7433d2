import { expect, test } from "@playwright/test";
import { utcToOfficeTime } from "@/lib/content/office-time";
import { slugify } from "@/lib/content/slug";
import { waitForMail } from "./support/outbox";
import { signedInPage as signedIn } from "./support/staff";

/*
 * Issue 12, embargo: an editor puts a writer's release under embargo to a press list; the journalist on it gets the
 * mail, opens their personal link and reads the text under an "EMBARGOED UNTIL" banner, while the public gets a 404;
 * at the time the scheduler publishes it, the link leads to the public page, and the desk shows who opened it.
 */

const ZONE = process.env.CHANCERY_TIME_ZONE ?? "Asia/Seoul";
const MINUTE = 60_000;

/** The next whole minute at least 40 s away, in office time. */
function soonInOfficeTime(): { local: string; at: number } {
  const now = Date.now();
  let at = Math.ceil(now / MINUTE) * MINUTE;
  if (at - now < 40_000) at += MINUTE;
  return { local: utcToOfficeTime(new Date(at), ZONE), at };
}

test("an editor embargoes a release to a press list; the journalist reads it early; it goes live at the time", async ({ browser }) => {
  test.setTimeout(240_000);
  const stamp = Date.now().toString(36);
  const title = `Joint statement of the foreign ministers ${stamp}`;
  const journalist = `reporter-${stamp}@daily.example`;
  const listName = `Diplomatic correspondents ${stamp}`;
  const writer = await signedIn(browser, "WRITER");
  const editor = await signedIn(browser, "EDITOR");

  await test.step("the writer drafts the release and submits it", async () => {
    await writer.goto("/admin/documents/new");
    await writer.getByLabel("Title", { exact: true }).fill(title);
    const textTab = writer.getByRole("tab", { name: "Text" });
    if ((await textTab.getAttribute("aria-selected")) !== "true") await textTab.click();
    await writer.getByLabel("Body as text").fill("1. The foreign ministers agreed to open a direct line between their ministries.");
    await writer.getByRole("button", { name: "Create draft" }).click();
    await writer.waitForURL(/\/admin\/documents\/(?!new$)[a-z0-9]+$/);
    await writer.getByRole("button", { name: "Submit for review" }).click();
    await expect(writer.locator("[data-edition-state]")).toHaveAttribute("data-edition-state", "SUBMITTED");
  });
  const documentUrl = new URL(writer.url()).pathname;

  await test.step("the editor makes a press list with one journalist", async () => {
    await editor.goto("/admin/press-lists");
    await editor.getByLabel("Name", { exact: true }).fill(listName);
    await editor.getByRole("button", { name: "Create press list" }).click();
    const list = editor.locator(`[data-press-list="${listName}"]`);
    await expect(list).toBeVisible();
    await list.getByLabel("Name", { exact: true }).fill("Ana Reporter");
    await list.getByLabel("E-mail").fill(journalist);
    await list.getByLabel("Outlet").fill("The Daily");
    await list.getByRole("button", { name: "Add to the list" }).click();
    await expect(list.getByRole("cell", { name: journalist })).toBeVisible();
  });

  const { local, at } = soonInOfficeTime();
  await test.step("the editor sends the release under embargo", async () => {
    await editor.goto(documentUrl);
    await editor.getByText("Embargo…").click();
    await editor.getByLabel("Embargoed until").fill(local);
    await editor.getByLabel(new RegExp(`^${listName}`)).check();
    await editor.getByRole("button", { name: "Send under embargo" }).click();
    await expect(editor.locator("[data-desk-notice]")).toContainText("Under embargo until");
    await expect(editor.locator("[data-edition-state]")).toHaveAttribute("data-edition-state", "SCHEDULED");
    await expect(editor.locator("[data-recipient]")).toContainText("Ana Reporter");
  });

  const mail = await waitForMail(journalist, /^EMBARGOED UNTIL /);
  expect(mail.text).toContain("The foreign ministers agreed to open a direct line");
  const link = new URL(/https?:\/\/\S+\/embargoed\/[A-Za-z0-9_-]+/.exec(mail.text)![0]);
  const publicPath = `/en/press-releases/${slugify(title)}`;

  const reader = await (await browser.newContext()).newPage();
  await test.step("the journalist opens the personal link and reads it under the banner; the public does not see it", async () => {
    const response = await reader.goto(link.pathname);
    expect(response?.status()).toBe(200);
    expect(response?.headers()["cache-control"]).toMatch(/private/);
    expect(response?.headers()["cache-control"]).toMatch(/no-store/);
    expect(response?.headers()["x-robots-tag"]).toBe("noindex, nofollow");
    await expect(reader.locator("[data-embargo-banner]")).toContainText(/EMBARGOED UNTIL/i);
    await expect(reader.locator("[data-embargo-banner]")).toContainText("Ana Reporter (The Daily)");
    await expect(reader.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(reader.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
    await reader.screenshot({ path: "test-results/embargoed-link.png", fullPage: true });

    expect((await reader.goto(publicPath))?.status()).toBe(404);
    await reader.goto("/en/press-releases");
    await expect(reader.locator("main")).not.toContainText(title);
    await reader.goto(`/en/search?q=${encodeURIComponent(stamp)}`);
    await expect(reader.locator("main")).not.toContainText(title);
  });

  await test.step("the desk shows the opening", async () => {
    await editor.reload();
    await expect(editor.locator(`[data-recipient="${journalist}"] [data-open-count]`)).toHaveText("1");
    await editor.screenshot({ path: "test-results/embargo-desk.png", fullPage: true });
  });

  await test.step("at the time it publishes itself, and the link leads to the public page", async () => {
    await expect(async () => {
      await editor.reload();
      await expect(editor.locator("[data-edition-state]")).toHaveAttribute("data-edition-state", "PUBLISHED");
    }).toPass({ timeout: at - Date.now() + 60_000, intervals: [3_000] });
    await reader.goto(link.pathname);
    await expect(reader).toHaveURL(new RegExp(`${publicPath}$`));
    await expect(reader.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(reader.locator("[data-embargo-banner]")).toHaveCount(0);
  });
});
