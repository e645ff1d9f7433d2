import { describe, expect, it } from "vitest";
import { openDatabase } from "@/lib/db/open-database";
import { testBackends } from "@/test-support/test-database";
import { useTestNewsroom } from "@/test-support/test-newsroom";
import { ConflictError } from "@/lib/errors";
import { createDocument } from "./create-document";
import { saveEdition } from "./save-edition";
import { submit } from "./submit";
import { publish } from "./publish";
import { schedule } from "./schedule";
import { unschedule } from "./unschedule";
import { correct } from "./correct";
import { publishDue, type PublishDueResult } from "./publish-due";
import type { EditionText } from "@/lib/editions/edition-records";
import { paragraphs } from "@/test-support/fixtures/content";

describe.each(testBackends())("concurrent editing and scheduling on %s", (backend) => {
  const { database, writer, editor, otherEditor } = useTestNewsroom(backend);

  it("lets exactly one of two saves from the same version through; the other gets the winner's text", async () => {
    const created = await createDocument(editor, { kind: "PRESS_RELEASE", title: "Original title", body: paragraphs("Original text.") });
    for (let round = 0; round < 5; round++) {
      const { lockVersion } = await database.prisma.edition.findUniqueOrThrow({ where: { id: created.editionId } });
      const attempts = await Promise.allSettled([
        saveEdition(editor, { editionId: created.editionId, lockVersion, title: `Editor's title ${round}`, bodyText: `Editor's text ${round}.` }),
        saveEdition(otherEditor, { editionId: created.editionId, lockVersion, title: `Other title ${round}`, bodyText: `Other text ${round}.` }),
      ]);
      const won = attempts.filter((attempt) => attempt.status === "fulfilled");
      const lost = attempts.filter((attempt) => attempt.status === "rejected");
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      const error = (lost[0] as PromiseRejectedResult).reason as ConflictError<EditionText>;
      expect(error).toBeInstanceOf(ConflictError);
      expect(error.message).toMatch(/saved this edition after you opened it/);

      const stored = await database.prisma.localization.findFirstOrThrow({ where: { editionId: created.editionId, isOriginal: true } });
      expect(error.conflict.current.title).toBe(stored.title);
      expect(error.conflict.current.bodyText).toContain(stored.title.startsWith("Editor") ? "Editor's text" : "Other text");
      expect(error.conflict.lockVersion).toBe(lockVersion + 1);
      const winner = stored.title.startsWith("Editor") ? editor : otherEditor;
      expect(error.conflict.lastEditedBy?.id).toBe(winner.id);
    }
    const revisions = await database.prisma.revision.count({ where: { localization: { editionId: created.editionId } } });
    expect(revisions).toBe(1 + 5);
  });

  it("refuses a save from a version that is no longer current, with the current text", async () => {
    const created = await createDocument(editor, { kind: "PRESS_RELEASE", title: "Stale form", body: paragraphs("First.") });
    await saveEdition(otherEditor, { editionId: created.editionId, lockVersion: 1, title: "Someone else's title" });
    const error = await saveEdition(editor, { editionId: created.editionId, lockVersion: 1, title: "My title" }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError<EditionText>).conflict).toMatchObject({
      lockVersion: 2,
      lastEditedBy: { id: otherEditor.id },
      current: { title: "Someone else's title" },
    });
  });

  it("schedules in office time (Asia/Seoul), stores UTC, refuses the past, and unschedules", async () => {
    const created = await createDocument(writer, { kind: "PRESS_RELEASE", title: "Scheduled release", body: paragraphs("Text.") });
    await submit(writer, { editionId: created.editionId });
    await expect(schedule(editor, { editionId: created.editionId, publishAt: "2020-01-01T09:00" })).rejects.toMatchObject({
      field: "publishAt",
    });
    const scheduled = await schedule(editor, { editionId: created.editionId, publishAt: "2040-01-01T09:00" });
    expect(scheduled.scheduledAt.toISOString()).toBe("2040-01-01T00:00:00.000Z");
    expect(scheduled.state).toBe("SCHEDULED");
    const event = await database.prisma.auditEvent.findFirstOrThrow({ where: { action: "edition.schedule", subjectId: created.editionId } });
    expect(event).toMatchObject({ actorId: editor.id, fromState: "SUBMITTED", toState: "SCHEDULED" });
    expect(event.data).toMatchObject({ details: { scheduledAt: "2040-01-01T00:00:00.000Z", officeTime: "2040-01-01T09:00", timeZone: "Asia/Seoul" } });

    // Scheduled content is frozen.
    await expect(saveEdition(editor, { editionId: created.editionId, lockVersion: 1, title: "Changed" })).rejects.toThrow(/unschedule it first/);
    const back = await unschedule(otherEditor, { editionId: created.editionId });
    expect(back.state).toBe("SUBMITTED");
    expect((await database.prisma.edition.findUniqueOrThrow({ where: { id: created.editionId } })).scheduledAt).toBeNull();
    expect((await database.prisma.auditEvent.count({ where: { action: "edition.unschedule", subjectId: created.editionId } }))).toBe(1);
  });

  async function scheduleReleases(count: number, label: string): Promise<string[]> {
    const ids: string[] = [];
    for (let index = 0; index < count; index++) {
      const created = await createDocument(writer, { kind: "PRESS_RELEASE", title: `${label} ${index}`, body: paragraphs("Text.") });
      await submit(writer, { editionId: created.editionId });
      await schedule(editor, { editionId: created.editionId, publishAt: "2040-06-01T10:00" });
      ids.push(created.editionId);
    }
    return ids;
  }

  function publishedIds(results: PublishDueResult[]): string[] {
    return results.flatMap((result) => result.published.map((published) => published.editionId));
  }

  it("publishes what is due, and nothing that is not", async () => {
    const [due] = await scheduleReleases(1, "Due soon");
    expect((await publishDue({ now: new Date("2040-06-01T00:59:00Z") })).published).toEqual([]);
    const result = await publishDue({ now: new Date("2040-06-01T01:00:00Z") });
    expect(result.published.map((published) => published.editionId)).toContain(due);
    const edition = await database.prisma.edition.findUniqueOrThrow({ where: { id: due! } });
    // Whoever scheduled it is its publisher; the audit entry has no actor (the system did it).
    expect(edition).toMatchObject({ state: "PUBLISHED", publishedById: editor.id });
    const event = await database.prisma.auditEvent.findFirstOrThrow({ where: { action: "edition.publishScheduled", subjectId: due } });
    expect(event).toMatchObject({ actorId: null, fromState: "SCHEDULED", toState: "PUBLISHED" });
  });

  it("publishes each due edition exactly once when two schedulers run at the same moment", async () => {
    const due = await scheduleReleases(8, "Race");
    // A scheduled correction too: its live edition must be superseded exactly once.
    const live = await createDocument(writer, { kind: "PRESS_RELEASE", title: "Race correction", body: paragraphs("Text.") });
    await submit(writer, { editionId: live.editionId });
    await publish(editor, { editionId: live.editionId });
    const correction = await correct(writer, { documentId: live.documentId, changeType: "MINOR" });
    await saveEdition(writer, { editionId: correction.editionId, lockVersion: correction.lockVersion, bodyText: "Corrected text." });
    await submit(writer, { editionId: correction.editionId });
    await schedule(editor, { editionId: correction.editionId, publishAt: "2040-06-01T10:00" });
    due.push(correction.editionId);

    const now = new Date("2041-01-01T00:00:00Z");
    let results: PublishDueResult[];
    if (backend === "postgres") {
      // Two app instances: two clients, two connection pools, really racing on one database.
      const first = await openDatabase({ backend: "postgres", url: database.url! });
      const second = await openDatabase({ backend: "postgres", url: database.url! });
      try {
        results = await Promise.all([publishDue({ client: first.prisma, now }), publishDue({ client: second.prisma, now })]);
      } finally {
        await Promise.all([first.close(), second.close()]);
      }
    } else {
      results = await Promise.all([publishDue({ now }), publishDue({ now })]);
    }

    const published = publishedIds(results);
    expect([...published].sort()).toEqual([...due].sort());
    expect(results.flatMap((result) => result.failed)).toEqual([]);
    for (const editionId of due) {
      expect(await database.prisma.auditEvent.count({ where: { action: "edition.publishScheduled", subjectId: editionId } })).toBe(1);
    }
    expect(await database.prisma.auditEvent.count({ where: { action: "edition.supersede", subjectId: live.editionId } })).toBe(1);
    const states = await database.prisma.edition.findMany({ where: { documentId: live.documentId }, orderBy: { number: "asc" } });
    expect(states.map((edition) => edition.state)).toEqual(["SUPERSEDED", "PUBLISHED"]);
    expect(await database.prisma.edition.count({ where: { state: "SCHEDULED" } })).toBe(0);

    // Running again finds nothing: exactly once also means not again later.
    expect((await publishDue({ now })).published).toEqual([]);
  });
});
