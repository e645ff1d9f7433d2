import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PDFDocument } from "pdf-lib";
import sharp from "sharp";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { localStorage, setMediaStorageForTests } from "@/lib/media/storage";
import { uploadMedia } from "@/lib/media/upload-media";
import { readMediaFile } from "@/lib/media/serve-media";
import { urlHashOf } from "@/lib/media/media-view";
import { openDatabase } from "@/lib/db/open-database";
import { requestSubscription } from "@/lib/alerts/request-subscription";
import { confirmSubscription } from "@/lib/alerts/confirm-subscription";
import { PermissionDeniedError } from "@/lib/auth/policy";
import { createDocument } from "@/lib/editorial/create-document";
import { publishDue } from "@/lib/editorial/publish-due";
import { submit } from "@/lib/editorial/submit";
import { unschedule } from "@/lib/editorial/unschedule";
import { saveEdition } from "@/lib/editorial/save-edition";
import { paragraphs } from "@/test-support/fixtures/content";
import { loadEditionSubject } from "@/lib/editions/edition-subject";
import type { OutgoingMail } from "@/lib/mail/outbound-mail";
import { loadDocumentList } from "@/lib/public/document-lists";
import { loadPublicDocument, resolveDocumentSlug } from "@/lib/public/document-page";
import { searchDocuments } from "@/lib/search/search-documents";
import { testBackends } from "@/test-support/test-database";
import { useTestNewsroom } from "@/test-support/test-newsroom";
import { embargo } from "./embargo-edition";
import { readEmbargoedMediaFile } from "./embargoed-media";
import { extendEmbargo } from "./extend-embargo";
import { liftEmbargo } from "./lift-embargo";
import { LINK_DAYS_AFTER_PUBLICATION, openEmbargoLink } from "./open-embargo-link";

const outbox = vi.hoisted(() => ({ mails: [] as OutgoingMail[] }));
vi.mock("@/lib/mail/outbound-mail", () => ({
  async enqueueMail(_tx: unknown, mail: OutgoingMail | OutgoingMail[]) {
    outbox.mails.push(...(Array.isArray(mail) ? mail : [mail]));
  },
}));

const tokenIn = (mail: OutgoingMail) => {
  const match = /\/embargoed\/([A-Za-z0-9_-]{43})/.exec(mail.text);
  if (!match) throw new Error(`No personal link in:\n${mail.text}`);
  return match[1]!;
};

describe.each(testBackends())("embargoes on %s", (backend) => {
  const { database, writer, editor, otherEditor } = useTestNewsroom(backend);
  let diplomatic: string;
  let wires: string;
  let empty: string;

  beforeAll(async () => {
    diplomatic = (
      await database.prisma.pressList.create({
        data: {
          name: "Diplomatic correspondents",
          contacts: { create: [{ name: "Ana Reporter", email: "ana@daily.example", outlet: "The Daily" }, { name: "Ben Writer", email: "ben@wire.example", outlet: "Wire" }] },
        },
      })
    ).id;
    wires = (await database.prisma.pressList.create({ data: { name: "Wires", contacts: { create: [{ name: "Ben Writer", email: "ben@wire.example", outlet: "Wire" }] } } })).id;
    empty = (await database.prisma.pressList.create({ data: { name: "Empty" } })).id;
  });
  beforeEach(() => {
    outbox.mails.length = 0;
  });

  async function submitted(title: string) {
    const created = await createDocument(writer, { kind: "PRESS_RELEASE", title, summary: "Outcome of the talks.", body: paragraphs("The ministers agreed.") });
    await submit(writer, { editionId: created.editionId });
    return created;
  }

  it("sends it to everyone on the chosen lists once, keeps it from the public, and shows it to each through their link", async () => {
    const created = await submitted("Joint statement on the summit");
    const result = await embargo(editor, { editionId: created.editionId, embargoUntil: "2040-03-02T09:00", pressListIds: [diplomatic, wires] });
    expect(result).toMatchObject({ state: "SCHEDULED", recipients: 2 });
    expect(result.until.toISOString()).toBe("2040-03-02T00:00:00.000Z");

    expect(outbox.mails.map((mail) => mail.to).sort()).toEqual(["ana@daily.example", "ben@wire.example"]);
    const mail = outbox.mails.find((candidate) => candidate.to === "ana@daily.example")!;
    expect(mail).toMatchObject({ subject: "EMBARGOED UNTIL 2040-03-02 09:00 GMT+9: Joint statement on the summit", purpose: "embargo" });
    expect(mail.text).toContain("The ministers agreed.");
    expect(mail.text).toContain("“Diplomatic correspondents”, “Wires”");
    const [anaToken, benToken] = [tokenIn(mail), tokenIn(outbox.mails.find((candidate) => candidate.to === "ben@wire.example")!)];
    expect(anaToken).not.toBe(benToken);
    // Only hashes are stored.
    const stored = await database.prisma.embargoRecipient.findMany({ where: { editionId: created.editionId } });
    expect(stored.map((row) => row.tokenHash)).not.toContain(anaToken);

    // The public does not see it: not at its address, not in lists, not in search.
    expect(await resolveDocumentSlug("PRESS_RELEASE", created.slug)).toBeNull();
    expect(await loadPublicDocument(created.documentId, "en")).toBeNull();
    expect((await loadDocumentList("PRESS_RELEASE", "en", { page: 1 }, 100)).items.map((item) => item.id)).not.toContain(created.documentId);
    expect((await searchDocuments({ query: "summit", locale: "en", page: 1 })).items.map((item) => item.id)).not.toContain(created.documentId);

    const opened = await openEmbargoLink(anaToken, { locale: "en", ipAddress: "203.0.113.9" });
    expect(opened).toMatchObject({ status: "embargoed", until: "2040-03-02 09:00 GMT+9", recipient: { name: "Ana Reporter", outlet: "The Daily" } });
    if (opened.status !== "embargoed") throw new Error("not embargoed");
    expect(opened.document).toMatchObject({ title: "Joint statement on the summit", summary: "Outcome of the talks." });
    await openEmbargoLink(anaToken, { locale: "en" });
    const ana = await database.prisma.embargoRecipient.findFirstOrThrow({ where: { editionId: created.editionId, email: "ana@daily.example" } });
    expect(ana.openCount).toBe(2);
    expect(ana.firstOpenedAt).not.toBeNull();
    const audits = await database.prisma.auditEvent.findMany({ where: { action: "embargo.opened", subjectId: created.editionId }, orderBy: { at: "asc" } });
    expect(audits).toHaveLength(2);
    expect(audits[0]).toMatchObject({ actorEmail: "ana@daily.example", ipAddress: "203.0.113.9" });

    expect(await openEmbargoLink("A".repeat(43), { locale: "en" })).toEqual({ status: "unknown" });
    expect(await openEmbargoLink("not a token", { locale: "en" })).toEqual({ status: "unknown" });

    // Frozen, and not to be quietly unscheduled: the press list has it.
    expect((await loadEditionSubject(created.editionId)).embargoed).toBe(true);
    await expect(unschedule(editor, { editionId: created.editionId })).rejects.toBeInstanceOf(PermissionDeniedError);
    await expect(saveEdition(editor, { editionId: created.editionId, lockVersion: 1, title: "Changed" })).rejects.toThrow(/scheduled/);
  });

  it("shows the link holder its photo and file through a route that checks the token; the public gets them only once it lifts", async () => {
    const root = await mkdtemp(join(tmpdir(), "chancery-embargo-media-"));
    setMediaStorageForTests(localStorage(root));
    try {
      const jpeg = await sharp({ create: { width: 800, height: 500, channels: 3, background: "#355c7d" } }).jpeg().toBuffer();
      const photo = await uploadMedia(writer, { file: new File([new Uint8Array(jpeg)], "summit.jpg", { type: "image/jpeg" }), textLocale: "en", alt: "The summit hall", caption: "Before the summit" });
      const pdf = await PDFDocument.create();
      pdf.addPage([595, 842]);
      const statement = await uploadMedia(writer, { file: new File([new Uint8Array(await pdf.save())], "statement.pdf", { type: "application/pdf" }), textLocale: "en", title: "Joint statement" });
      const other = await uploadMedia(writer, {
        file: new File([new Uint8Array(await sharp({ create: { width: 400, height: 300, channels: 3, background: "#111111" } }).png().toBuffer())], "other.png", { type: "image/png" }),
        textLocale: "en",
        alt: "Not in this release",
      });
      const body = [...paragraphs("The leaders met."), { kind: "attachment" as const, id: "att-statement", mediaId: statement.id }];
      const created = await createDocument(writer, { kind: "PRESS_RELEASE", title: "Summit with pictures", summary: "", body, leadImageId: photo.id });
      await submit(writer, { editionId: created.editionId });
      await embargo(editor, { editionId: created.editionId, embargoUntil: "2040-06-01T09:00", pressListIds: [diplomatic] });
      const token = tokenIn(outbox.mails.find((mail) => mail.to === "ana@daily.example")!);

      const opened = await openEmbargoLink(token, { locale: "en" });
      if (opened.status !== "embargoed") throw new Error("not embargoed");
      const rows = await database.prisma.mediaAsset.findMany({ where: { id: { in: [photo.id, statement.id, other.id] } } });
      const hashOf = (id: string) => urlHashOf(rows.find((row) => row.id === id)!.contentHash);
      const photoBase = `/media/embargoed/${token}/${photo.id}/${hashOf(photo.id)}`;
      expect(opened.document.leadImage).toMatchObject({ id: photo.id, caption: "Before the summit", base: photoBase });
      expect(opened.document.media[statement.id]).toMatchObject({ kind: "document", href: `/media/embargoed/${token}/${statement.id}/${hashOf(statement.id)}/statement.pdf` });

      const image = { id: photo.id, hash: hashOf(photo.id), name: "w640.webp" };
      const file = { id: statement.id, hash: hashOf(statement.id), name: "statement.pdf" };
      const viaLink = await readEmbargoedMediaFile(token, image);
      expect(viaLink).toMatchObject({ found: true, contentType: "image/webp", isPublic: false });
      expect(await readEmbargoedMediaFile(token, file)).toMatchObject({ found: true, contentType: "application/pdf", isPublic: false });
      // Not public, not to another token, nor a photo this release does not show.
      const nobody = async () => false;
      expect(await readMediaFile(image, nobody)).toEqual({ found: false });
      expect(await readMediaFile(file, nobody)).toEqual({ found: false });
      expect(await readEmbargoedMediaFile("A".repeat(43), image)).toEqual({ found: false });
      expect(await readEmbargoedMediaFile("../" + token, image)).toEqual({ found: false });
      expect(await readEmbargoedMediaFile(token, { id: other.id, hash: hashOf(other.id), name: "w320.webp" })).toEqual({ found: false });
      // Fetching files is not an opening of the link.
      const ana = await database.prisma.embargoRecipient.findFirstOrThrow({ where: { editionId: created.editionId, email: "ana@daily.example" } });
      expect(ana.openCount).toBe(1);

      await liftEmbargo(otherEditor, { editionId: created.editionId, reason: "The summit was brought forward." });
      expect(await readMediaFile(image, nobody)).toMatchObject({ found: true, isPublic: true });
      expect(await readMediaFile(file, nobody)).toMatchObject({ found: true, isPublic: true });
      // The link now leads to the public page, whose files are the public ones.
      expect(await readEmbargoedMediaFile(token, image)).toEqual({ found: false });
    } finally {
      setMediaStorageForTests(null);
      await rm(root, { recursive: true, force: true });
    }
  });

  it("refuses lists with nobody on them, times in the past, and the editor who made the last changes", async () => {
    const created = await submitted("Refusals");
    await expect(embargo(editor, { editionId: created.editionId, embargoUntil: "2040-01-01T09:00", pressListIds: [empty] })).rejects.toMatchObject({ field: "pressListIds" });
    await expect(embargo(editor, { editionId: created.editionId, embargoUntil: "2020-01-01T09:00", pressListIds: [diplomatic] })).rejects.toMatchObject({ field: "embargoUntil" });
    await expect(embargo(editor, { editionId: created.editionId, embargoUntil: "2040-01-01T09:00", pressListIds: [] })).rejects.toMatchObject({ field: "pressListIds" });
    await expect(embargo(writer, { editionId: created.editionId, embargoUntil: "2040-01-01T09:00", pressListIds: [diplomatic] })).rejects.toBeInstanceOf(PermissionDeniedError);
    const own = await createDocument(editor, { kind: "PRESS_RELEASE", title: "Own work", body: paragraphs("Text.") });
    await submit(editor, { editionId: own.editionId });
    await expect(embargo(editor, { editionId: own.editionId, embargoUntil: "2040-01-01T09:00", pressListIds: [diplomatic] })).rejects.toThrow(/another editor must embargo it/);
    expect(outbox.mails).toHaveLength(0);
    expect(await database.prisma.embargo.count({ where: { editionId: { in: [created.editionId, own.editionId] } } })).toBe(0);
  });

  it("extends only to a later time, with a reason on the record, and tells the recipients", async () => {
    const created = await submitted("Extended release");
    await embargo(editor, { editionId: created.editionId, embargoUntil: "2040-05-01T09:00", pressListIds: [diplomatic] });
    outbox.mails.length = 0;
    await expect(extendEmbargo(editor, { editionId: created.editionId, embargoUntil: "2040-04-30T09:00", reason: "Earlier?" })).rejects.toMatchObject({ field: "embargoUntil" });
    await expect(extendEmbargo(editor, { editionId: created.editionId, embargoUntil: "2040-05-02T09:00", reason: "  " })).rejects.toMatchObject({ field: "reason" });
    const extended = await extendEmbargo(otherEditor, { editionId: created.editionId, embargoUntil: "2040-05-02T12:30", reason: "The summit was moved by a day." });
    expect(extended).toMatchObject({ state: "SCHEDULED" });
    expect((await database.prisma.edition.findUniqueOrThrow({ where: { id: created.editionId } })).scheduledAt?.toISOString()).toBe("2040-05-02T03:30:00.000Z");
    const event = await database.prisma.auditEvent.findFirstOrThrow({ where: { action: "edition.extendEmbargo", subjectId: created.editionId } });
    expect(event).toMatchObject({ reason: "The summit was moved by a day.", actorId: otherEditor.id });
    expect(outbox.mails.map((mail) => [mail.to, mail.subject]).sort()).toEqual([
      ["ana@daily.example", "Embargo extended until 2040-05-02 12:30 GMT+9: Extended release"],
      ["ben@wire.example", "Embargo extended until 2040-05-02 12:30 GMT+9: Extended release"],
    ]);
    // Not for an edition that is merely scheduled.
    const plain = await submitted("Merely scheduled");
    await database.prisma.edition.update({ where: { id: plain.editionId }, data: { state: "SCHEDULED", scheduledAt: new Date("2040-01-01T00:00:00Z") } });
    await expect(extendEmbargo(editor, { editionId: plain.editionId, embargoUntil: "2040-05-02T09:00", reason: "x" })).rejects.toThrow(/not under embargo/);
    await expect(liftEmbargo(editor, { editionId: plain.editionId, reason: "x" })).rejects.toThrow(/not under embargo/);
  });

  it("goes live once at its time however many schedulers run, then the links lead to the public page until they expire", async () => {
    await requestSubscription({ email: "alerts@desk.example", locale: "en", frequency: "IMMEDIATE", kinds: "PRESS_RELEASE" });
    const confirm = /token=([^\s]+)/.exec(outbox.mails.at(-1)!.text)![1]!;
    await confirmSubscription(decodeURIComponent(confirm));
    const created = await submitted("Goes live on time");
    const until = new Date(Date.now() + 120_000);
    const local = new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Seoul", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" })
      .format(until)
      .replace(" ", "T");
    await embargo(editor, { editionId: created.editionId, embargoUntil: local, pressListIds: [diplomatic] });
    const token = tokenIn(outbox.mails.find((mail) => mail.to === "ana@daily.example")!);
    outbox.mails.length = 0;

    expect((await publishDue({ now: new Date() })).published.map((row) => row.editionId)).not.toContain(created.editionId);
    const due = new Date(until.getTime() + 60_000);
    const second = backend === "postgres" ? await openDatabase({ backend: "postgres", url: database.url! }) : null;
    let runs;
    try {
      runs = await Promise.all([publishDue({ now: due }), publishDue({ now: due, client: second?.prisma ?? database.prisma })]);
    } finally {
      await second?.close();
    }
    expect(runs.flatMap((run) => run.published.map((row) => row.editionId)).filter((id) => id === created.editionId)).toHaveLength(1);
    expect(await database.prisma.auditEvent.count({ where: { action: "edition.publishScheduled", subjectId: created.editionId } })).toBe(1);
    expect(await resolveDocumentSlug("PRESS_RELEASE", created.slug)).toBe(created.documentId);
    expect(outbox.mails.filter((mail) => mail.to === "alerts@desk.example").map((mail) => mail.subject)).toEqual(["Press release: Goes live on time"]);

    expect(await openEmbargoLink(token, { locale: "en" })).toEqual({ status: "public", path: `/en/press-releases/${created.slug}` });
    const later = new Date(Date.now() + (LINK_DAYS_AFTER_PUBLICATION + 1) * 86_400_000);
    expect(await openEmbargoLink(token, { locale: "en", now: later })).toEqual({ status: "expired" });
  });

  it("lifts early with a reason: published at once, alerts out, recipients told", async () => {
    const created = await submitted("Lifted early");
    await embargo(editor, { editionId: created.editionId, embargoUntil: "2040-06-01T09:00", pressListIds: [wires] });
    outbox.mails.length = 0;
    await expect(liftEmbargo(editor, { editionId: created.editionId, reason: "" })).rejects.toMatchObject({ field: "reason" });
    const lifted = await liftEmbargo(otherEditor, { editionId: created.editionId, reason: "The other side announced it first." });
    expect(lifted.state).toBe("PUBLISHED");
    const event = await database.prisma.auditEvent.findFirstOrThrow({ where: { action: "edition.liftEmbargo", subjectId: created.editionId } });
    expect(event).toMatchObject({ reason: "The other side announced it first.", fromState: "SCHEDULED", toState: "PUBLISHED" });
    expect(outbox.mails.filter((mail) => mail.purpose === "embargo").map((mail) => [mail.to, mail.subject])).toEqual([["ben@wire.example", "Embargo lifted: Lifted early"]]);
    expect(outbox.mails.filter((mail) => mail.purpose === "embargo")[0]!.text).toContain(`/en/press-releases/${created.slug}`);
    expect(await resolveDocumentSlug("PRESS_RELEASE", created.slug)).toBe(created.documentId);
  });
});
