import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/content/actor";
import { correct } from "@/lib/content/correct";
import { publish } from "@/lib/content/publish";
import { submit } from "@/lib/content/submit";
import { createActor, createNewsroom } from "@/test-support/fixtures/content";
import { installDatabase } from "@/lib/db";
import { loadPublicDocument } from "@/lib/public/document-page";
import { createTestDatabase, testBackends, type TestDatabase } from "@/test-support/test-database";
import { saveTranslation } from "./save-translation";
import { createTranslationFixture } from "@/test-support/fixtures/translation";
import { getTranslationWorkspace } from "./workspace";

process.env.CHANCERY_LOCALES = "ko,en";

describe.each(testBackends())("change notes on translated pages, on %s", (backend) => {
  let database: TestDatabase;
  let editor: Actor;
  let otherEditor: Actor;
  let translator: Actor;

  beforeAll(async () => {
    database = await createTestDatabase(backend);
    installDatabase(database);
    ({ editor, otherEditor } = await createNewsroom(database.prisma));
    translator = await createActor(database.prisma, "TRANSLATOR", "translator");
  });
  afterAll(async () => {
    await database?.close();
  });

  it("shows the original's note marked as in the original's language until it is translated in the workspace", async () => {
    const made = await createTranslationFixture(database.prisma, { translation: "PUBLISHED" });
    const correction = await correct(editor, { documentId: made.documentId, changeNote: "협의회 개최 시간을 정정하였습니다." });
    await submit(editor, { editionId: correction.editionId });
    await publish(otherEditor, { editionId: correction.editionId });

    const untranslated = await loadPublicDocument(made.documentId, "en");
    expect(untranslated?.history).toEqual([{ date: expect.any(String), note: "협의회 개최 시간을 정정하였습니다.", noteLocale: "ko" }]);
    expect((await loadPublicDocument(made.documentId, "ko"))?.history).toEqual([{ date: expect.any(String), note: "협의회 개최 시간을 정정하였습니다." }]);

    const workspace = await getTranslationWorkspace(translator, { editionId: correction.editionId, locale: "en" });
    expect(workspace.edition.changeNote).toBe("협의회 개최 시간을 정정하였습니다.");
    const form = workspace.form!;
    const saved = await saveTranslation(translator, {
      localizationId: workspace.translation!.localizationId,
      lockVersion: workspace.lockVersion!,
      title: form.title,
      summary: form.summary,
      blocks: form.blocks,
      changeNote: "Corrected the time of the consultation.",
    });
    expect(saved.changed).toEqual(["changeNote"]);
    expect(saved.revisionNumber).toBeNull();

    const translated = await loadPublicDocument(made.documentId, "en");
    expect(translated?.history).toEqual([{ date: expect.any(String), note: "Corrected the time of the consultation." }]);
  });
});
