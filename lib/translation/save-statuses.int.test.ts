import { describe, expect, it } from "vitest";
import { testBackends } from "@/test-support/test-database";
import { useTestNewsroom } from "@/test-support/test-newsroom";
import { saveTranslation } from "./save-translation";
import { startTranslation } from "./start-translation";
import { translatableEditionOf, translationSubjectFor, translationSubjectOf } from "./subjects";
import { createTranslationFixture } from "@/test-support/fixtures/translation";

process.env.CHANCERY_LOCALES = "ko,en";

describe.each(testBackends())("what the workspace needs from a save, on %s", (backend) => {
  const { database, translator } = useTestNewsroom(backend, { translator: "TRANSLATOR" });

  it("saves before anyone chose official or unofficial, and answers each block's status", async () => {
    const made = await createTranslationFixture(database.prisma);
    const started = await startTranslation(translator, { editionId: made.editionId, locale: "en" });
    const saved = await saveTranslation(translator, {
      localizationId: started.localizationId,
      lockVersion: started.lockVersion,
      title: "Policy consultation",
      summary: "",
      blocks: [{ sourceId: made.blockIds[0]!, text: "The two sides met." }],
    });
    expect(saved.changed).toEqual(expect.arrayContaining(["title", "body"]));
    expect(saved.changed).not.toContain("translationKind");
    expect(saved.statuses).toEqual({
      title: "current",
      summary: "current",
      blocks: { [made.blockIds[0]!]: "current", [made.blockIds[1]!]: "untranslated", [made.blockIds[2]!]: "untranslated" },
    });
    const row = await database.prisma.localization.findUniqueOrThrow({ where: { id: started.localizationId } });
    expect(row.translationKind).toBeNull();

    // Left out later, the choice once made stays.
    await saveTranslation(translator, {
      localizationId: started.localizationId,
      lockVersion: saved.lockVersion,
      title: "Policy consultation",
      summary: "",
      blocks: [{ sourceId: made.blockIds[0]!, text: "The two sides met." }],
      translationKind: "UNOFFICIAL",
    });
    await saveTranslation(translator, {
      localizationId: started.localizationId,
      lockVersion: saved.lockVersion + 1,
      title: "The policy consultation",
      summary: "",
      blocks: [{ sourceId: made.blockIds[0]!, text: "The two sides met." }],
    });
    expect((await database.prisma.localization.findUniqueOrThrow({ where: { id: started.localizationId } })).translationKind).toBe("UNOFFICIAL");
  });

  it("loads what the policy is asked, and the edition a document is translated in", async () => {
    const made = await createTranslationFixture(database.prisma, { translation: "SUBMITTED" });
    expect(await translationSubjectOf(made.localizationId!)).toEqual({
      type: "translation",
      locale: "en",
      originalLocale: "ko",
      state: "SUBMITTED",
      editionState: "PUBLISHED",
    });
    expect(await translationSubjectFor(made.editionId, "en")).toMatchObject({ state: "SUBMITTED" });
    expect(await translationSubjectFor(made.editionId, "ru")).toMatchObject({ locale: "ru", state: "NOT_STARTED" });
    // The original's own locale is no translation: NOT_STARTED, which the policy then refuses as the original.
    expect(await translationSubjectFor(made.editionId, "ko")).toMatchObject({ locale: "ko", originalLocale: "ko", state: "NOT_STARTED" });
    expect(await translatableEditionOf(made.documentId)).toEqual({ id: made.editionId, number: 1 });
    expect(await translatableEditionOf("no-such-document")).toBeNull();
  });
});
