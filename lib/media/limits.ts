// The media library's limits, stated once. next.config.js lets server action bodies a little past MAX_UPLOAD_BYTES so
// that this limit, with its clear message, is the one a writer meets.

/** The largest file one upload may be: 20 MB. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

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
