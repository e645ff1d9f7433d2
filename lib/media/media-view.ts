// What the renderer needs to show a photo or a file, already resolved for one reader's language. Plain data, safe in
// client components: lib/media/media-views.ts builds it on the server, components/body renders it.
import { IMAGE_WIDTHS } from "./limits";

export type VariantFormat = "avif" | "webp" | "jpg" | "png";

export const VARIANT_TYPES = { avif: "image/avif", webp: "image/webp", jpg: "image/jpeg", png: "image/png" } as const satisfies Record<VariantFormat, string>;

export interface ImageView {
  kind: "image";
  id: string;
  alt: string;
  caption: string | null;
  credit: string | null;
  /** Language of the alt text, caption and credit shown (the original's when not translated). */
  lang: string;
  width: number;
  height: number;
  /** Base of the content-hashed URLs: `${base}/w640.webp`. */
  base: string;
  /** The format of the fallback `<img>` (the upload's own: jpg or png; webp stays webp). */
  fallback: VariantFormat;
}

export interface DocumentView {
  kind: "document";
  id: string;
  title: string;
  lang: string;
  href: string;
  /** "PDF", "Word document"… */
  typeLabel: string;
  /** The type the file is served with (application/pdf…). */
  mimeType: string;
  byteSize: number;
  pageCount: number | null;
  /** The language the file is written in. */
  language: string | null;
  accessible: boolean;
}

export type MediaView = ImageView | DocumentView;

/** An item "Add from the library" offers. */
export interface LibraryChoice {
  id: string;
  kind: "image" | "attachment";
  label: string;
}
/** By media id. A block whose media is missing from the map is not shown (removed, or not public). */
export type MediaViews = Readonly<Record<string, MediaView>>;

/** The widths worth offering for an image this wide: the standard ones below its width, and its own width. */
export function widthsFor(width: number): number[] {
  const below = IMAGE_WIDTHS.filter((candidate) => candidate < width);
  return [...below, Math.min(width, IMAGE_WIDTHS.at(-1)!)];
}

export function variantUrl(image: Pick<ImageView, "base">, width: number, format: VariantFormat): string {
  return `${image.base}/w${width}.${format}`;
}

/** The height of the image scaled to `width`. */
export function heightAt(image: Pick<ImageView, "width" | "height">, width: number): number {
  return Math.round((image.height * width) / Math.max(1, image.width));
}

export function srcSetFor(image: ImageView, format: VariantFormat): string {
  return widthsFor(image.width)
    .map((width) => `${variantUrl(image, width, format)} ${width}w`)
    .join(", ");
}

/** The part of the content hash a URL carries. */
export function urlHashOf(contentHash: string): string {
  return contentHash.slice(0, 16);
}

/** The path every file of a media asset lives under; the hash makes the URL change whenever the bytes do. */
export function mediaBase(id: string, contentHash: string): string {
  return `/media/${id}/${urlHashOf(contentHash)}`;
}

/** The width a link preview (OpenGraph, Twitter, structured data) shows: wide enough for a large card, no wider. */
const CARD_WIDTH = 1280;

/** The one picture of an image a link preview names: at most 1280 px wide, JPEG (PNG keeps its transparency). */
export function cardImage(image: ImageView): { path: string; width: number; height: number; type: (typeof VARIANT_TYPES)[VariantFormat] } {
  const width = widthsFor(image.width).filter((candidate) => candidate <= CARD_WIDTH).at(-1) ?? widthsFor(image.width)[0]!;
  const format = image.fallback === "png" ? "png" : "jpg";
  return { path: variantUrl(image, width, format), width, height: heightAt(image, width), type: VARIANT_TYPES[format] };
}
