// Issue 9: an editor writes a review note on ¶2 of a writer's draft; the writer is told, finds it beside ¶2 and
// resolves it; the note stays in the document's history with the revision it was written on.
import { expect, test } from "@playwright/test";
import { createKoreanDraft, screenshot, signedIn } from "./support/workspace";

const stamp = Date.now().toString(36);
const TITLE = `한-카자흐스탄 정책협의회 ${stamp}`;
const NOTE = "“평가하였다” is too strong here;\nthe minister's text says “주목하였다”.";

test("editor comments on ¶2 → writer sees and resolves it", async ({ browser }, testInfo) => {
  const writer = await signedIn(browser, "WRITER");
  const documentId = await createKoreanDraft(writer, TITLE, "1. 양측은 제3차 정책협의회를 개최하였다.\n\n2. 양측은 교역 증가를 평가하였다.\n\n3. 차기 협의회는 바쿠에서 열린다.");

  const editor = await signedIn(browser, "EDITOR");
  await editor.goto(`/workspace/documents/${documentId}`);
  const notes = editor.locator("[data-review-notes]");
  await notes.getByLabel("On", { exact: true }).selectOption({ label: "¶2 — 양측은 교역 증가를 평가하였다." });
  // An empty note is refused on its field; nothing is lost.
  await notes.getByRole("button", { name: "Add note" }).click();
  await expect(notes.getByText("The note is required")).toBeVisible();
  await notes.getByLabel("Note", { exact: true }).fill(NOTE);
  await notes.getByRole("button", { name: "Add note" }).click();
  const onSecond = notes.locator("[data-note-block]").filter({ hasText: "¶2" });
  await expect(onSecond.locator("[data-review-note]")).toHaveAttribute("data-note-state", "open");
  await expect(onSecond).toContainText("양측은 교역 증가를 평가하였다.");
  await expect(onSecond).toContainText("on revision 1");
  await expect(editor.getByRole("heading", { name: "Review notes (1 open)" })).toBeVisible();
  await screenshot(editor, testInfo, "editor-review-note");

  await writer.goto("/workspace/notifications");
  const told = writer.locator('[data-notification="note.added"]').filter({ hasText: TITLE });
  await expect(told).toContainText("Eun-ji Editor wrote a review note on ¶2");
  await expect(told).toContainText("the minister's text says");
  await told.getByRole("link").click();
  await expect(writer).toHaveURL(new RegExp(`/workspace/documents/${documentId}#review-notes$`));
  // Beside ¶2 in the writer's editor, a marker leads to the note.
  const marker = writer.locator('[data-block-id] [data-block-notes="1"]');
  await expect(marker).toHaveCount(1);
  await expect(writer.locator("[data-block-id]").nth(1).locator("[data-block-notes]")).toHaveText("1 open note");
  await screenshot(writer, testInfo, "writer-note-beside-block");
  const note = writer.locator("[data-note-block]").filter({ hasText: "¶2" }).locator("[data-review-note]");
  await expect(note).toContainText("Eun-ji Editor");
  await expect(note.getByText("the minister's text says “주목하였다”.")).toBeVisible();
  await note.getByRole("button", { name: "Resolve" }).click();
  await expect(writer.getByRole("status").filter({ hasText: "Note resolved." })).toBeVisible();
  // Resolved notes are out of the way until asked for.
  await expect(writer.locator("[data-review-note]")).toHaveCount(0);
  await expect(marker).toHaveCount(0);
  await writer.getByLabel("Show resolved notes (1)").check();
  await expect(writer.locator('[data-review-note][data-note-state="resolved"]')).toContainText("Resolved by you");
  await screenshot(writer, testInfo, "writer-resolved-note");
  await writer.context().close();

  await editor.goto(`/workspace/documents/${documentId}/history`);
  const kept = editor.locator("[data-review-note]");
  await expect(kept).toContainText("Edition 1, revision 1");
  await expect(kept).toContainText("Resolved");
  await expect(kept).toContainText("by Won-woo Writer");
  await editor.goto("/workspace/notifications");
  await expect(editor.locator('[data-notification="note.resolved"]').filter({ hasText: TITLE })).toContainText("Won-woo Writer resolved your review note");
  await editor.context().close();
});

test("a translator writes a note in the translation workspace, by the original's paragraphs", async ({ browser }, testInfo) => {
  const writer = await signedIn(browser, "WRITER");
  const documentId = await createKoreanDraft(writer, `${TITLE} (translation)`, "1. 양측은 협의회를 개최하였다.\n\n2. 양측은 우호협력 관계를 평가하였다.");
  await writer.context().close();

  const translator = await signedIn(browser, "TRANSLATOR");
  await translator.goto(`/workspace/documents/${documentId}/translate/en`);
  const notes = translator.locator("[data-review-notes]");
  await expect(translator.getByRole("heading", { name: "Review notes" })).toBeVisible();
  await notes.getByLabel("On", { exact: true }).selectOption({ label: "¶2 — 양측은 우호협력 관계를 평가하였다." });
  await notes.getByLabel("Note", { exact: true }).fill("Is 우호협력 “friendly cooperation” or “friendship and cooperation” here?");
  await notes.getByRole("button", { name: "Add note" }).click();
  await expect(notes.locator("[data-note-block]").filter({ hasText: "¶2" }).locator("[data-review-note]")).toContainText("friendship and cooperation");
  await screenshot(translator, testInfo, "translator-review-note");
  // Once the translation is started, the aligned row of ¶2 carries the editor's marker, leading to the note.
  await translator.getByRole("button", { name: "Start translation into English" }).click();
  const rows = translator.locator('[data-row]:not([data-row^="@"])');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0).locator("[data-block-notes]")).toHaveCount(0);
  const marker = rows.nth(1).locator('[data-block-notes="1"]');
  await expect(marker).toHaveText("1 open note");
  await marker.click();
  await expect(translator).toHaveURL(/#review-notes-[^#]+$/);
  await expect(translator.locator(":target")).toContainText("friendship and cooperation");
  await screenshot(translator, testInfo, "translator-note-beside-row");
  // The original's page shows the original's notes; this one is the translation's.
  await translator.goto(`/workspace/documents/${documentId}`);
  await expect(translator.getByText("Translators write review notes on their translations, in the translation workspace.")).toBeVisible();
  await translator.context().close();
});
