import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PDFDocument } from "pdf-lib";
import sharp from "sharp";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/changes/actor";
import { testBackends } from "@/test-support/test-database";
import { useTestNewsroom } from "@/test-support/test-newsroom";
import { MediaInputError } from "./inspect-upload";
import { MAX_UPLOAD_BYTES } from "./limits";
import { localStorage, setMediaStorageForTests } from "./storage";
import { uploadMedia, type UploadMediaInput } from "./upload-media";

/*
 * Every way an upload can be bad gets a message on its field, and leaves nothing behind: no row in the library and no
 * file in the storage. A good photo is stored without its EXIF (no GPS position); a good PDF has its pages counted.
 */

let seed = 0;
const photo = (format: "jpeg" | "png" | "webp" = "png", width = 64, height = 48) =>
  sharp({ create: { width, height, channels: 3, background: { r: ++seed % 256, g: 90, b: (seed >> 8) % 256 } } })[format]().toBuffer();

/** A PNG header claiming 100,000 × 100,000 pixels: a few bytes that would decode to 30 GB. */
function pngBomb(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(100_000, 0);
  header.writeUInt32BE(100_000, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", header), chunk("IDAT", Buffer.from([0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01])), chunk("IEND", Buffer.alloc(0))]);
}

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

async function pdf(pages: number): Promise<Buffer> {
  const document = await PDFDocument.create();
  for (let page = 0; page < pages; page++) document.addPage([595, 842]);
  return Buffer.from(await document.save());
}

const file = (bytes: Uint8Array, name: string, type = "application/octet-stream") => new File([new Uint8Array(bytes)], name, { type });

describe.each(testBackends())("uploading to the media library on %s", (backend) => {
  const { database, writer, translator } = useTestNewsroom(backend, { writer: "WRITER", translator: "TRANSLATOR" });
  let root: string;

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), "chancery-media-"));
    setMediaStorageForTests(localStorage(root));
  });
  afterAll(async () => {
    setMediaStorageForTests(null);
  });

  async function storedFiles(): Promise<string[]> {
    return (await readdir(root, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => entry.name);
  }

  async function refused(input: UploadMediaInput, actor: Actor = writer): Promise<MediaInputError> {
    const before = await database.prisma.mediaAsset.count();
    const error = await uploadMedia(actor, input).then(
      () => null,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(MediaInputError);
    expect(await database.prisma.mediaAsset.count(), "no row").toBe(before);
    expect(await storedFiles(), "no file").toEqual([]);
    return error as MediaInputError;
  }

  it("stores a photo with its words, who uploaded it, and no EXIF: the GPS position is gone", async () => {
    const withGps = await sharp({ create: { width: 120, height: 80, channels: 3, background: "#336699" } })
      .jpeg()
      .withExif({ IFD0: { Make: "PressCam", Copyright: "MOFA" }, IFD3: { GPSLatitudeRef: "N", GPSLatitude: "37/1 34/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "126/1 58/1 0/1" } })
      .toBuffer();
    const exif = (await sharp(withGps).metadata()).exif;
    expect(exif?.includes(Buffer.from("PressCam")), "the test photo carries EXIF").toBe(true);

    const uploaded = await uploadMedia(writer, {
      file: file(withGps, "minister.JPG", "image/jpeg"),
      textLocale: "ko",
      alt: "악수하는 두 장관",
      caption: "회담에 앞서 악수하는 장관",
      credit: "외교부",
    });
    const row = await database.prisma.mediaAsset.findUniqueOrThrow({ where: { id: uploaded.id } });
    expect(row).toMatchObject({ kind: "IMAGE", mimeType: "image/jpeg", width: 120, height: 80, fileName: "minister.jpg", textLocale: "ko", uploadedById: writer.id });
    expect(row.texts).toEqual({ ko: { alt: "악수하는 두 장관", caption: "회담에 앞서 악수하는 장관", credit: "외교부" } });
    const stored = await localStorage(root).get(row.storageKey);
    expect(stored).not.toBeNull();
    const metadata = await sharp(stored!).metadata();
    expect(metadata.exif).toBeUndefined();
    expect(stored!.includes(Buffer.from("PressCam"))).toBe(false);
    expect(await database.prisma.auditEvent.count({ where: { action: "media.upload", subjectId: row.id } })).toBe(1);
  });

  it("counts a PDF's pages and keeps its language and accessible flag", async () => {
    const uploaded = await uploadMedia(writer, { file: file(await pdf(3), "joint statement.pdf", "application/pdf"), textLocale: "ko", title: "공동성명", language: "en", accessible: "on" });
    const row = await database.prisma.mediaAsset.findUniqueOrThrow({ where: { id: uploaded.id } });
    expect(row).toMatchObject({ kind: "DOCUMENT", mimeType: "application/pdf", pageCount: 3, language: "en", accessible: true, fileName: "joint-statement.pdf" });
  });

  it("refuses a file that is not what its name says (judged by its content)", async () => {
    const error = await refused({ file: file(Buffer.from("MZ\x90\x00 not really a photo"), "photo.jpg", "image/jpeg"), textLocale: "ko", alt: "x" });
    expect(error.field).toBe("file");
    expect(error.message).toMatch(/not a JPEG, PNG or WebP photo.*judged by its content/);
  });

  it("refuses SVG, even named .png", async () => {
    const svg = Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    const error = await refused({ file: file(svg, "logo.png", "image/png"), textLocale: "ko", alt: "logo" });
    expect(error.message).toMatch(/SVG drawings are not accepted/);
  });

  it(`refuses a file over ${MAX_UPLOAD_BYTES / 1024 / 1024} MB`, async () => {
    const big = Buffer.alloc(MAX_UPLOAD_BYTES + 1, 0x20);
    big.write("%PDF-1.7\n");
    const error = await refused({ file: file(big, "huge.pdf", "application/pdf"), textLocale: "ko", title: "Big" });
    expect(error).toMatchObject({ field: "file" });
    expect(error.message).toMatch(/a file may be at most 20 MB/);
  });

  it("refuses an image bomb from its header, before decoding it", async () => {
    const started = Date.now();
    const error = await refused({ file: file(pngBomb(), "bomb.png", "image/png"), textLocale: "ko", alt: "nothing" });
    expect(error.message).toMatch(/100,000 × 100,000 pixels; at most 50 megapixels/);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("refuses a PDF that does not parse", async () => {
    const broken = Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.from("1 0 obj << /Type /Catalog /Pages 2 0 R >> garbage garbage\n%%EOF")]);
    const error = await refused({ file: file(broken, "statement.pdf", "application/pdf"), textLocale: "ko", title: "Statement" });
    expect(error.message).toMatch(/The PDF (cannot be read|has no pages)/);
  });

  it("refuses a damaged photo (a JPEG cut short)", async () => {
    const whole = await photo("jpeg", 400, 300);
    const error = await refused({ file: file(whole.subarray(0, 200), "cut.jpg", "image/jpeg"), textLocale: "ko", alt: "cut" });
    expect(error.message).toMatch(/cannot be read/);
  });

  it("asks for alt text on a photo and a title on a file, on those fields", async () => {
    expect((await refused({ file: file(await photo(), "a.png"), textLocale: "ko" })).field).toBe("alt");
    expect((await refused({ file: file(await pdf(1), "a.pdf"), textLocale: "ko" })).field).toBe("title");
  });

  it("refuses a file already in the library, and leaves the first one as it was", async () => {
    const bytes = await photo("webp");
    await uploadMedia(writer, { file: file(bytes, "once.webp"), textLocale: "ko", alt: "once" });
    const files = await storedFiles();
    const before = await database.prisma.mediaAsset.count();
    await expect(uploadMedia(writer, { file: file(bytes, "twice.webp"), textLocale: "ko", alt: "twice" })).rejects.toThrow(/already in the library/);
    expect(await database.prisma.mediaAsset.count()).toBe(before);
    expect(await storedFiles()).toEqual(files);
  });

  it("removes the stored file when the row cannot be written", async () => {
    const ghost: Actor = { ...writer, id: "no-such-user" };
    await expect(uploadMedia(ghost, { file: file(await photo(), "ghost.png"), textLocale: "ko", alt: "ghost" })).rejects.toThrow();
    expect(await storedFiles()).toEqual([]);
  });

  it("refuses translators, who may not upload", async () => {
    await expect(uploadMedia(translator, { file: file(await photo(), "t.png"), textLocale: "ko", alt: "t" })).rejects.toThrow(/Translators cannot upload/);
    expect(await storedFiles()).toEqual([]);
  });

  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });
});
