import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PDFDocument } from "pdf-lib";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { correct } from "@/lib/editorial/correct";
import { createDocument } from "@/lib/editorial/create-document";
import { publish } from "@/lib/editorial/publish";
import { saveEdition } from "@/lib/editorial/save-edition";
import { submit } from "@/lib/editorial/submit";
import { paragraphs } from "@/test-support/fixtures/content";
import { withdraw } from "@/lib/editorial/withdraw";
import { testBackends } from "@/test-support/test-database";
import { useTestNewsroom } from "@/test-support/test-newsroom";
import { urlHashOf } from "./media-view";
import { readMediaFile, type MediaRequest } from "./serve-media";
import { localStorage, setMediaStorageForTests } from "./storage";
import { uploadMedia } from "./upload-media";

/*
 * Who gets a photo's or a file's bytes: readers only while a published edition shows it (its lead image or a block of
 * the original); staff always, never cached. Drafts, submitted editions, a correction's superseded edition and a
 * withdrawn document do not make a file public.
 */
describe.each(testBackends())("serving the media library on %s", (backend) => {
  const { database, writer, editor, otherEditor } = useTestNewsroom(backend);
  let root: string;
  const reader = async () => false;
  const staff = async () => true;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), "chancery-serve-media-"));
    setMediaStorageForTests(localStorage(root));
  });
  afterAll(async () => {
    setMediaStorageForTests(null);
    await rm(root, { recursive: true, force: true });
  });

  let uploads = 0;
  async function upload(): Promise<{ photo: MediaRequest; file: MediaRequest; photoId: string; fileId: string }> {
    uploads++;
    const jpeg = await sharp({ create: { width: 1000, height: 700, channels: 3, background: { r: uploads * 40, g: 120, b: 60 } } }).jpeg().toBuffer();
    const photo = await uploadMedia(writer, { file: new File([new Uint8Array(jpeg)], "meeting.jpg", { type: "image/jpeg" }), textLocale: "en", alt: "The meeting" });
    const pdf = await PDFDocument.create();
    pdf.setTitle(`Fact sheet ${uploads}`);
    pdf.addPage([595, 842]);
    const file = await uploadMedia(writer, { file: new File([new Uint8Array(await pdf.save())], "fact sheet.pdf", { type: "application/pdf" }), textLocale: "en", title: "Fact sheet" });
    const rows = await database.prisma.mediaAsset.findMany({ where: { id: { in: [photo.id, file.id] } }, select: { id: true, contentHash: true, fileName: true } });
    const request = (id: string, name: string) => ({ id, hash: urlHashOf(rows.find((row) => row.id === id)!.contentHash), name });
    return { photo: request(photo.id, "w640.webp"), file: request(file.id, rows.find((row) => row.id === file.id)!.fileName), photoId: photo.id, fileId: file.id };
  }

  const answer = async (request: MediaRequest, asStaff = false) => {
    const served = await readMediaFile(request, asStaff ? staff : reader);
    return served.found ? (served.isPublic ? "public" : "private") : "not found";
  };

  it("a draft's and a submitted edition's files answer only staff, privately; publishing makes them public", async () => {
    const { photo, file, photoId, fileId } = await upload();
    const body = [...paragraphs("The ministers met."), { kind: "image" as const, id: "img-1", mediaId: photoId }, { kind: "attachment" as const, id: "att-1", mediaId: fileId }];
    const created = await createDocument(writer, { kind: "PRESS_RELEASE", title: "Files go public with the release", summary: "", body });
    expect([await answer(photo), await answer(file)]).toEqual(["not found", "not found"]);
    expect([await answer(photo, true), await answer(file, true)]).toEqual(["private", "private"]);
    await submit(writer, { editionId: created.editionId });
    expect(await answer(photo)).toBe("not found");
    await publish(editor, { editionId: created.editionId });
    expect([await answer(photo), await answer(file)]).toEqual(["public", "public"]);
    expect(await answer(photo, true)).toBe("public");
    // A URL with another hash, or a width the photo does not offer, is not served.
    expect(await answer({ ...photo, hash: "0".repeat(16) })).toBe("not found");
    expect(await answer({ ...photo, name: "w4000.webp" })).toBe("not found");
    expect(await answer({ ...file, name: "other.pdf" })).toBe("not found");
  });

  it("a file the published correction no longer shows stops being public; withdrawing makes the rest private", async () => {
    const { photo, file, photoId, fileId } = await upload();
    const body = [...paragraphs("The ministers met."), { kind: "attachment" as const, id: "att-2", mediaId: fileId }];
    const created = await createDocument(writer, { kind: "PRESS_RELEASE", title: "Corrected, then withdrawn", summary: "", body, leadImageId: photoId });
    await submit(writer, { editionId: created.editionId });
    await publish(editor, { editionId: created.editionId });
    expect([await answer(photo), await answer(file)]).toEqual(["public", "public"]);

    const correction = await correct(writer, { documentId: created.documentId, changeType: "MAJOR", changeNote: "Removed the fact sheet." });
    const saved = await saveEdition(writer, { editionId: correction.editionId, lockVersion: correction.lockVersion, body: body.slice(0, 1) });
    await submit(writer, { editionId: saved.editionId });
    // Until the correction is published the live edition still shows the file.
    expect(await answer(file)).toBe("public");
    await publish(editor, { editionId: saved.editionId });
    expect(await answer(file), "only the superseded edition showed it").toBe("not found");
    expect(await answer(photo), "the lead image was carried into the correction").toBe("public");

    await withdraw(otherEditor, { editionId: saved.editionId, reason: "Issued in error." });
    expect(await answer(photo)).toBe("not found");
    expect(await answer(photo, true)).toBe("private");
  });

  it("a photo shown by another published document stays public when one of them is withdrawn", async () => {
    const { photo, photoId } = await upload();
    const ids: string[] = [];
    for (const title of ["First with the shared photo", "Second with the shared photo"]) {
      const created = await createDocument(writer, { kind: "PRESS_RELEASE", title, summary: "", body: paragraphs("Text."), leadImageId: photoId });
      await submit(writer, { editionId: created.editionId });
      await publish(editor, { editionId: created.editionId });
      ids.push(created.editionId);
    }
    await withdraw(editor, { editionId: ids[0]!, reason: "Duplicate." });
    expect(await answer(photo)).toBe("public");
    await withdraw(editor, { editionId: ids[1]!, reason: "Duplicate too." });
    expect(await answer(photo)).toBe("not found");
  });
});
