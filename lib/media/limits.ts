// The media library's limits, stated once. The upload size is shared with the importer and next.config.js.
import { MAX_UPLOAD_BYTES } from "@/lib/validation/upload-limits.mjs";

export { MAX_UPLOAD_BYTES };

/**
 * The most pixels an uploaded image may have (sharp's limitInputPixels): 50 megapixels, more than any press camera
 * gives, far less than a decompression bomb (a tiny PNG that claims 100,000 × 100,000 pixels) would ask for.
 */
export const MAX_IMAGE_PIXELS = 50_000_000;

/** Widths (CSS pixels) the public site asks for; an image is never enlarged, so smaller ones stop at their own width. */
export const IMAGE_WIDTHS = [320, 640, 960, 1280, 1920] as const;

export function describeBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, "")} MB`;
}

/** Why a file of this size is refused ("The file is 21 MB; a file may be at most 20 MB."), or null. */
export function fileSizeProblem(bytes: number): string | null {
  return bytes > MAX_UPLOAD_BYTES ? `The file is ${describeBytes(bytes)}; a file may be at most ${describeBytes(MAX_UPLOAD_BYTES)}.` : null;
}
