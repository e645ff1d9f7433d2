import "server-only";
import sharp from "sharp";
import { MAX_IMAGE_PIXELS } from "./limits";
import { VARIANT_TYPES, widthsFor, type VariantFormat } from "./media-view";
import type { MediaStorage } from "./storage";


const VARIANT_NAME = /^w(\d{2,4})\.(avif|webp|jpg|png)$/;

/** "w640.webp" → its width and format, when it is one the image offers. */
export function readVariantName(name: string, imageWidth: number): { width: number; format: VariantFormat } | null {
  const match = VARIANT_NAME.exec(name);
  if (!match) return null;
  const width = Number(match[1]);
  return widthsFor(imageWidth).includes(width) ? { width, format: match[2] as VariantFormat } : null;
}

export interface VariantSource {
  id: string;
  contentHash: string;
  storageKey: string;
}

const inFlight = new Map<string, Promise<Buffer | null>>();

/**
 * The image at this width in this format. Made once from the stored original with sharp and kept in the storage
 * beside it, so later requests (and other instances) read it back; two requests at once share one encoding.
 */
export async function imageVariant(storage: MediaStorage, source: VariantSource, width: number, format: VariantFormat): Promise<Buffer | null> {
  const key = `variants/${source.id}/${source.contentHash.slice(0, 16)}/w${width}.${format}`;
  const stored = await storage.get(key);
  if (stored) return stored;
  const pending = inFlight.get(key);
  if (pending) return pending;
  const work = (async () => {
    const original = await storage.get(source.storageKey);
    if (!original) return null;
    const resized = sharp(original, { limitInputPixels: MAX_IMAGE_PIXELS }).resize({ width, withoutEnlargement: true });
    const encoded =
      format === "avif"
        ? resized.avif({ quality: 55, effort: 2 })
        : format === "webp"
          ? resized.webp({ quality: 78 })
          : format === "jpg"
            ? resized.jpeg({ quality: 80, mozjpeg: true })
            : resized.png({ compressionLevel: 9 });
    const bytes = await encoded.toBuffer();
    await storage.put(key, bytes, VARIANT_TYPES[format]);
    return bytes;
  })();
  inFlight.set(key, work);
  try {
    return await work;
  } finally {
    inFlight.delete(key);
  }
}
