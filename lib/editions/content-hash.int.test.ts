import { describe, expect, it } from "vitest";
import { testBackends } from "@/test-support/test-database";
import { useTestNewsroom } from "@/test-support/test-newsroom";
import { canonicalJson, editionContentHash, publishedRecords } from "./content-hash";
import { correct } from "@/lib/editorial/correct";
import { createDocument } from "@/lib/editorial/create-document";
import { publish } from "@/lib/editorial/publish";
import { saveEdition } from "@/lib/editorial/save-edition";
import { submit } from "@/lib/editorial/submit";
import { paragraphs } from "@/test-support/fixtures/content";

describe("canonical JSON", () => {
  it("is the same text for the same content, whatever the order of keys", () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { y: 1, x: 0 }], c: null } })).toBe('{"a":{"c":null,"d":[2,{"x":0,"y":1}]},"b":1}');
    expect(canonicalJson({ at: new Date("2020-01-02T03:04:05Z") })).toBe('{"at":"2020-01-02T03:04:05.000Z"}');
  });
});

describe.each(testBackends())("the fingerprint of a published edition on %s", (backend) => {
  const { database, writer, editor } = useTestNewsroom(backend, { writer: "WRITER", editor: "EDITOR" });

  it("is recorded when the edition goes live, and shows a record changed afterwards", async () => {
    const created = await createDocument(writer, { kind: "PRESS_RELEASE", title: "Fingerprinted release", body: paragraphs("The record.") });
    await submit(writer, { editionId: created.editionId });
    const draftHash = await editionContentHash(database.prisma, created.editionId);
    await publish(editor, { editionId: created.editionId });

    const edition = await database.prisma.edition.findUniqueOrThrow({ where: { id: created.editionId } });
    expect(edition.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(edition.contentHash).toBe(draftHash);
    expect(await publishedRecords(database.prisma, created.documentId)).toMatchObject([{ number: 1, recorded: edition.contentHash, intact: true }]);

    // A correction is a new edition with its own fingerprint; the first one's still holds.
    const correction = await correct(writer, { documentId: created.documentId, changeType: "MAJOR", changeNote: "Updated." });
    await saveEdition(writer, { editionId: correction.editionId, lockVersion: correction.lockVersion, bodyText: "The corrected record." });
    await submit(writer, { editionId: correction.editionId });
    await publish(editor, { editionId: correction.editionId });
    const records = await publishedRecords(database.prisma, created.documentId);
    expect(records.map((record) => [record.number, record.state, record.intact])).toEqual([
      [2, "PUBLISHED", true],
      [1, "SUPERSEDED", true],
    ]);
    expect(records[0]!.recorded).not.toBe(records[1]!.recorded);

    // Someone edits the superseded record in the database by hand.
    await database.prisma.localization.updateMany({ where: { editionId: created.editionId, isOriginal: true }, data: { title: "Quietly rewritten" } });
    const after = await publishedRecords(database.prisma, created.documentId);
    expect(after.find((record) => record.number === 1)).toMatchObject({ intact: false, recorded: edition.contentHash });
    expect(after.find((record) => record.number === 2)).toMatchObject({ intact: true });
  });
});
