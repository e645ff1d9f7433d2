// What the renderer needs to show a photo or a file, already resolved for one reader's language. Plain data, safe in
// client components: lib/media/media-views.ts builds it on the server, components/body renders it.
import { IMAGE_WIDTHS } from "./limits";

export type VariantFormat = "avif" | "webp" | "jpg" | "png";

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

export function srcSetFor(image: ImageView, format: VariantFormat): string {
  return widthsFor(image.width)
    .map((width) => `${variantUrl(image, width, format)} ${width}w`)
    .join(", ");
}

/** The path every file of a media asset lives under; the hash makes the URL change whenever the bytes do. */
export function mediaBase(id: string, contentHash: string): string {
  return `/media/${id}/${contentHash.slice(0, 16)}`;
}
