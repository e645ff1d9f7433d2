import { describe, expect, it } from "vitest";
import { PermissionDeniedError } from "@/lib/auth/policy";
import { testBackends } from "@/test-support/test-database";
import { useTestNewsroom } from "@/test-support/test-newsroom";
import { createDocument } from "./create-document";
import { saveEdition } from "./save-edition";
import { submit } from "./submit";
import { reject } from "./reject";
import { publish } from "./publish";
import { forcePublish } from "./force-publish";
import { correct } from "./correct";
import { withdraw } from "./withdraw";
import { unwithdraw } from "./unwithdraw";
import { deleteEdition } from "./delete-edition";
import { listForcePublications } from "@/lib/editions/force-publication-history";
import { loadPublicDocument } from "@/lib/public/document-page";
import { createActor, paragraphs } from "@/test-support/fixtures/content";
import { loadCorrectionSubject, loadEditionSubject } from "@/lib/editions/edition-subject";
import { DomainError, InputError, describeRefusal } from "@/lib/errors";

describe.each(testBackends())("the editorial lifecycle on %s", (backend) => {
  const { database, writer, editor, otherEditor } = useTestNewsroom(backend);

  const audit = async (subjectId: string) =>
    (await database.prisma.auditEvent.findMany({ where: { subjectId }, orderBy: [{ at: "asc" }, { id: "asc" }] })).map((event) => ({
      action: event.action,
      actorId: event.actorId,
      from: event.fromState,
      to: event.toState,
      reason: event.reason,
    }));

  it("saves an emptied public date as none, and publishes an undated release (a date is not required)", async () => {
    const created = await createDocument(writer, { kind: "PRESS_RELEASE", originalLocale: "en", title: "Undated statement", publicDate: "2025-03-30", body: paragraphs("The ministry said so.") });
    const saved = await saveEdition(writer, { editionId: created.editionId, lockVersion: created.lockVersion, publicDate: null });
    expect(saved.changed).toContain("publicDate");
    await submit(writer, { editionId: created.editionId });
    await publish(editor, { editionId: created.editionId });
    const edition = await database.prisma.edition.findUniqueOrThrow({ where: { id: created.editionId }, select: { state: true, publicDate: true } });
    expect(edition).toEqual({ state: "PUBLISHED", publicDate: null });
    expect((await loadPublicDocument(created.documentId, "en"))?.publicDate).toBeNull();
  });

  it("takes a release from draft to published, through a correction, a withdrawal and its undoing", async () => {
    const prisma = database.prisma;
    const created = await createDocument(writer, {
      kind: "PRESS_RELEASE",
      originalLocale: "en",
      title: "Minister meets the Foreign Minister of Kazakhstan",
      publicDate: "2025-03-30",
      body: paragraphs("The ministers met in Seoul."),
    });
    expect(created).toMatchObject({ slug: "minister-meets-the-foreign-minister-of-kazakhstan", lockVersion: 1, revisionNumber: 1 });

    const saved = await saveEdition(writer, {
      editionId: created.editionId,
      lockVersion: created.lockVersion,
      bodyText: "1. The ministers met in Seoul on 30 March.\n\n2. They discussed cooperation.",
      summary: "A meeting in Seoul.",
    });
    expect(saved).toMatchObject({ lockVersion: 2, revisionNumber: 2, changed: ["summary", "body"] });

    await submit(writer, { editionId: created.editionId });
    const rejected = await reject(editor, { editionId: created.editionId, comment: "Name the minister, please." });
    expect(rejected.state).toBe("DRAFT");
    expect((await prisma.edition.findUniqueOrThrow({ where: { id: created.editionId } })).rejectionComment).toBe("Name the minister, please.");

    await saveEdition(writer, { editionId: created.editionId, lockVersion: 2, title: "Minister Cho meets the Foreign Minister of Kazakhstan" });
    await submit(writer, { editionId: created.editionId });
    expect((await prisma.edition.findUniqueOrThrow({ where: { id: created.editionId } })).rejectionComment).toBeNull();
    const published = await publish(editor, { editionId: created.editionId });
    expect(published.state).toBe("PUBLISHED");
    const document = await prisma.document.findUniqueOrThrow({ where: { id: created.documentId } });
    expect(document.firstPublishedAt).toBeInstanceOf(Date);
    // Published before the title changed: the slug stays as it was first generated.
    expect(document.slug).toBe("minister-meets-the-foreign-minister-of-kazakhstan");

    const correction = await correct(writer, { documentId: created.documentId, changeType: "MAJOR" });
    expect(correction).toMatchObject({ number: 2, state: "DRAFT" });
    await expect(submit(writer, { editionId: correction.editionId })).rejects.toThrow(/change note/);
    await expect(correct(editor, { documentId: created.documentId })).rejects.toThrow(/already has an edition in progress/);
    await expect(
      saveEdition(writer, { editionId: correction.editionId, lockVersion: correction.lockVersion, slug: "another-address" }),
    ).rejects.toMatchObject({ field: "slug" });

    const fixed = await saveEdition(writer, {
      editionId: correction.editionId,
      lockVersion: correction.lockVersion,
      bodyText: "1. The ministers met in Seoul on 31 March.\n\n2. They discussed cooperation.",
      changeNote: "Corrected the date of the meeting.",
    });
    expect(fixed.changed).toEqual(["body", "changeNote"]);
    // The live page is untouched while the correction is in progress.
    const liveText = await prisma.localization.findFirstOrThrow({ where: { editionId: created.editionId, isOriginal: true } });
    expect(JSON.stringify(liveText.body)).toContain("30 March");

    await submit(writer, { editionId: correction.editionId });
    await publish(editor, { editionId: correction.editionId });
    const editions = await prisma.edition.findMany({ where: { documentId: created.documentId }, orderBy: { number: "asc" } });
    expect(editions.map((edition) => edition.state)).toEqual(["SUPERSEDED", "PUBLISHED"]);
    expect(editions[0]!.supersededAt).toBeInstanceOf(Date);
    expect(editions[1]!.changeNote).toBe("Corrected the date of the meeting.");
    const page = await loadPublicDocument(created.documentId, "en");
    expect(page?.history.map((entry) => entry.note)).toEqual(["Corrected the date of the meeting."]);

    await withdraw(editor, { editionId: correction.editionId, reason: "Published in error." });
    const withdrawn = await prisma.edition.findUniqueOrThrow({ where: { id: correction.editionId } });
    expect(withdrawn).toMatchObject({ state: "WITHDRAWN", withdrawalReason: "Published in error." });
    expect(withdrawn.withdrawnAt).toBeInstanceOf(Date);

    await unwithdraw(otherEditor, { editionId: correction.editionId });
    expect(await prisma.edition.findUniqueOrThrow({ where: { id: correction.editionId } })).toMatchObject({
      state: "PUBLISHED",
      withdrawnAt: null,
      withdrawalReason: null,
    });

    expect(await audit(created.editionId)).toEqual([
      { action: "edition.save", actorId: writer.id, from: null, to: null, reason: null },
      { action: "edition.submit", actorId: writer.id, from: "DRAFT", to: "SUBMITTED", reason: null },
      { action: "edition.reject", actorId: editor.id, from: "SUBMITTED", to: "DRAFT", reason: "Name the minister, please." },
      { action: "edition.save", actorId: writer.id, from: null, to: null, reason: null },
      { action: "edition.submit", actorId: writer.id, from: "DRAFT", to: "SUBMITTED", reason: null },
      { action: "edition.publish", actorId: editor.id, from: "SUBMITTED", to: "PUBLISHED", reason: null },
      { action: "edition.supersede", actorId: editor.id, from: "PUBLISHED", to: "SUPERSEDED", reason: null },
    ]);
    expect(await audit(correction.editionId)).toEqual([
      { action: "edition.correct", actorId: writer.id, from: null, to: "DRAFT", reason: null },
      { action: "edition.save", actorId: writer.id, from: null, to: null, reason: null },
      { action: "edition.submit", actorId: writer.id, from: "DRAFT", to: "SUBMITTED", reason: null },
      { action: "edition.publish", actorId: editor.id, from: "SUBMITTED", to: "PUBLISHED", reason: null },
      { action: "edition.withdraw", actorId: editor.id, from: "PUBLISHED", to: "WITHDRAWN", reason: "Published in error." },
      { action: "edition.unwithdraw", actorId: otherEditor.id, from: "WITHDRAWN", to: "PUBLISHED", reason: null },
    ]);
    expect(await audit(created.documentId)).toEqual([
      { action: "document.create", actorId: writer.id, from: null, to: "DRAFT", reason: null },
    ]);
  });

  it("keeps a second pair of eyes: the last editor cannot publish, but may force publish with a reason", async () => {
    const created = await createDocument(editor, { kind: "PRESS_RELEASE", title: "Spokesperson's briefing", body: paragraphs("Text.") });
    await submit(editor, { editionId: created.editionId });
    await expect(publish(editor, { editionId: created.editionId })).rejects.toThrow(PermissionDeniedError);
    await expect(publish(editor, { editionId: created.editionId })).rejects.toThrow(/You made the last changes/);
    await expect(forcePublish(editor, { editionId: created.editionId, reason: "  " })).rejects.toThrow(InputError);

    await forcePublish(editor, { editionId: created.editionId, reason: "The minister's statement must go out before the press conference." });
    const edition = await database.prisma.edition.findUniqueOrThrow({ where: { id: created.editionId } });
    expect(edition).toMatchObject({
      state: "PUBLISHED",
      forcePublished: true,
      forcePublishReason: "The minister's statement must go out before the press conference.",
      publishedById: editor.id,
    });
    expect((await audit(created.editionId)).at(-1)).toEqual({
      action: "edition.forcePublish",
      actorId: editor.id,
      from: "SUBMITTED",
      to: "PUBLISHED",
      reason: "The minister's statement must go out before the press conference.",
    });
    const dashboard = await listForcePublications(otherEditor);
    expect(dashboard[0]).toMatchObject({
      editionId: created.editionId,
      title: "Spokesperson's briefing",
      by: { id: editor.id, email: editor.email },
      reason: "The minister's statement must go out before the press conference.",
    });
  });

  it("lets writers work only on their own drafts, and refuses what the workflow does not allow", async () => {
    const created = await createDocument(writer, { kind: "PRESS_RELEASE", title: "Writer's draft", body: paragraphs("Text.") });
    const otherWriter = await createActor(database.prisma, "WRITER", "other-writer");
    await expect(saveEdition(otherWriter, { editionId: created.editionId, lockVersion: 1, title: "Mine now" })).rejects.toThrow(
      /only their own/,
    );
    await expect(publish(writer, { editionId: created.editionId })).rejects.toThrow(PermissionDeniedError);
    await expect(withdraw(editor, { editionId: created.editionId, reason: "No" })).rejects.toThrow(/draft cannot be withdrawn/);
    await expect(reject(editor, { editionId: created.editionId, comment: "No" })).rejects.toThrow(/cannot be sent back to draft/);
    await expect(submit(writer, { editionId: "no-such-edition" })).rejects.toThrow(/does not exist/);
  });

  it("deletes drafts only: a new document's draft takes the document with it, a correction leaves the live edition", async () => {
    const prisma = database.prisma;
    const lone = await createDocument(writer, { kind: "PRESS_RELEASE", title: "Never published", body: paragraphs("Text.") });
    const deleted = await deleteEdition(writer, { editionId: lone.editionId });
    expect(deleted.documentDeleted).toBe(true);
    expect(await prisma.document.findUnique({ where: { id: lone.documentId } })).toBeNull();
    const record = await prisma.auditEvent.findFirstOrThrow({ where: { action: "edition.delete", subjectId: lone.editionId } });
    expect(record).toMatchObject({ actorId: writer.id, fromState: "DRAFT" });
    expect(record.data).toMatchObject({ title: "Never published", documentDeleted: true });

    const live = await createDocument(editor, { kind: "PRESS_RELEASE", title: "Live release", body: paragraphs("Text.") });
    await forcePublish(editor, { editionId: live.editionId, reason: "Urgent." });
    await expect(deleteEdition(editor, { editionId: live.editionId })).rejects.toThrow(/withdraw it instead/);
    const draft = await correct(editor, { documentId: live.documentId, changeType: "MINOR" });
    expect(await deleteEdition(editor, { editionId: draft.editionId })).toMatchObject({ documentDeleted: false });
    expect((await prisma.edition.findUniqueOrThrow({ where: { id: live.editionId } })).state).toBe("PUBLISHED");
  });

  it("creates interviews with their outlet and link, and refuses links that are not http(s)", async () => {
    const created = await createDocument(editor, {
      kind: "INTERVIEW",
      title: "인터뷰: 외교부 장관, APA 통신",
      originalLocale: "ko",
      interviewee: "Minister Cho",
      outlet: "APA Information Agency",
      sourceUrl: "https://apa.az/en/interview",
      body: [
        { kind: "question", id: "q1aaaa", text: "How do you see relations?" },
        { kind: "answer", id: "a1aaaa", text: "Very good." },
      ],
    });
    expect(created.slug).toBe("inteobyu-oegyobu-janggwan-apa-tongsin");
    const document = await database.prisma.document.findUniqueOrThrow({ where: { id: created.documentId } });
    expect(document).toMatchObject({ interviewee: "Minister Cho", outlet: "APA Information Agency", sourceUrl: "https://apa.az/en/interview" });

    await expect(
      saveEdition(editor, { editionId: created.editionId, lockVersion: 1, sourceUrl: "javascript:alert(1)" }),
    ).rejects.toMatchObject({ name: "InputError", field: "sourceUrl" });
    await expect(createDocument(editor, { kind: "PRESS_RELEASE", title: "x", originalLocale: "xx" })).rejects.toThrow(DomainError);
  });

  it("generates unique slugs and refuses a taken one", async () => {
    const first = await createDocument(writer, { kind: "PRESS_RELEASE", title: "Weekly briefing" });
    const second = await createDocument(writer, { kind: "PRESS_RELEASE", title: "Weekly briefing" });
    const third = await createDocument(writer, { kind: "PRESS_RELEASE", title: "Weekly   briefing!" });
    expect([first.slug, second.slug, third.slug]).toEqual(["weekly-briefing", "weekly-briefing-2", "weekly-briefing-3"]);
    await expect(
      saveEdition(writer, { editionId: third.editionId, lockVersion: 1, slug: "weekly-briefing" }),
    ).rejects.toMatchObject({ field: "slug", message: expect.stringMatching(/already used/) });
    const renamed = await saveEdition(writer, { editionId: third.editionId, lockVersion: 1, slug: "weekly-briefing-march" });
    expect(renamed.slug).toBe("weekly-briefing-march");
  });

  it("gives the action wrapper the policy's subjects and the messages to show for a refusal", async () => {
    const created = await createDocument(writer, { kind: "PRESS_RELEASE", title: "Subjects", body: paragraphs("Text.") });
    expect(await loadEditionSubject(created.editionId)).toEqual({
      type: "edition",
      state: "DRAFT",
      createdById: writer.id,
      lastEditedById: writer.id,
      hasEditionInProgress: false,
    });
    await submit(writer, { editionId: created.editionId });
    await publish(editor, { editionId: created.editionId });
    await correct(writer, { documentId: created.documentId });
    expect(await loadCorrectionSubject(created.documentId)).toMatchObject({ state: "PUBLISHED", hasEditionInProgress: true });
    await expect(loadEditionSubject("missing")).rejects.toThrow(/does not exist/);

    const invalid = await saveEdition(writer, { editionId: created.editionId, lockVersion: 1, publicDate: "soon" }).catch((error: unknown) => error);
    expect(describeRefusal(invalid)).toEqual({ message: "Enter a date like 2025-03-30", fieldErrors: { publicDate: ["Enter a date like 2025-03-30"] } });
    const refused = await reject(editor, { editionId: created.editionId, comment: "x" }).catch((error: unknown) => error);
    expect(describeRefusal(refused)).toBeNull(); // a PermissionDeniedError: the wrapper answers it itself
    const empty = await createDocument(writer, { kind: "PRESS_RELEASE", title: "Empty" });
    const notReady = await submit(writer, { editionId: empty.editionId }).catch((error: unknown) => error);
    expect(describeRefusal(notReady)).toEqual({ message: "An edition with an empty body cannot go out.", fieldErrors: {} });
  });
});
