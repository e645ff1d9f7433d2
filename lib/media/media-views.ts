import "server-only";
import type { Block } from "@/lib/body/schema";
import type { MediaKind } from "@/lib/db/generated/client";
import { mediaBase, type DocumentView, type ImageView, type MediaView, type MediaViews, type VariantFormat } from "./media-view";
import { readMediaTexts, textFor } from "./media-texts";
import { typeLabelOf } from "./type-labels";

/** The columns a view needs; select them with MEDIA_VIEW_SELECT. */
export const MEDIA_VIEW_SELECT = {
  id: true,
  kind: true,
  contentHash: true,
  mimeType: true,
  fileName: true,
  byteSize: true,
  width: true,
  height: true,
  pageCount: true,
  language: true,
  accessible: true,
  textLocale: true,
  texts: true,
} as const;

export interface MediaRow {
  id: string;
  kind: MediaKind;
  contentHash: string;
  mimeType: string;
  fileName: string;
  byteSize: number;
  width: number | null;
  height: number | null;
  pageCount: number | null;
  language: string | null;
  accessible: boolean;
  textLocale: string;
  texts: unknown;
}

const FALLBACK: Record<string, VariantFormat> = { "image/jpeg": "jpg", "image/png": "png", "image/webp": "webp" };

/** Where an asset's files are served: the public route, or one that checks a grant (an embargo link). */
export type MediaBaseOf = (id: string, contentHash: string) => string;

/** The asset as a reader of `locale` sees it: their language's words where translated, the original's otherwise. */
export function mediaViewOf(row: MediaRow, locale: string, baseOf: MediaBaseOf = mediaBase): MediaView {
  const texts = readMediaTexts(row.texts);
  const base = baseOf(row.id, row.contentHash);
  if (row.kind === "IMAGE") {
    const alt = textFor(texts, "alt", locale, row.textLocale);
    const view: ImageView = {
      kind: "image",
      id: row.id,
      alt: alt?.text ?? "",
      caption: textFor(texts, "caption", locale, row.textLocale)?.text ?? null,
      credit: textFor(texts, "credit", locale, row.textLocale)?.text ?? null,
      lang: alt?.lang ?? row.textLocale,
      width: row.width ?? 0,
      height: row.height ?? 0,
      base,
      fallback: FALLBACK[row.mimeType] ?? "jpg",
    };
    return view;
  }
  const title = textFor(texts, "title", locale, row.textLocale);
  const view: DocumentView = {
    kind: "document",
    id: row.id,
    title: title?.text ?? row.fileName,
    lang: title?.lang ?? row.textLocale,
    href: `${base}/${encodeURIComponent(row.fileName)}`,
    typeLabel: typeLabelOf(row.mimeType),
    mimeType: row.mimeType,
    byteSize: row.byteSize,
    pageCount: row.pageCount,
    language: row.language,
    accessible: row.accessible,
  };
  return view;
}

export function mediaViewsOf(rows: readonly MediaRow[], locale: string, baseOf: MediaBaseOf = mediaBase): MediaViews {
  return Object.fromEntries(rows.map((row) => [row.id, mediaViewOf(row, locale, baseOf)]));
}

/** The library ids a body shows. */
export function mediaIdsOf(body: readonly Block[]): string[] {
  return [...new Set(body.flatMap((block) => (block.kind === "image" || block.kind === "attachment" ? [block.mediaId] : [])))];
}
