import { describe, expect, it } from "vitest";
import { PermissionDeniedError } from "@/lib/auth/policy";
import type { Actor } from "@/lib/changes/actor";
import type { Block } from "@/lib/body/schema";
import { createDocument } from "@/lib/editorial/create-document";
import { saveEdition } from "@/lib/editorial/save-edition";
import { auditActions } from "@/test-support/fixtures/content";
import { testBackends } from "@/test-support/test-database";
import { NEWSROOM, useTestNewsroom } from "@/test-support/test-newsroom";
import { createTranslationFixture } from "@/test-support/fixtures/translation";
import { loadEditionSubject } from "@/lib/editions/edition-subject";
import { noteTextSubject } from "./note-subjects";
import { listDocumentReviewNotes, loadWorkspaceReviewNotes } from "./note-views";
import { addReviewNote, reopenReviewNote, resolveReviewNote } from "./review-notes";

process.env.CHANCERY_LOCALES = "ko,en";

describe.each(testBackends())("review notes on %s", (backend) => {
  const { database, writer, editor, otherEditor, otherWriter, translator } = useTestNewsroom(backend, {
    ...NEWSROOM,
    otherWriter: { role: "WRITER", name: "other-writer" },
    translator: "TRANSLATOR",
  });

  let serial = 0;
  async function draft() {
    const tag = `${++serial}-${backend}`;
    const body: Block[] = [
      { id: `first-${tag}`, kind: "numbered", text: "The two sides held the 3rd policy consultation." },
      { id: `second-${tag}`, kind: "numbered", text: "They commended the growth of trade." },
      { id: `third-${tag}`, kind: "numbered", text: "The next consultation will be in Baku." },
    ];
    const created = await createDocument(writer, { kind: "PRESS_RELEASE", originalLocale: "en", title: `Consultation ${tag}`, publicDate: "2026-12-03", body });
    return { ...created, body };
  }

  const workspaceOf = async (user: Actor, editionId: string, body: readonly Block[]) =>
    loadWorkspaceReviewNotes(user, { editionId, locale: "en", subject: await loadEditionSubject(editionId), body });
  const notificationsOf = (user: Actor, kind: string) => database.prisma.notification.findMany({ where: { recipientId: user.id, kind }, select: { title: true, body: true, href: true } });

  it("an editor's note on ¶2 names its author, time, block and revision, and tells the writer", async () => {
    const made = await draft();
    const at = new Date("2026-12-03T09:30:00Z");
    const added = await addReviewNote(editor, { editionId: made.editionId, locale: "en", blockId: made.body[1]!.id, body: "“Commended” is too strong;\nthe original says “noted”." }, at);

    const row = await database.prisma.reviewNote.findUniqueOrThrow({ where: { id: added.noteId }, include: { revision: { select: { number: true } } } });
    expect(row).toMatchObject({ editionId: made.editionId, locale: "en", blockId: made.body[1]!.id, authorId: editor.id, createdAt: at, resolvedAt: null, quote: "They commended the growth of trade." });
    expect(row.body).toBe("“Commended” is too strong;\nthe original says “noted”.");
    expect(row.revision?.number).toBe(1);
    expect(await auditActions(database.prisma, made.editionId)).toContain("note.add");

    const told = await notificationsOf(writer, "note.added");
    expect(told).toHaveLength(1);
    expect(told[0]!.title).toMatch(/wrote a review note on ¶2 of “Consultation/);
    expect(told[0]!.href).toBe(`/workspace/documents/${made.documentId}#review-notes`);
    expect(await notificationsOf(editor, "note.added")).toHaveLength(0);

    const desk = await workspaceOf(writer, made.editionId, made.body);
    expect(desk.groups.map((group) => group.label)).toEqual(["¶2"]);
    expect(desk.groups[0]!.notes[0]).toMatchObject({ author: { id: editor.id }, revisionNumber: 1, mayResolve: true, mayReopen: false });
    expect(desk.open).toBe(1);
  });

  it("survives later saves, stays on its block, and keeps the revision it was made on", async () => {
    const made = await draft();
    await addReviewNote(editor, { editionId: made.editionId, locale: "en", blockId: made.body[2]!.id, body: "Name the venue." });
    const inserted: Block = { id: `inserted-${serial}-${backend}`, kind: "numbered", text: "A new paragraph at the top." };
    const changed = [inserted, ...made.body.slice(0, 2), { ...made.body[2]!, text: "The next consultation will be in Baku, at the Foreign Ministry." }] as Block[];
    await saveEdition(writer, { editionId: made.editionId, lockVersion: made.lockVersion, body: changed });

    const desk = await workspaceOf(writer, made.editionId, changed);
    expect(desk.groups.map((group) => [group.blockId, group.label])).toEqual([[made.body[2]!.id, "¶4"]]);
    expect(desk.groups[0]!.quote).toBe("The next consultation will be in Baku, at the Foreign Ministry.");
    expect(desk.groups[0]!.notes[0]!.revisionNumber).toBe(1);
    const history = await listDocumentReviewNotes(made.documentId);
    expect(history.map((note) => [note.editionNumber, note.revisionNumber, note.body])).toEqual([[1, 1, "Name the venue."]]);
  });

  it("is still shown when its block is deleted: on the whole edition, with what the paragraph said", async () => {
    const made = await draft();
    await addReviewNote(editor, { editionId: made.editionId, locale: "en", blockId: made.body[0]!.id, body: "Is this the 3rd or the 4th?" });
    await addReviewNote(editor, { editionId: made.editionId, locale: "en", body: "Add the date line." });
    const without = made.body.slice(1);
    await saveEdition(writer, { editionId: made.editionId, lockVersion: made.lockVersion, body: without });

    const desk = await workspaceOf(writer, made.editionId, without);
    expect(desk.groups).toHaveLength(1);
    expect(desk.groups[0]!.blockId).toBeNull();
    expect(desk.groups[0]!.notes.map((note) => [note.body, note.removedBlock])).toEqual([
      ["Is this the 3rd or the 4th?", { quote: "The two sides held the 3rd policy consultation." }],
      ["Add the date line.", null],
    ]);
    // A note cannot be written on a block that is gone; what was typed comes back with the reason on its field.
    await expect(addReviewNote(editor, { editionId: made.editionId, locale: "en", blockId: made.body[0]!.id, body: "Again?" })).rejects.toMatchObject({
      fieldErrors: { blockId: [expect.stringMatching(/no longer in the text/)] },
    });
  });

  it("the writer resolves it and an editor reopens it, each audited; the note's author hears of the resolution", async () => {
    const made = await draft();
    const { noteId } = await addReviewNote(editor, { editionId: made.editionId, locale: "en", blockId: made.body[1]!.id, body: "Check the figure." });
    const at = new Date("2026-12-03T10:00:00Z");
    await resolveReviewNote(writer, { noteId }, at);
    expect(await database.prisma.reviewNote.findUniqueOrThrow({ where: { id: noteId } })).toMatchObject({ resolvedAt: at, resolvedById: writer.id });
    expect(await notificationsOf(editor, "note.resolved")).toEqual([expect.objectContaining({ title: expect.stringMatching(/resolved your review note/) })]);

    await expect(resolveReviewNote(otherEditor, { noteId })).rejects.toThrow("This note is resolved already.");
    await reopenReviewNote(otherEditor, { noteId });
    expect(await database.prisma.reviewNote.findUniqueOrThrow({ where: { id: noteId } })).toMatchObject({ resolvedAt: null, resolvedById: null });

    const events = await database.prisma.auditEvent.findMany({ where: { subjectId: made.editionId, action: { in: ["note.resolve", "note.reopen"] } }, orderBy: { at: "asc" } });
    expect(events.map((event) => [event.action, event.actorId, event.fromState, event.toState])).toEqual([
      ["note.resolve", writer.id, "open", "resolved"],
      ["note.reopen", otherEditor.id, "resolved", "open"],
    ]);
  });

  it("refuses whom the policy refuses, and writes nothing", async () => {
    const made = await draft();
    const { noteId } = await addReviewNote(editor, { editionId: made.editionId, locale: "en", body: "Shorten the title." });
    const before = { notes: await database.prisma.reviewNote.count(), events: await database.prisma.auditEvent.count() };

    await expect(addReviewNote(translator, { editionId: made.editionId, locale: "en", body: "Hm." })).rejects.toThrow(PermissionDeniedError);
    await expect(addReviewNote(translator, { editionId: made.editionId, locale: "ko", body: "Hm." })).rejects.toThrow("You translate into en, not ko.");
    await expect(resolveReviewNote(otherWriter, { noteId })).rejects.toThrow("Writers can settle only notes on their own editions, or notes they wrote.");
    await expect(resolveReviewNote(translator, { noteId })).rejects.toThrow(PermissionDeniedError);

    expect(await database.prisma.reviewNote.count()).toBe(before.notes);
    expect(await database.prisma.auditEvent.count()).toBe(before.events);
  });

  it("keeps what was typed out when it is invalid: empty, too long, or with a control character", async () => {
    const made = await draft();
    await expect(addReviewNote(editor, { editionId: made.editionId, locale: "en", body: "   " })).rejects.toMatchObject({ fieldErrors: { body: ["The note is required"] } });
    await expect(addReviewNote(editor, { editionId: made.editionId, locale: "en", body: "x".repeat(2_001) })).rejects.toMatchObject({
      fieldErrors: { body: ["The note is longer than 2,000 characters"] },
    });
    await expect(addReviewNote(editor, { editionId: made.editionId, locale: "fr", body: "Une note." })).rejects.toMatchObject({
      fieldErrors: { locale: [expect.stringMatching(/not published in “fr”/)] },
    });
    await expect(addReviewNote(editor, { editionId: made.editionId, locale: "en", body: "bad\u0000note" })).rejects.toMatchObject({
      fieldErrors: { body: [expect.stringMatching(/control character/)] },
    });
  });

  it("a translator's note on their translation is kept with the translation's revision; the translator hears of the answer", async () => {
    const made = await createTranslationFixture(database.prisma, { translation: "IN_PROGRESS" });
    await database.prisma.localization.update({ where: { id: made.localizationId! }, data: { translatorId: translator.id } });
    await addReviewNote(translator, { editionId: made.editionId, locale: "en", blockId: made.blockIds[1]!, body: "Is 우호협력 “friendly cooperation” here?" });
    await addReviewNote(editor, { editionId: made.editionId, locale: "en", blockId: made.blockIds[1]!, body: "Yes, keep it." });

    const subject = await noteTextSubject(made.editionId, "en");
    expect(subject).toMatchObject({ type: "translation", locale: "en", state: "IN_PROGRESS" });
    const source = await database.prisma.localization.findFirstOrThrow({ where: { editionId: made.editionId, isOriginal: true }, select: { body: true } });
    const desk = await loadWorkspaceReviewNotes(translator, { editionId: made.editionId, locale: "en", subject, body: source.body as Block[] });
    expect(desk.groups.map((group) => [group.label, group.notes.length])).toEqual([["¶2", 2]]);
    expect(desk.groups[0]!.notes.every((note) => note.revisionNumber === 1 && note.mayResolve)).toBe(true);
    // The translator hears of the editor's answer (not of their own note); the original has no notes.
    const told = await notificationsOf(translator, "note.added");
    expect(told).toHaveLength(1);
    expect(told[0]!.href).toBe(`/workspace/documents/${made.documentId}/translate/en#review-notes`);
    expect((await loadWorkspaceReviewNotes(editor, { editionId: made.editionId, locale: "ko", subject: await noteTextSubject(made.editionId, "ko"), body: [] })).groups).toEqual([]);
  });
});
