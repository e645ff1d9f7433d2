import { afterAll, describe, expect, it, vi } from "vitest";
import type { TransactionClient } from "@/lib/db";
import { testBackends } from "@/test-support/test-database";
import { useTestNewsroom } from "@/test-support/test-newsroom";
import { createDocument } from "./create-document";
import { saveEdition } from "./save-edition";
import { submit } from "./submit";
import { publish } from "./publish";
import { correct } from "./correct";
import { paragraphs } from "@/test-support/fixtures/content";

/*
 * The publish transaction writes the audit entry last, after superseding the live edition, putting the new one live
 * and dating the document. Breaking it there shows that none of those writes survive on their own.
 */
const failure = vi.hoisted(() => ({ mode: "off" as "off" | "throw" | "kill" }));

vi.mock("@/lib/audit/record-audit-event", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/audit/record-audit-event")>();
  return {
    ...original,
    async recordAuditEvent(client: Parameters<typeof original.recordAuditEvent>[0], event: Parameters<typeof original.recordAuditEvent>[1]) {
      if (event.action === "edition.publish" && failure.mode === "kill") {
        // The database connection dies mid-transaction, as when the server or the network goes away.
        await (client as TransactionClient).$queryRawUnsafe("SELECT pg_terminate_backend(pg_backend_pid())");
      }
      if (event.action === "edition.publish" && failure.mode === "throw") throw new Error("injected failure before commit");
      return original.recordAuditEvent(client, event);
    },
  };
});

describe.each(testBackends())("publishing is atomic on %s", (backend) => {
  const { database, writer, editor } = useTestNewsroom(backend, { writer: "WRITER", editor: "EDITOR" });

  afterAll(() => {
    failure.mode = "off";
  });

  async function liveDocumentWithCorrection() {
    const created = await createDocument(writer, { kind: "PRESS_RELEASE", title: "Atomic release", body: paragraphs("Version one.") });
    await submit(writer, { editionId: created.editionId });
    await publish(editor, { editionId: created.editionId });
    const firstPublishedAt = (await database.prisma.document.findUniqueOrThrow({ where: { id: created.documentId } })).firstPublishedAt;
    const correction = await correct(writer, { documentId: created.documentId, changeType: "MAJOR", changeNote: "Updated." });
    await saveEdition(writer, { editionId: correction.editionId, lockVersion: correction.lockVersion, bodyText: "Version two." });
    await submit(writer, { editionId: correction.editionId });
    return { created, correction, firstPublishedAt };
  }

  async function expectNothingChanged(documentId: string, liveId: string, correctionId: string, firstPublishedAt: Date | null) {
    const editions = await database.prisma.edition.findMany({ where: { documentId }, orderBy: { number: "asc" } });
    expect(editions.map((edition) => [edition.id, edition.state, edition.supersededAt, edition.publishedById])).toEqual([
      [liveId, "PUBLISHED", null, editor.id],
      [correctionId, "SUBMITTED", null, null],
    ]);
    expect(editions[1]!.publishedAt).toBeNull();
    const original = await database.prisma.localization.findFirstOrThrow({ where: { editionId: correctionId, isOriginal: true } });
    expect(original.publishedAt).toBeNull();
    expect((await database.prisma.document.findUniqueOrThrow({ where: { id: documentId } })).firstPublishedAt).toEqual(firstPublishedAt);
    expect(await database.prisma.auditEvent.count({ where: { subjectId: { in: [liveId, correctionId] }, action: { in: ["edition.publish", "edition.supersede"] } } })).toBe(1);
  }

  it("leaves the old edition live and the new one unpublished when the transaction fails before commit", async () => {
    const { created, correction, firstPublishedAt } = await liveDocumentWithCorrection();
    failure.mode = "throw";
    try {
      await expect(publish(editor, { editionId: correction.editionId })).rejects.toThrow(/injected failure/);
    } finally {
      failure.mode = "off";
    }
    await expectNothingChanged(created.documentId, created.editionId, correction.editionId, firstPublishedAt);

    // Nothing is stuck: publishing again works.
    await publish(editor, { editionId: correction.editionId });
    const states = await database.prisma.edition.findMany({ where: { documentId: created.documentId }, orderBy: { number: "asc" } });
    expect(states.map((edition) => edition.state)).toEqual(["SUPERSEDED", "PUBLISHED"]);
  });

  // Killing a backend connection is a PostgreSQL notion; PGlite has one in-process connection (the throw case above covers it).
  const onPostgres = backend === "postgres" ? it : () => undefined;
  onPostgres("leaves the old edition live when the database connection is killed mid-publish", async () => {
    const { created, correction, firstPublishedAt } = await liveDocumentWithCorrection();
    failure.mode = "kill";
    try {
      await expect(publish(editor, { editionId: correction.editionId })).rejects.toThrow();
    } finally {
      failure.mode = "off";
    }
    await expectNothingChanged(created.documentId, created.editionId, correction.editionId, firstPublishedAt);

    await publish(editor, { editionId: correction.editionId });
    const states = await database.prisma.edition.findMany({ where: { documentId: created.documentId }, orderBy: { number: "asc" } });
    expect(states.map((edition) => edition.state)).toEqual(["SUPERSEDED", "PUBLISHED"]);
  });
});
