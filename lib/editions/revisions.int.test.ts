import { describe, expect, it } from "vitest";
import { PermissionDeniedError } from "@/lib/auth/policy";
import { testBackends } from "@/test-support/test-database";
import { useTestNewsroom } from "@/test-support/test-newsroom";
import { ConflictError } from "@/lib/errors";
import { createDocument } from "@/lib/editorial/create-document";
import { saveEdition } from "@/lib/editorial/save-edition";
import { forcePublish } from "@/lib/editorial/force-publish";
import { correct } from "@/lib/editorial/correct";
import { restoreRevision } from "@/lib/editorial/restore-revision";
import { compareRevisions, getRevision, listRevisions } from "./revisions";

describe.each(testBackends())("revisions on %s", (backend) => {
  const { database, writer, editor, translator } = useTestNewsroom(backend, { writer: "WRITER", editor: "EDITOR", translator: "TRANSLATOR" });

  it("keeps who changed what at every save, compares any two, and restores an old one as a new revision", async () => {
    const created = await createDocument(writer, {
      kind: "PRESS_RELEASE",
      title: "Forum held",
      bodyText: "1. The forum was held in Seoul.\n\n2. Ministers attended.",
    });
    const second = await saveEdition(writer, {
      editionId: created.editionId,
      lockVersion: 1,
      bodyText: "1. The forum was held in Seoul on 25 November.\n\n2. Ministers attended.\n\n3. A declaration was adopted.",
    });
    const third = await saveEdition(editor, { editionId: created.editionId, lockVersion: second.lockVersion, title: "Forum held in Seoul" });

    const list = await listRevisions(writer, { editionId: created.editionId });
    expect(list).toMatchObject({ isOriginal: true, locale: "en", editionNumber: 1 });
    expect(list.revisions.map((revision) => [revision.number, revision.author?.id])).toEqual([
      [3, editor.id],
      [2, writer.id],
      [1, writer.id],
    ]);

    const [newest, , oldest] = list.revisions;
    const comparison = await compareRevisions(writer, { fromRevisionId: oldest!.id, toRevisionId: newest!.id });
    expect(comparison.diff.title.parts).toEqual([
      { op: "equal", text: "Forum held" },
      { op: "insert", text: " in Seoul" },
    ]);
    expect(comparison.diff.stats).toMatchObject({ changed: 1, added: 1, unchanged: 1, removed: 0 });
    const changed = comparison.diff.blocks.find((block) => block.change === "changed");
    expect(changed?.change === "changed" && changed.text.parts.filter((part) => part.op === "insert")).toEqual([
      { op: "insert", text: " on 25 November" },
    ]);

    await expect(restoreRevision(writer, { revisionId: oldest!.id, lockVersion: second.lockVersion })).rejects.toBeInstanceOf(ConflictError);
    const restored = await restoreRevision(writer, { revisionId: oldest!.id, lockVersion: third.lockVersion });
    expect(restored).toMatchObject({ revisionNumber: 4, restoredFrom: 1, lockVersion: third.lockVersion + 1 });
    const snapshot = await getRevision(writer, (await listRevisions(writer, { editionId: created.editionId })).revisions[0]!.id);
    expect(snapshot).toMatchObject({ number: 4, title: "Forum held", note: "Restored from revision 1", author: { id: writer.id } });
    const original = await database.prisma.localization.findFirstOrThrow({ where: { editionId: created.editionId, isOriginal: true } });
    expect(original.title).toBe("Forum held");
    expect(original.searchText).toContain("The forum was held in Seoul.");
    expect(original.searchText).not.toContain("declaration");
    const edition = await database.prisma.edition.findUniqueOrThrow({ where: { id: created.editionId } });
    expect(edition.lastEditedById).toBe(writer.id);
    const event = await database.prisma.auditEvent.findFirstOrThrow({ where: { action: "revision.restore", subjectId: original.id } });
    expect(event).toMatchObject({ actorId: writer.id });
    expect(event.data).toMatchObject({ restoredFrom: 1, revisionNumber: 4 });

    // History stays whole.
    expect(await database.prisma.revision.count({ where: { localizationId: original.id } })).toBe(4);
  });

  it("copies translations into a correction, keeping what readers see and the source hashes, and restores across editions", async () => {
    const prisma = database.prisma;
    const created = await createDocument(editor, { kind: "PRESS_RELEASE", title: "원문 제목", originalLocale: "ko", bodyText: "1. 원문." });
    const source = await prisma.localization.findFirstOrThrow({ where: { editionId: created.editionId, isOriginal: true } });
    const sourceBlockId = (source.body as { id: string }[])[0]!.id;
    // A published translation whose next version is in progress (the translation workspace writes these).
    const translation = await prisma.localization.create({
      data: {
        editionId: created.editionId,
        locale: "en",
        isOriginal: false,
        translationKind: "OFFICIAL",
        translationState: "IN_PROGRESS",
        translatorId: translator.id,
        title: "Original title, revised",
        body: [{ kind: "numbered", id: sourceBlockId, text: "Original, revised." }],
        sourceHashes: { [sourceBlockId]: "hash-2" },
      },
    });
    const published = await prisma.revision.create({
      data: {
        localizationId: translation.id,
        number: 1,
        title: "Original title",
        summary: "",
        body: [{ kind: "numbered", id: sourceBlockId, text: "Original." }],
        sourceHashes: { [sourceBlockId]: "hash-1" },
        authorId: translator.id,
      },
    });
    await prisma.revision.create({
      data: {
        localizationId: translation.id,
        number: 2,
        title: "Original title, revised",
        summary: "",
        body: [{ kind: "numbered", id: sourceBlockId, text: "Original, revised." }],
        sourceHashes: { [sourceBlockId]: "hash-2" },
        authorId: translator.id,
      },
    });
    await prisma.localization.update({ where: { id: translation.id }, data: { publishedRevisionId: published.id, publishedAt: new Date() } });
    await forcePublish(editor, { editionId: created.editionId, reason: "Test." });

    const correction = await correct(editor, { documentId: created.documentId, changeType: "MINOR", changeNote: "ignored for minor" });
    const draft = await prisma.edition.findUniqueOrThrow({ where: { id: correction.editionId } });
    expect(draft).toMatchObject({ number: 2, changeType: "MINOR", changeNote: null, state: "DRAFT" });
    const copies = await prisma.localization.findMany({
      where: { editionId: correction.editionId },
      include: { revisions: { orderBy: { number: "asc" } }, publishedRevision: true },
      orderBy: { locale: "asc" },
    });
    expect(copies.map((copy) => [copy.locale, copy.isOriginal])).toEqual([
      ["en", false],
      ["ko", true],
    ]);
    const [english, korean] = copies;
    expect(english).toMatchObject({
      translationState: "IN_PROGRESS",
      translationKind: "OFFICIAL",
      translatorId: translator.id,
      title: "Original title, revised",
      sourceHashes: { [sourceBlockId]: "hash-2" },
    });
    expect(english!.publishedRevision).toMatchObject({ number: 1, title: "Original title", sourceHashes: { [sourceBlockId]: "hash-1" } });
    expect(english!.revisions.map((revision) => [revision.number, revision.title])).toEqual([
      [1, "Original title"],
      [2, "Original title, revised"],
    ]);
    expect(korean!.revisions.map((revision) => revision.note)).toEqual(["Copied from edition 1"]);
    expect(korean!.publishedAt).toBeNull();

    // The translator restores the published wording into the correction's translation.
    const translatorsView = await listRevisions(translator, { editionId: created.editionId, locale: "en" });
    expect(translatorsView.revisions.map((revision) => [revision.number, revision.published])).toEqual([
      [2, false],
      [1, true],
    ]);
    await expect(
      restoreRevision(writer, { revisionId: published.id, editionId: correction.editionId, lockVersion: english!.lockVersion }),
    ).rejects.toThrow(PermissionDeniedError);
    const restored = await restoreRevision(translator, {
      revisionId: published.id,
      editionId: correction.editionId,
      lockVersion: english!.lockVersion,
    });
    expect(restored).toMatchObject({ locale: "en", revisionNumber: 3, lockVersion: english!.lockVersion + 1 });
    const after = await prisma.localization.findUniqueOrThrow({ where: { id: english!.id } });
    expect(after).toMatchObject({ title: "Original title", sourceHashes: { [sourceBlockId]: "hash-1" }, translationState: "IN_PROGRESS" });
    expect((await getRevision(translator, (await listRevisions(translator, { editionId: correction.editionId, locale: "en" })).revisions[0]!.id)).note).toBe(
      "Restored from revision 1 of an earlier edition",
    );

    // Revisions of two documents are not compared.
    const other = await createDocument(editor, { kind: "PRESS_RELEASE", title: "Other", bodyText: "Text." });
    const otherRevision = (await listRevisions(editor, { editionId: other.editionId })).revisions[0]!;
    await expect(compareRevisions(editor, { fromRevisionId: published.id, toRevisionId: otherRevision.id })).rejects.toThrow(/different documents/);
  });
});
