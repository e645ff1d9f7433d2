// A copied page as bytes or text → text, or a reason it is not a text file we should read.
import { MAX_PAGE_BYTES } from "@/lib/validation/upload-limits.mjs";
import { importError, type ImportError } from "./import-error";

export { MAX_PAGE_BYTES };

/** "2 MB", for messages. */
export const PAGE_LIMIT_LABEL = `${MAX_PAGE_BYTES / 1024 / 1024} MB`;
/** Share of control characters above which a file is taken for binary rather than text with a few strays. */
const MAX_CONTROL_SHARE = 0.01;

// Controls other than tab, line feed, vertical tab, form feed and carriage return; U+FFFD marks bytes a
// decoder upstream already could not read.
const CONTROL_CHAR = /[\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F\uFFFD]/g;
const HANGUL = /[\uAC00-\uD7A3]/g;

export function readPageText(raw: string | Uint8Array): { ok: true; text: string } | { ok: false; error: ImportError } {
  // Size first: a 10 MB file is refused before anything reads it.
  const bytes = typeof raw === "string" ? utf8Length(raw) : raw.byteLength;
  if (bytes > MAX_PAGE_BYTES) return pageTooLarge(bytes);
  if (bytes === 0) return importError("empty", "empty file");

  let text: string;
  if (typeof raw === "string") {
    if (raw.includes("\u0000")) return importError("binary", "binary file (contains NUL bytes)");
    text = raw;
  } else {
    const decoded = decode(raw);
    if (!decoded.ok) return decoded;
    text = decoded.text;
  }
  text = text.replace(/^\uFEFF/, "");

  if (text.replace(/[\s\u200B\uFEFF]/g, "") === "") return importError("empty", "empty file");
  const controls = text.match(CONTROL_CHAR)?.length ?? 0;
  if (controls / text.length > MAX_CONTROL_SHARE) {
    return importError("binary", `binary file (${Math.ceil((controls / text.length) * 100)}% control characters)`);
  }
  return { ok: true, text };
}

function decode(bytes: Uint8Array): { ok: true; text: string } | { ok: false; error: ImportError } {
  // Notepad's "Unicode" is UTF-16 with a byte order mark; its ASCII would otherwise look like NUL bytes.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, text: new TextDecoder("utf-16le").decode(bytes) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, text: new TextDecoder("utf-16be").decode(bytes) };
  if (bytes.includes(0)) return importError("binary", "binary file (contains NUL bytes)");
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    // Older Korean pages are saved as EUC-KR (CP949); accept that only when it really reads as Korean.
    const korean = decodeEucKr(bytes);
    if (korean !== null) return { ok: true, text: korean };
    return importError("binary", "binary file (not UTF-8 text)");
  }
}

function decodeEucKr(bytes: Uint8Array): string | null {
  try {
    const text = new TextDecoder("euc-kr", { fatal: true }).decode(bytes);
    const nonAscii = text.replace(/[\u0000-\u007F]/g, "").length;
    const hangul = text.match(HANGUL)?.length ?? 0;
    return nonAscii > 0 && hangul / nonAscii > 0.8 ? text : null;
  } catch {
    return null;
  }
}

function utf8Length(text: string): number {
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) length += 1;
    else if (code < 0x800) length += 2;
    else if (code >= 0xd800 && code <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1))) {
      length += 4;
      i++;
    } else length += 3;
  }
  return length;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** One decimal, rounded up, so a file just over the limit never reads as "2.0 MB; the limit is 2 MB". */
export function pageMegabytes(bytes: number): string {
  return (Math.ceil((bytes / 1024 / 1024) * 10) / 10).toFixed(1);
}

/** The refusal of a page this large: "file is 2.4 MB; the limit is 2 MB". */
export function pageTooLarge(bytes: number): { ok: false; error: ImportError } {
  return importError("too_large", `file is ${pageMegabytes(bytes)} MB; the limit is ${PAGE_LIMIT_LABEL}`);
}
