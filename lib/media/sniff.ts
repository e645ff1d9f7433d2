// What a file is, read from its first bytes, never from its name or the type the browser claims.

export type SniffedType =
  | { kind: "image"; mimeType: "image/jpeg" | "image/png" | "image/webp"; extension: "jpg" | "png" | "webp" }
  | { kind: "document"; mimeType: string; extension: string }
  | { kind: "refused"; reason: string };

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0) =>
  bytes.length >= offset + signature.length && signature.every((byte, index) => bytes[offset + index] === byte);

const ascii = (bytes: Uint8Array, start: number, end: number) => Buffer.from(bytes.subarray(start, end)).toString("latin1");

const OFFICE_ZIP = [
  { marker: "word/", mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", extension: "docx" },
  { marker: "xl/", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", extension: "xlsx" },
  { marker: "ppt/", mimeType: "application/vnd.openxmlformats-officedocument.presentationml.presentation", extension: "pptx" },
] as const;

const OPEN_DOCUMENT = [
  { marker: "application/vnd.oasis.opendocument.text", extension: "odt" },
  { marker: "application/vnd.oasis.opendocument.spreadsheet", extension: "ods" },
  { marker: "application/vnd.oasis.opendocument.presentation", extension: "odp" },
] as const;

/** Hangul word processor files (.hwp) are OLE like old Office files; the name decides only among OLE formats. */
const OLE_BY_EXTENSION: Record<string, { mimeType: string }> = {
  doc: { mimeType: "application/msword" },
  xls: { mimeType: "application/vnd.ms-excel" },
  ppt: { mimeType: "application/vnd.ms-powerpoint" },
  hwp: { mimeType: "application/x-hwp" },
};

export const ACCEPTED_DESCRIPTION = "a JPEG, PNG or WebP photo, or a PDF, Word, Excel, PowerPoint, OpenDocument or Hangul file";

/** Reads the type of an upload from its content. `fileName` only tells apart the OLE formats, which share one signature. */
export function sniffType(bytes: Uint8Array, fileName: string): SniffedType {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { kind: "image", mimeType: "image/jpeg", extension: "jpg" };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { kind: "image", mimeType: "image/png", extension: "png" };
  if (ascii(bytes, 0, 4) === "RIFF" && ascii(bytes, 8, 12) === "WEBP") return { kind: "image", mimeType: "image/webp", extension: "webp" };
  if (ascii(bytes, 0, 5) === "%PDF-") return { kind: "document", mimeType: "application/pdf", extension: "pdf" };

  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    const head = ascii(bytes, 0, Math.min(bytes.length, 64 * 1024));
    // An OpenDocument file starts with an uncompressed "mimetype" entry naming its type.
    if (head.slice(30, 38) === "mimetype") {
      const open = OPEN_DOCUMENT.find((format) => head.slice(38, 38 + format.marker.length) === format.marker);
      if (open) return { kind: "document", mimeType: open.marker, extension: open.extension };
    }
    const office = OFFICE_ZIP.find((format) => head.includes(format.marker));
    if (office && head.includes("[Content_Types].xml")) return { kind: "document", ...office };
    return { kind: "refused", reason: "This is a ZIP archive, not an office document. Upload the files inside it one by one." };
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    const extension = fileName.toLowerCase().split(".").pop() ?? "";
    const ole = OLE_BY_EXTENSION[extension];
    if (ole) return { kind: "document", extension, ...ole };
    return { kind: "refused", reason: "This looks like an old Office file; give it its .doc, .xls, .ppt or .hwp name." };
  }

  const text = Buffer.from(bytes.subarray(0, 1024)).toString("utf8").replace(/^\uFEFF/, "").trimStart().toLowerCase();
  if (text.startsWith("<svg") || (text.startsWith("<?xml") && text.includes("<svg")) || (text.startsWith("<!doctype svg"))) {
    return {
      kind: "refused",
      reason: "SVG drawings are not accepted: they can carry scripts. Export the picture as PNG and upload that.",
    };
  }
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38])) return { kind: "refused", reason: "GIF images are not accepted; upload a JPEG, PNG or WebP." };
  if (ascii(bytes, 4, 12).startsWith("ftyp")) {
    return { kind: "refused", reason: "HEIC/AVIF photos are not accepted yet; export the photo as JPEG and upload that." };
  }
  return { kind: "refused", reason: `This file is not ${ACCEPTED_DESCRIPTION} (judged by its content, whatever its name).` };
}
