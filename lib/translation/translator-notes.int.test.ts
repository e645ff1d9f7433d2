import { describe, expect, it } from "vitest";
import { createActor } from "@/test-support/fixtures/content";
import { testBackends } from "@/test-support/test-database";
import { useTestNewsroom } from "@/test-support/test-newsroom";
import { saveTranslation } from "./save-translation";
import { startTranslation } from "./start-translation";
import { createTranslationFixture } from "@/test-support/fixtures/translation";
import { getTranslationWorkspace } from "./workspace";

process.env.CHANCERY_LOCALES = "ko,en";

describe.each(testBackends())("a translator's note on a block not yet translated, on %s", (backend) => {
  const { database, translator } = useTestNewsroom(backend, { translator: "TRANSLATOR" });

  it("is kept by the save and comes back after a reload, then joins its block once the block is translated", async () => {
    const made = await createTranslationFixture(database.prisma);
    const [first, second] = made.blockIds as [string, string];
    const started = await startTranslation(translator, { editionId: made.editionId, locale: "en" });
    const saved = await saveTranslation(translator, {
      localizationId: started.localizationId,
      lockVersion: started.lockVersion,
      title: "",
      summary: "",
      blocks: [
        { sourceId: first, text: "The two sides met." },
        { sourceId: second, text: "", translatorNote: "Check the ministry's usual English for 우호협력." },
      ],
    });
    expect(saved.changed).toContain("pendingNotes");

    const reopened = await getTranslationWorkspace(translator, { editionId: made.editionId, locale: "en" });
    expect(reopened.form?.blocks.find((entry) => entry.sourceId === second)).toMatchObject({
      text: "",
      translatorNote: "Check the ministry's usual English for 우호협력.",
    });
    // Readers see nothing of it while the block is untranslated.
    expect(reopened.rows.find((row) => row.source.id === second)?.status).toBe("untranslated");

    const translated = await saveTranslation(translator, {
      localizationId: started.localizationId,
      lockVersion: saved.lockVersion,
      title: "",
      summary: "",
      blocks: [
        { sourceId: first, text: "The two sides met." },
        { sourceId: second, text: "They commended their friendly cooperation.", translatorNote: "Check the ministry's usual English for 우호협력." },
      ],
    });
    expect(translated.revisionNumber).not.toBeNull();
    const row = await database.prisma.localization.findUniqueOrThrow({ where: { id: started.localizationId } });
    expect(row.body).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: second, translatorNote: "Check the ministry's usual English for 우호협력." })]),
    );
    expect(row.pendingNotes).toEqual({});
  });

  it("a note alone changes no text: no revision is made for it", async () => {
    const made = await createTranslationFixture(database.prisma);
    const started = await startTranslation(translator, { editionId: made.editionId, locale: "en" });
    const editor = await createActor(database.prisma, "EDITOR", "notes-editor");
    const saved = await saveTranslation(editor, {
      localizationId: started.localizationId,
      lockVersion: started.lockVersion,
      title: "",
      summary: "",
      blocks: [{ sourceId: made.blockIds[2]!, text: "", translatorNote: "Baku: keep the English spelling." }],
    });
    expect(saved).toMatchObject({ changed: ["pendingNotes"], revisionNumber: null });
    // "Last saved by" names whoever changed the words: a note alone is not a change of the text.
    const row = await database.prisma.localization.findUniqueOrThrow({ where: { id: started.localizationId } });
    expect(row.lastEditedById).toBe(translator.id);
  });
});
