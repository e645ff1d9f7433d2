import { beforeAll, describe, expect, it } from "vitest";
import { CURRENT_USER_SELECT, type CurrentUser } from "@/lib/auth/current-user";
import { loadPublicDocument } from "@/lib/public/document-page";
import { loadWorkspaceDocument } from "@/lib/workspace/documents";
import { testBackends } from "@/test-support/test-database";
import { useTestNewsroom } from "@/test-support/test-newsroom";
import { type Actor } from "@/lib/changes/actor";
import { ConflictError } from "@/lib/errors";
import { createDocument } from "@/lib/editorial/create-document";
import { correct } from "@/lib/editorial/correct";
import { deleteEdition } from "@/lib/editorial/delete-edition";
import type { EditionText } from "./edition-records";
import { forcePublish } from "@/lib/editorial/force-publish";
import { publish } from "@/lib/editorial/publish";
import { publishDue } from "@/lib/editorial/publish-due";
import { saveEdition } from "@/lib/editorial/save-edition";
import { schedule } from "@/lib/editorial/schedule";
import { submit } from "@/lib/editorial/submit";
import { paragraphs } from "@/test-support/fixtures/content";

describe.each(testBackends())("a correction's tags, related documents and interview details on %s", (backend) => {
  const { database, writer, editor, otherEditor } = useTestNewsroom(backend);
  const country = { kz: "", az: "" };
  let topic: string;
  let person: string;
  const related = { first: { id: "", slug: "" }, second: { id: "", slug: "" } };

  beforeAll(async () => {
    const prisma = database.prisma;
    country.kz = (await prisma.country.create({ data: { code: "KZ", names: { en: "Kazakhstan" } } })).id;
    country.az = (await prisma.country.create({ data: { code: "AZ", names: { en: "Azerbaijan" } } })).id;
    topic = (await prisma.topic.create({ data: { slug: "trade", names: { en: "Trade" } } })).id;
    person = (await prisma.person.create({ data: { names: { en: "Cho Tae-yul" } } })).id;
    for (const [key, title] of [
      ["first", "Ministers meet in Astana"],
      ["second", "Ministers meet in Baku"],
    ] as const) {
      const created = await createDocument(editor, { kind: "PRESS_RELEASE", originalLocale: "en", title, body: paragraphs("Text.") });
      await forcePublish(editor, { editionId: created.editionId, reason: "Fixture." });
      related[key] = { id: created.documentId, slug: created.slug };
    }
  });

  const workspaceUser = (actor: Actor): Promise<CurrentUser> =>
    database.prisma.user.findUniqueOrThrow({ where: { id: actor.id }, select: CURRENT_USER_SELECT });

  /** What readers see, through the public site's own query. */
  async function readers(documentId: string) {
    const page = await loadPublicDocument(documentId, "en");
    if (!page) throw new Error("The document is not public");
    return {
      title: page.title,
      outlet: page.outlet,
      interviewee: page.interviewee,
      countries: page.countries.map((item) => item.code),
      topics: page.topics.map((item) => item.slug),
      related: page.related.map((item) => item.slug),
    };
  }

  async function publishedInterview(title: string) {
    const created = await createDocument(writer, {
      kind: "INTERVIEW",
      originalLocale: "en",
      title,
      interviewee: "Minister Cho",
      outlet: "APA Information Agency",
      sourceUrl: "https://apa.az/en/interview",
      taxonomy: { countries: [country.kz], topics: [topic] },
      relatedDocumentIds: [related.first.id],
      body: [
        { kind: "question", id: "q1aaaa", text: "How do you see relations?" },
        { kind: "answer", id: "a1aaaa", text: "Very good." },
      ],
    });
    await submit(writer, { editionId: created.editionId });
    await publish(editor, { editionId: created.editionId });
    return created;
  }

  const LIVE = {
    outlet: "APA Information Agency",
    interviewee: "Minister Cho",
    countries: ["KZ"],
    topics: ["trade"],
  };

  it("keeps them on the correction until another editor publishes it, and shows them in the editor meanwhile", async () => {
    const prisma = database.prisma;
    const created = await publishedInterview("Interview with APA");
    expect(await readers(created.documentId)).toMatchObject({ ...LIVE, related: [related.first.slug] });

    const correction = await correct(writer, { documentId: created.documentId, changeNote: "Corrected the outlet." });
    expect((await prisma.edition.findUniqueOrThrow({ where: { id: correction.editionId } })).pendingDocumentFields).toBeNull();
    const saved = await saveEdition(writer, {
      editionId: correction.editionId,
      lockVersion: correction.lockVersion,
      title: "Interview with Yonhap",
      outlet: "Yonhap",
      interviewee: "Minister Cho",
      taxonomy: { countries: [country.az], topics: [], people: [] },
      relatedDocumentIds: [related.second.id],
    });
    expect(saved.changed.sort()).toEqual(["outlet", "relatedDocumentIds", "taxonomy.countries", "taxonomy.topics", "title"]);

    // Readers still see the live edition, text and tags alike.
    expect(await readers(created.documentId)).toEqual({ title: "Interview with APA", ...LIVE, related: [related.first.slug] });
    expect(await prisma.document.findUniqueOrThrow({ where: { id: created.documentId } })).toMatchObject({ outlet: "APA Information Agency" });
    expect((await prisma.edition.findUniqueOrThrow({ where: { id: correction.editionId } })).pendingDocumentFields).toEqual({
      outlet: "Yonhap",
      taxonomy: { countries: [country.az], topics: [] },
      relatedDocumentIds: [related.second.id],
    });

    // The editor shows the correction's values, not the live ones.
    const desk = (await loadWorkspaceDocument(await workspaceUser(writer), created.documentId))!;
    expect(desk.current.id).toBe(correction.editionId);
    expect(desk.document).toMatchObject({ outlet: "Yonhap", interviewee: "Minister Cho", sourceUrl: "https://apa.az/en/interview" });
    expect(desk.tags).toEqual({ countries: [country.az], topics: [], people: [], organisations: [], events: [] });
    expect(desk.related).toEqual([{ id: related.second.id, kind: "PRESS_RELEASE", title: "Ministers meet in Baku" }]);
    expect(desk.pendingFields.sort()).toEqual(["outlet", "relatedDocumentIds", "taxonomy.countries", "taxonomy.topics"]);

    // Back to the live value: nothing of it is pending any more. Another kind of tag is added.
    const second = await saveEdition(writer, {
      editionId: correction.editionId,
      lockVersion: saved.lockVersion,
      taxonomy: { topics: [topic], people: [person] },
    });
    expect(second.changed.sort()).toEqual(["taxonomy.people", "taxonomy.topics"]);
    expect((await prisma.edition.findUniqueOrThrow({ where: { id: correction.editionId } })).pendingDocumentFields).toEqual({
      outlet: "Yonhap",
      taxonomy: { countries: [country.az], people: [person] },
      relatedDocumentIds: [related.second.id],
    });
    // Sending the same values again changes nothing.
    const same = await saveEdition(writer, {
      editionId: correction.editionId,
      lockVersion: second.lockVersion,
      outlet: "Yonhap",
      taxonomy: { countries: [country.az], topics: [topic], people: [person] },
      relatedDocumentIds: [related.second.id],
    });
    expect(same).toMatchObject({ changed: [], lockVersion: second.lockVersion });

    // A save from an older version is refused with the correction's values as they are saved now.
    const conflict = await saveEdition(editor, { editionId: correction.editionId, lockVersion: saved.lockVersion, outlet: "AP" }).catch((error: unknown) => error);
    expect(conflict).toBeInstanceOf(ConflictError);
    expect((conflict as ConflictError<EditionText>).conflict.current).toMatchObject({
      title: "Interview with Yonhap",
      outlet: "Yonhap",
      interviewee: "Minister Cho",
      taxonomy: { countries: [country.az], topics: [topic], people: [person], organisations: [], events: [] },
      relatedDocumentIds: [related.second.id],
    });
    expect(await readers(created.documentId)).toMatchObject({ ...LIVE, related: [related.first.slug] });

    await submit(writer, { editionId: correction.editionId });
    expect(await readers(created.documentId)).toMatchObject({ ...LIVE, related: [related.first.slug] });
    await publish(otherEditor, { editionId: correction.editionId });

    expect(await readers(created.documentId)).toEqual({
      title: "Interview with Yonhap",
      outlet: "Yonhap",
      interviewee: "Minister Cho",
      countries: ["AZ"],
      topics: ["trade"],
      related: [related.second.slug],
    });
    expect(await prisma.documentPerson.findMany({ where: { documentId: created.documentId }, select: { personId: true } })).toEqual([{ personId: person }]);
    expect((await prisma.edition.findUniqueOrThrow({ where: { id: correction.editionId } })).pendingDocumentFields).toBeNull();
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { action: "edition.publish", subjectId: correction.editionId } });
    expect((event.data as { documentFields: string[] }).documentFields.sort()).toEqual([
      "outlet",
      "relatedDocumentIds",
      "taxonomy.countries",
      "taxonomy.people",
    ]);
    const after = (await loadWorkspaceDocument(await workspaceUser(editor), created.documentId))!;
    expect(after.pendingFields).toEqual([]);
    expect(after.document.outlet).toBe("Yonhap");
  });

  it("applies them when a scheduled correction goes live, and not before", async () => {
    const created = await publishedInterview("Scheduled interview");
    const correction = await correct(writer, { documentId: created.documentId, changeType: "MINOR" });
    await saveEdition(writer, {
      editionId: correction.editionId,
      lockVersion: correction.lockVersion,
      outlet: null,
      taxonomy: { countries: [country.kz, country.az] },
    });
    await submit(writer, { editionId: correction.editionId });
    await schedule(editor, { editionId: correction.editionId, publishAt: "2040-06-01T10:00" });
    expect((await publishDue({ now: new Date("2040-06-01T00:59:00Z") })).published).toEqual([]);
    expect(await readers(created.documentId)).toMatchObject(LIVE);

    const result = await publishDue({ now: new Date("2040-06-01T01:00:00Z") });
    expect(result.published.map((published) => published.editionId)).toEqual([correction.editionId]);
    const page = await readers(created.documentId);
    expect(page).toMatchObject({ outlet: null, interviewee: "Minister Cho", topics: ["trade"] });
    expect(page.countries.sort()).toEqual(["AZ", "KZ"]);
  });

  it("applies them when an editor force publishes the correction", async () => {
    const created = await publishedInterview("Force-published interview");
    const correction = await correct(editor, { documentId: created.documentId, changeType: "MINOR" });
    await saveEdition(editor, { editionId: correction.editionId, lockVersion: correction.lockVersion, sourceUrl: "https://apa.az/en/interview-2" });
    expect((await database.prisma.document.findUniqueOrThrow({ where: { id: created.documentId } })).sourceUrl).toBe("https://apa.az/en/interview");
    await forcePublish(editor, { editionId: correction.editionId, reason: "The link was dead." });
    expect((await database.prisma.document.findUniqueOrThrow({ where: { id: created.documentId } })).sourceUrl).toBe("https://apa.az/en/interview-2");
  });

  it("still writes them to the document at once on a first edition, where nothing is live", async () => {
    const prisma = database.prisma;
    const created = await createDocument(writer, { kind: "INTERVIEW", originalLocale: "en", title: "Not yet published", body: paragraphs("Text.") });
    const saved = await saveEdition(writer, {
      editionId: created.editionId,
      lockVersion: created.lockVersion,
      outlet: "Kazinform",
      taxonomy: { countries: [country.kz] },
      relatedDocumentIds: [related.first.id],
    });
    expect(saved.changed.sort()).toEqual(["outlet", "relatedDocumentIds", "taxonomy.countries"]);
    expect(await prisma.document.findUniqueOrThrow({ where: { id: created.documentId } })).toMatchObject({ outlet: "Kazinform" });
    expect(await prisma.documentCountry.findMany({ where: { documentId: created.documentId }, select: { countryId: true } })).toEqual([{ countryId: country.kz }]);
    expect(await prisma.documentRelation.findMany({ where: { fromId: created.documentId }, select: { toId: true } })).toEqual([{ toId: related.first.id }]);
    expect((await prisma.edition.findUniqueOrThrow({ where: { id: created.editionId } })).pendingDocumentFields).toBeNull();
  });

  it("refuses on a correction what it refuses on a first edition: unknown tags, a document related to itself", async () => {
    const created = await publishedInterview("Checked interview");
    const correction = await correct(writer, { documentId: created.documentId, changeType: "MINOR" });
    await expect(
      saveEdition(writer, { editionId: correction.editionId, lockVersion: correction.lockVersion, taxonomy: { countries: ["no-such-country"] } }),
    ).rejects.toMatchObject({ name: "DomainError", field: "taxonomy" });
    await expect(
      saveEdition(writer, { editionId: correction.editionId, lockVersion: correction.lockVersion, relatedDocumentIds: [created.documentId] }),
    ).rejects.toMatchObject({ name: "DomainError", field: "relatedDocumentIds" });
    expect((await database.prisma.edition.findUniqueOrThrow({ where: { id: correction.editionId } })).pendingDocumentFields).toBeNull();
  });

  it("discards them with a deleted correction", async () => {
    const prisma = database.prisma;
    const created = await publishedInterview("Abandoned correction");
    const correction = await correct(writer, { documentId: created.documentId, changeType: "MINOR" });
    await saveEdition(writer, { editionId: correction.editionId, lockVersion: correction.lockVersion, outlet: "Yonhap", taxonomy: { countries: [] } });
    await deleteEdition(writer, { editionId: correction.editionId });
    expect(await readers(created.documentId)).toMatchObject({ ...LIVE, related: [related.first.slug] });

    // The next correction starts from the live values, and publishing it untouched changes none of them.
    const next = await correct(writer, { documentId: created.documentId, changeType: "MINOR" });
    const desk = (await loadWorkspaceDocument(await workspaceUser(writer), created.documentId))!;
    expect(desk.current.id).toBe(next.editionId);
    expect(desk.document.outlet).toBe("APA Information Agency");
    expect(desk.tags.countries).toEqual([country.kz]);
    expect(desk.related.map((item) => item.id)).toEqual([related.first.id]);
    expect(desk.pendingFields).toEqual([]);
    await saveEdition(writer, { editionId: next.editionId, lockVersion: next.lockVersion, title: "Abandoned correction, corrected" });
    await submit(writer, { editionId: next.editionId });
    await publish(editor, { editionId: next.editionId });
    expect(await readers(created.documentId)).toMatchObject({ ...LIVE, related: [related.first.slug] });
    expect(await prisma.document.findUniqueOrThrow({ where: { id: created.documentId } })).toMatchObject({ sourceUrl: "https://apa.az/en/interview" });
  });

  it("leaves out at publication a tag or related document deleted since the correction chose it", async () => {
    const prisma = database.prisma;
    const created = await publishedInterview("Interview with a short-lived tag");
    const fleeting = await prisma.country.create({ data: { code: "UZ", names: { en: "Uzbekistan" } } });
    const gone = await createDocument(editor, { kind: "PRESS_RELEASE", title: "Never published", body: paragraphs("Text.") });
    const correction = await correct(writer, { documentId: created.documentId, changeType: "MINOR" });
    await saveEdition(writer, {
      editionId: correction.editionId,
      lockVersion: correction.lockVersion,
      taxonomy: { countries: [country.az, fleeting.id] },
      relatedDocumentIds: [related.second.id, gone.documentId],
    });
    await prisma.country.delete({ where: { id: fleeting.id } });
    await deleteEdition(editor, { editionId: gone.editionId });

    const desk = (await loadWorkspaceDocument(await workspaceUser(writer), created.documentId))!;
    expect(desk.tags.countries).toEqual([country.az]);
    expect(desk.related.map((item) => item.id)).toEqual([related.second.id]);

    await submit(writer, { editionId: correction.editionId });
    await publish(editor, { editionId: correction.editionId });
    expect(await readers(created.documentId)).toMatchObject({ countries: ["AZ"], related: [related.second.slug] });
  });
});
