import { MAX_IMPORT_REQUEST_BYTES } from "@/lib/validation/upload-limits.mjs";
import { MAX_PAGE_BYTES, PAGE_LIMIT_LABEL, pageMegabytes, readPageText } from "./read-page-text";

/*
 * The one size limit for a page, however it arrives (pasted, a chosen file, the file importer): MAX_PAGE_BYTES of
 * UTF-8, the importer's own rule. Server actions must be able to carry a page at the limit, so next.config.js's
 * serverActions.bodySizeLimit is set above MAX_IMPORT_REQUEST_BYTES (both in lib/validation/upload-limits.mjs).
 */

export { MAX_IMPORT_REQUEST_BYTES, MAX_PAGE_BYTES, PAGE_LIMIT_LABEL, pageMegabytes };

/** How many files one import takes: the browser sends their text in one request. */
export const MAX_FILES_PER_IMPORT = 50;

/** Why this text is too large to be a page ("The page is too large: file is 2.4 MB; the limit is 2 MB."), or null. */
export function pageSizeProblem(text: string): string | null {
  const read = readPageText(text);
  return !read.ok && read.error.code === "too_large" ? `The page is too large: ${read.error.message}.` : null;
}

/** The byte length the limit counts, measured as the browser will send it. */
export function utf8Bytes(text: string): number {
  return new TextEncoder().encode(text).byteLength;
}
