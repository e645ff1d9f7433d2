import { expect, test, type Page } from "@playwright/test";
import { utcToOfficeTime } from "@/lib/time/office-time";
import { signedInPage as signedIn } from "./support/staff";
import { confirmInDialog } from "./support/workspace";

/*
 * A press release's life as the press office lives it (issue 5): a writer drafts it in text mode and submits it; an
 * editor sends it back with a comment; the writer fixes it and resubmits; the editor schedules it a minute or two
 * ahead and the in-server scheduler (every 30 s) publishes it; an editor corrects it with a major change note that
 * readers see in its history, a second editor publishes the correction; finally it is withdrawn and readers see the
 * withdrawal notice.
 */

const ZONE = process.env.CHANCERY_TIME_ZONE ?? "Asia/Seoul";
const MINUTE = 60_000;

async function expectNotice(page: Page, text: string | RegExp): Promise<void> {
  await expect(page.locator("[data-edition-notice]")).toContainText(text);
}

async function expectState(page: Page, state: string): Promise<void> {
  await expect(page.locator("[data-edition-state]")).toHaveAttribute("data-edition-state", state);
}

/** The next whole minute that is still at least 20 s away, in office time (what a datetime-local input holds). */
function soonInOfficeTime(): { local: string; at: number } {
  const now = Date.now();
  let at = Math.ceil(now / MINUTE) * MINUTE;
  if (at - now < 20_000) at += MINUTE;
  return { local: utcToOfficeTime(new Date(at), ZONE), at };
}

test("a writer's release goes from draft through review, schedule, correction and withdrawal", async ({ browser }) => {
  test.setTimeout(240_000);
  const stamp = Date.now().toString(36);
  const title = `Vice Minister meets Central Asian ambassadors ${stamp}`;
  const writer = await signedIn(browser, "WRITER");
  const editor = await signedIn(browser, "EDITOR");

  await test.step("the writer drafts it in text mode, previews it and submits it", async () => {
    await writer.goto("/workspace/documents/new");
    await writer.getByLabel("Title", { exact: true }).fill(title);
    await writer.getByRole("textbox", { name: /^Summary/ }).fill("The Vice Minister met the ambassadors of the five Central Asian countries in Seoul.");
    const textTab = writer.getByRole("tab", { name: "Text" });
    if ((await textTab.getAttribute("aria-selected")) !== "true") await textTab.click();
    const text = writer.getByLabel("Body as text");
    await text.click();
    await text.pressSequentially("1. The Vice Minister of Foreign Affairs met the ambassadors of the five Central Asian countries on 3 March.\n");
    await text.pressSequentially("o They discussed preparations for the Korea-Central Asia summit.\n");
    await text.pressSequentially("※ Participants\n- Ambassadors of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan\n");
    await text.pressSequentially("2. The two sides agreed to meet again in the first half of the year.");

    const preview = writer.locator("[data-body-preview]");
    await expect(preview).toContainText("The Vice Minister of Foreign Affairs met the ambassadors");
    await expect(preview).toContainText("They discussed preparations");
    await expect(preview).toContainText("Participants");
    await expect(writer.locator("[data-structure]")).toContainText("2 numbered");

    await writer.getByRole("button", { name: "Create draft" }).click();
    await writer.waitForURL(/\/workspace\/documents\/(?!new$)[a-z0-9]+$/);
    await expectState(writer, "DRAFT");
    await writer.getByRole("button", { name: "Submit for review" }).click();
    await expectNotice(writer, "Submitted for review");
    await expectState(writer, "SUBMITTED");
  });
  const documentUrl = new URL(writer.url()).pathname;

  const comment = "Paragraph 2: say which half of the year, and name the month if it is known.";
  await test.step("an editor sends it back with a comment", async () => {
    await editor.goto(documentUrl);
    await expectState(editor, "SUBMITTED");
    await editor.getByText("Send back to draft…").click();
    await editor.getByLabel("Comment for the writer").fill(comment);
    await editor.getByRole("button", { name: "Send back with this comment" }).click();
    await expectNotice(editor, "Sent back to draft");
    await expectState(editor, "DRAFT");
  });

  let slug = "";
  await test.step("the writer reads the comment, fixes the text and submits it again", async () => {
    await writer.reload();
    await expectState(writer, "DRAFT");
    await expect(writer.locator("[data-rejection-comment]")).toHaveText(comment);
    await writer.getByRole("tab", { name: "Text" }).click();
    const text = writer.getByLabel("Body as text");
    const current = await text.inputValue();
    await text.fill(current.replace("in the first half of the year", "in Tashkent in May"));
    await expect(writer.locator("[data-body-preview]")).toContainText("in Tashkent in May");
    await writer.getByRole("button", { name: "Save", exact: true }).click();
    await expect(writer.locator("[data-save-status]")).toContainText("Saved at");
    slug = await writer.getByLabel("Web address").inputValue();
    await writer.getByRole("button", { name: "Submit for review" }).click();
    await expectNotice(writer, "Submitted for review");
    await expect(writer.locator("[data-rejection-comment]")).toHaveCount(0);
  });
  expect(slug).toMatch(/^vice-minister-meets-central-asian-ambassadors/);

  await test.step("the editor schedules it, and it goes live at its time", async () => {
    await editor.goto(documentUrl);
    await expectState(editor, "SUBMITTED");
    await editor.getByText("Schedule…").click();
    const { local, at } = soonInOfficeTime();
    await editor.getByLabel("Publish at").fill(local);
    await editor.getByRole("button", { name: "Schedule publication" }).click();
    await confirmInDialog(editor, "Schedule publication");
    await expectNotice(editor, "Scheduled: it goes live at");
    await expectState(editor, "SCHEDULED");

    // The scheduler runs every 30 s: live within half a minute of the time chosen.
    await expect(async () => {
      await editor.reload();
      await expectState(editor, "PUBLISHED");
    }).toPass({ timeout: at - Date.now() + 60_000, intervals: [5_000] });
    await editor.goto(`/en/press-releases/${slug}`);
    await expect(editor.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(editor.locator("main")).toContainText("in Tashkent in May");
  });

  const note = "Corrected the date of the meeting: it was 4 March.";
  await test.step("the editor corrects it with a major change note, and another editor publishes the correction", async () => {
    await editor.goto(documentUrl);
    await editor.getByLabel("Change note for readers").fill(note);
    await editor.getByRole("button", { name: "Correct this document" }).click();
    await expectNotice(editor, "Edition 2 started as a draft");
    await expectState(editor, "DRAFT");
    await expect(editor.getByLabel("Change note", { exact: true })).toHaveValue(note);
    await editor.getByRole("tab", { name: "Text" }).click();
    const text = editor.getByLabel("Body as text");
    await text.fill((await text.inputValue()).replace("on 3 March", "on 4 March"));
    await editor.getByRole("button", { name: "Save", exact: true }).click();
    await expect(editor.locator("[data-save-status]")).toContainText("Saved at");
    await editor.getByRole("button", { name: "Submit for review" }).click();
    await expectNotice(editor, "Submitted for review");
    // The second pair of eyes: whoever changed it last does not publish it.
    await expect(editor.getByRole("button", { name: "Publish", exact: true })).toHaveCount(0);
    await expect(editor.locator("[data-unavailable-moves]")).toContainText("You made the last changes to this edition");

    const admin = await signedIn(browser, "ADMIN");
    await admin.goto(documentUrl);
    await admin.getByRole("button", { name: "Publish", exact: true }).click();
    await confirmInDialog(admin, "Publish now");
    await expectNotice(admin, "Published");
    await expectState(admin, "PUBLISHED");
    await admin.context().close();

    await editor.goto(`/en/press-releases/${slug}`);
    await expect(editor.locator("main")).toContainText("on 4 March");
    await expect(editor.locator("[data-change-history]")).toContainText(note);
  });

  const reason = "This release was issued in error; see the joint statement of 5 March.";
  await test.step("the editor withdraws it, and readers see the withdrawal notice", async () => {
    await editor.goto(documentUrl);
    await editor.getByText("Withdraw…").click();
    await editor.getByLabel("Reason for withdrawing").fill(reason);
    await editor.getByRole("button", { name: "Withdraw from the site" }).click();
    await expectNotice(editor, "Withdrawn");
    await expectState(editor, "WITHDRAWN");
    await editor.goto(`/en/press-releases/${slug}`);
    await expect(editor.locator("[data-withdrawal-notice]")).toContainText(reason);
  });
});
