import { describe, expect, it } from "vitest";
import { CURRENT_USER_SELECT } from "@/lib/auth/current-user";
import type { Actor } from "@/lib/changes/actor";
import { createDocument } from "@/lib/editorial/create-document";
import { publish } from "@/lib/editorial/publish";
import { saveEdition } from "@/lib/editorial/save-edition";
import { submit } from "@/lib/editorial/submit";
import { testBackends } from "@/test-support/test-database";
import { NEWSROOM, useTestNewsroom } from "@/test-support/test-newsroom";
import { saveTranslation } from "@/lib/translation/save-translation";
import { submitTranslation } from "@/lib/translation/submit-translation";
import { publishTranslation } from "@/lib/translation/publish-translation";
import { createTranslationFixture } from "@/test-support/fixtures/translation";
import { getTranslationWorkspace } from "@/lib/translation/workspace";
import { loadWorkspaceDocument } from "./documents";
import { listWorkflowEvents } from "./workflow-events";

process.env.CHANCERY_LOCALES = "ko,en";

const pause = () => new Promise((resolve) => setTimeout(resolve, 20));

describe.each(testBackends())("who changed what, and when, on %s", (backend) => {
  const { database, writer, editor, otherEditor, translator } = useTestNewsroom(backend, { ...NEWSROOM, translator: "TRANSLATOR" });

  const workspaceOf = async (viewer: Actor, documentId: string) =>
    loadWorkspaceDocument(await database.prisma.user.findUniqueOrThrow({ where: { id: viewer.id }, select: CURRENT_USER_SELECT }), documentId);

  it("names the writer and the time of their last change after an editor publishes, and lists the publication as its own event", async () => {
    const created = await createDocument(writer, {
      kind: "PRESS_RELEASE",
      originalLocale: "en",
      title: "Vice Minister meets Central Asian Ambassadors",
      publicDate: "2026-11-30",
      body: [{ id: "attr-p1", kind: "numbered", text: "The Vice Minister met the Ambassadors." }],
    });
    const saved = await saveEdition(writer, {
      editionId: created.editionId,
      lockVersion: created.lockVersion,
      body: [{ id: "attr-p1", kind: "numbered", text: "The Vice Minister met the five Ambassadors." }],
    });
    const afterSave = (await workspaceOf(writer, created.documentId))!.current;
    expect(afterSave.lastEditedBy?.id).toBe(writer.id);
    const writtenAt = afterSave.lastEditedAt!;
    expect(writtenAt).toBeInstanceOf(Date);

    await pause();
    await submit(writer, { editionId: created.editionId, lockVersion: saved.lockVersion });
    await pause();
    await publish(editor, { editionId: created.editionId });

    const published = (await workspaceOf(editor, created.documentId))!.current;
    expect(published.state).toBe("PUBLISHED");
    expect(published.lastEditedBy?.id).toBe(writer.id);
    expect(published.lastEditedAt?.toISOString()).toBe(writtenAt.toISOString());

    const events = await listWorkflowEvents(editor, created.documentId);
    expect(events.map((event) => [event.action, event.actor?.id ?? null, event.editionNumber])).toEqual([
      ["edition.publish", editor.id, 1],
      ["edition.submit", writer.id, 1],
    ]);
    expect(events[0]!.at.getTime()).toBeGreaterThan(writtenAt.getTime());
  });

  it("changes a translation's last saved by and at only when its text changes", async () => {
    const made = await createTranslationFixture(database.prisma, { translation: "IN_PROGRESS" });
    const open = () => getTranslationWorkspace(translator, { editionId: made.editionId, locale: "en" });
    let workspace = await open();
    const form = workspace.form!;
    const typed = await saveTranslation(translator, {
      localizationId: made.localizationId!,
      lockVersion: workspace.lockVersion!,
      title: `${form.title} (revised)`,
      summary: form.summary,
      blocks: form.blocks,
    });
    workspace = await open();
    expect(workspace.translation?.lastEditedBy?.id).toBe(translator.id);
    const typedAt = workspace.translation!.lastEditedAt!;

    // An editor marks it official: no word changed.
    await pause();
    const marked = await saveTranslation(editor, {
      localizationId: made.localizationId!,
      lockVersion: typed.lockVersion,
      title: `${form.title} (revised)`,
      summary: form.summary,
      blocks: form.blocks,
      translationKind: "OFFICIAL",
    });
    expect(marked.changed).toEqual(["translationKind"]);
    await submitTranslation(translator, { localizationId: made.localizationId! });
    await publishTranslation(otherEditor, { localizationId: made.localizationId! });

    workspace = await open();
    expect(workspace.state).toBe("PUBLISHED");
    expect(workspace.translation?.lastEditedBy?.id).toBe(translator.id);
    expect(workspace.translation?.lastEditedAt?.toISOString()).toBe(typedAt.toISOString());
  });
});
