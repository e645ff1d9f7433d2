import "server-only";
import { DomainError } from "@/lib/errors";
import { createHash } from "node:crypto";
import { PDFDocument } from "pdf-lib";
import sharp, { type Metadata, type OutputInfo } from "sharp";
import { MAX_IMAGE_PIXELS, fileSizeProblem } from "./limits";
import { sniffType } from "./sniff";

/** An upload refused for what it is; `field` names the form field the message belongs beside. */
export class MediaInputError extends DomainError {
  declare readonly field: string;
  constructor(message: string, field = "file") {
    super(message, field);
    this.name = "MediaInputError";
  }
}

export interface InspectedUpload {
  kind: "IMAGE" | "DOCUMENT";
  mimeType: string;
  extension: string;
  /** What is stored: for photos, re-encoded without metadata (no GPS position, no camera serial). */
  bytes: Buffer;
  contentHash: string;
  width: number | null;
  height: number | null;
  pageCount: number | null;
}

/**
 * Checks an upload by its content and prepares what is stored. Nothing is written anywhere: a refusal here leaves no
 * trace. Photos are decoded with a pixel limit (an image bomb is refused from its header, before decoding), turned
 * upright and written again without EXIF/XMP/IPTC; PDFs must parse and have a page.
 * @throws MediaInputError with a message for the writer
 */
export async function inspectUpload(bytes: Buffer, fileName: string): Promise<InspectedUpload> {
  if (bytes.length === 0) throw new MediaInputError("The file is empty.");
  const tooLarge = fileSizeProblem(bytes.length);
  if (tooLarge) throw new MediaInputError(tooLarge);
  const type = sniffType(bytes, fileName);
  if (type.kind === "refused") throw new MediaInputError(type.reason);
  if (type.kind === "image") return inspectImage(bytes, type.mimeType, type.extension);
  if (type.mimeType === "application/pdf") {
    const pageCount = await countPdfPages(bytes);
    return { kind: "DOCUMENT", mimeType: type.mimeType, extension: type.extension, bytes, contentHash: sha256(bytes), width: null, height: null, pageCount };
  }
  return { kind: "DOCUMENT", mimeType: type.mimeType, extension: type.extension, bytes, contentHash: sha256(bytes), width: null, height: null, pageCount: null };
}

async function inspectImage(bytes: Buffer, mimeType: string, extension: "jpg" | "png" | "webp"): Promise<InspectedUpload> {
  let metadata: Metadata;
  try {
    metadata = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    throw new MediaInputError("The photo cannot be read: the file is damaged or not really an image.");
  }
  const { width = 0, height = 0 } = metadata;
  if (width * height > MAX_IMAGE_PIXELS) {
    throw new MediaInputError(
      `The photo is ${width.toLocaleString("en")} × ${height.toLocaleString("en")} pixels; at most ${MAX_IMAGE_PIXELS / 1_000_000} megapixels are accepted.`,
    );
  }
  if (width === 0 || height === 0) throw new MediaInputError("The photo has no size: the file is damaged.");
  let cleaned: { data: Buffer; info: OutputInfo };
  try {
    // Metadata is not copied to the output unless asked for (withMetadata): EXIF, and with it the GPS position, goes.
    const pipeline = sharp(bytes, { limitInputPixels: MAX_IMAGE_PIXELS, failOn: "error" }).rotate();
    const encoded =
      extension === "jpg" ? pipeline.jpeg({ quality: 90, mozjpeg: true }) : extension === "png" ? pipeline.png({ compressionLevel: 9 }) : pipeline.webp({ quality: 90 });
    cleaned = await encoded.toBuffer({ resolveWithObject: true });
  } catch {
    throw new MediaInputError("The photo cannot be read: the file is damaged or cut short.");
  }
  return {
    kind: "IMAGE",
    mimeType,
    extension,
    bytes: cleaned.data,
    contentHash: sha256(cleaned.data),
    width: cleaned.info.width,
    height: cleaned.info.height,
    pageCount: null,
  };
}

async function countPdfPages(bytes: Buffer): Promise<number> {
  let pages: number;
  try {
    const pdf = await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false, throwOnInvalidObject: true });
    pages = pdf.getPageCount();
  } catch {
    throw new MediaInputError("The PDF cannot be read: it is damaged or not really a PDF. Export it again and upload the new file.");
  }
  if (pages < 1) throw new MediaInputError("The PDF has no pages.");
  return pages;
}

export function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}
