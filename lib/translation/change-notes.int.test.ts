import { describe, expect, it } from "vitest";
import { correct } from "@/lib/editorial/correct";
import { publish } from "@/lib/editorial/publish";
import { submit } from "@/lib/editorial/submit";
import { loadPublicDocument } from "@/lib/public/document-page";
import { testBackends } from "@/test-support/test-database";
import { NEWSROOM, useTestNewsroom } from "@/test-support/test-newsroom";
import { saveTranslation } from "./save-translation";
import { createTranslationFixture } from "@/test-support/fixtures/translation";
import { getTranslationWorkspace } from "./workspace";

process.env.CHANCERY_LOCALES = "ko,en";

describe.each(testBackends())("change notes on translated pages, on %s", (backend) => {
  const { database, editor, otherEditor, translator } = useTestNewsroom(backend, { ...NEWSROOM, translator: "TRANSLATOR" });

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
