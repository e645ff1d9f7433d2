import { expect, test } from "@playwright/test";
import sharp from "sharp";
import { utcToOfficeTime } from "@/lib/time/office-time";
import { slugify } from "@/lib/validation/slug";
import { waitForMail } from "./support/outbox";
import { signedInPage as signedIn } from "./support/staff";

/*
 * Issue 12, embargo: an editor puts a writer's release under embargo to a press list; the journalist on it gets the
 * mail, opens their personal link and reads the text under an "EMBARGOED UNTIL" banner, while the public gets a 404;
 * at the time the scheduler publishes it, the link leads to the public page, and the desk shows who opened it.
 * Issue 15: its lead photo is shown to the journalist through their link, and to the public only once it is live.
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

  const caption = `The ministers at the signing ${stamp}`;
  await test.step("the writer uploads a photo, drafts the release with it as the lead image and submits it", async () => {
    await writer.goto("/workspace/media");
    const photo = await sharp({ create: { width: 1200, height: 800, channels: 3, background: { r: 40, g: 90, b: Date.now() % 256 } } }).jpeg().toBuffer();
    const upload = writer.locator("[data-upload-media]");
    await upload.getByLabel("File", { exact: true }).setInputFiles({ name: "signing.jpg", mimeType: "image/jpeg", buffer: photo });
    await upload.getByLabel("Language of the texts below").selectOption("en");
    await upload.getByLabel("Alt text").fill("Two ministers signing the statement");
    await upload.getByLabel(/^Caption/).fill(caption);
    await upload.getByRole("button", { name: "Upload" }).click();
    await expect(writer.getByRole("status").filter({ hasText: "Photo added to the library." }).first()).toBeVisible();

    await writer.goto("/workspace/documents/new");
    await writer.getByLabel("Title", { exact: true }).fill(title);
    const textTab = writer.getByRole("tab", { name: "Text" });
    if ((await textTab.getAttribute("aria-selected")) !== "true") await textTab.click();
    await writer.getByLabel("Body as text").fill("1. The foreign ministers agreed to open a direct line between their ministries.");
    await writer.getByRole("button", { name: "Create draft" }).click();
    await writer.waitForURL(/\/workspace\/documents\/(?!new$)[a-z0-9]+$/);
    await writer.getByLabel("Lead image").selectOption({ label: caption });
    await writer.getByRole("button", { name: "Save", exact: true }).click();
    await expect(writer.locator("[data-save-status]")).toContainText("Saved at", { timeout: 15_000 });
    await writer.getByRole("button", { name: "Submit for review" }).click();
    await expect(writer.locator("[data-edition-state]")).toHaveAttribute("data-edition-state", "SUBMITTED");
  });
  const documentUrl = new URL(writer.url()).pathname;

  await test.step("the editor makes a press list with one journalist", async () => {
    await editor.goto("/workspace/press-lists");
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
    await expect(editor.locator("[data-edition-notice]")).toContainText("Under embargo until");
    await expect(editor.locator("[data-edition-state]")).toHaveAttribute("data-edition-state", "SCHEDULED");
    await expect(editor.locator("[data-recipient]")).toContainText("Ana Reporter");
  });

  const mail = await waitForMail(journalist, /^EMBARGOED UNTIL /);
  expect(mail.text).toContain("The foreign ministers agreed to open a direct line");
  const link = new URL(/https?:\/\/\S+\/embargoed\/[A-Za-z0-9_-]+/.exec(mail.text)![0]);
  const publicPath = `/en/press-releases/${slugify(title)}`;

  const reader = await (await browser.newContext()).newPage();
  let photoUrl = "";
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
    // The lead photo, served through a route that checks the token: private, never cached.
    const figure = reader.locator("figure[data-block=image]");
    await expect(figure.locator("figcaption")).toContainText(caption);
    await expect.poll(() => figure.locator("img").evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    const src = (await figure.locator("img").getAttribute("src"))!;
    expect(src).toMatch(new RegExp(`^/media/embargoed/${link.pathname.split("/").at(-1)}/[a-z0-9]+/[0-9a-f]{16}/w960\\.jpg$`));
    const viaLink = await reader.request.get(src);
    expect(viaLink.status()).toBe(200);
    expect(viaLink.headers()["cache-control"]).toBe("private, no-store");
    photoUrl = src.replace(/^\/media\/embargoed\/[^/]+/, "/media");
    expect((await reader.request.get(photoUrl)).status(), "not public before the embargo ends").toBe(404);
    expect((await reader.request.get(src.replace(/embargoed\/[^/]+/, `embargoed/${"A".repeat(43)}`))).status()).toBe(404);
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
    const published = await reader.request.get(photoUrl);
    expect(published.status()).toBe(200);
    expect(published.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  });
});
