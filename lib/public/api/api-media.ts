// Photos and files as the API gives them: the reader's words and absolute URLs of the public file routes
// (/media/<id>/<hash>/…), every size and format a page's srcset offers.
import { heightAt, VARIANT_TYPES, variantUrl, widthsFor, type DocumentView, type ImageView, type VariantFormat } from "@/lib/media/media-view";
import type { ApiAttachment, ApiImage } from "./api-schemas";

export function apiImage(image: ImageView, origin: URL): ApiImage {
  const widths = widthsFor(image.width);
  const largest = widths.at(-1)!;
  const formats = [...new Set<VariantFormat>(["avif", "webp", image.fallback])];
  return {
    id: image.id,
    alt: image.alt,
    caption: image.caption,
    credit: image.credit,
    lang: image.lang,
    width: largest,
    height: heightAt(image, largest),
    url: new URL(variantUrl(image, largest, image.fallback), origin).href,
    variants: formats.flatMap((format) => widths.map((width) => ({ width, type: VARIANT_TYPES[format], url: new URL(variantUrl(image, width, format), origin).href }))),
  };
}

export function apiAttachment(file: DocumentView, origin: URL): ApiAttachment {
  return {
    id: file.id,
    title: file.title,
    lang: file.lang,
    url: new URL(file.href, origin).href,
    contentType: file.mimeType,
    byteSize: file.byteSize,
    pageCount: file.pageCount,
    language: file.language,
    accessible: file.accessible,
  };
}
