import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/db/generated/client";
import { documentsUsingMedia } from "./media-usage";
import { mediaViewOf, mediaViewsOf, MEDIA_VIEW_SELECT, type MediaBaseOf, type MediaRow } from "./media-views";
import type { ImageView, LibraryChoice, MediaView, MediaViews } from "./media-view";
import { readMediaTexts, type MediaTexts } from "./media-texts";

export const LIBRARY_PAGE_SIZE = 30;

export interface LibraryItem {
  id: string;
  kind: "IMAGE" | "DOCUMENT";
  view: MediaView;
  fileName: string;
  byteSize: number;
  uploadedBy: string | null;
  uploadedAt: Date;
  textLocale: string;
  /** Locales other than the original's with a text. */
  translatedInto: string[];
}

/** The library, newest first, searched in every language's texts and the file name. */
export async function listLibrary(options: { query?: string; kind?: "IMAGE" | "DOCUMENT"; page?: number }): Promise<{ items: LibraryItem[]; total: number }> {
  const prisma = await db();
  const query = options.query?.trim();
  const where: Prisma.MediaAssetWhereInput = {
    ...(options.kind ? { kind: options.kind } : {}),
    ...(query
      ? { OR: [{ fileName: { contains: query, mode: "insensitive" } }, { id: { in: await idsWithText(query) } }] }
      : {}),
  };
  const page = Math.max(1, options.page ?? 1);
  const [rows, total] = await Promise.all([
    prisma.mediaAsset.findMany({
      where,
      orderBy: { createdAt: "desc" },
      skip: (page - 1) * LIBRARY_PAGE_SIZE,
      take: LIBRARY_PAGE_SIZE,
      select: { ...MEDIA_VIEW_SELECT, createdAt: true, uploadedBy: { select: { name: true } } },
    }),
    prisma.mediaAsset.count({ where }),
  ]);
  return {
    total,
    items: rows.map(libraryItemOf),
  };
}

function libraryItemOf(row: MediaRow & { createdAt: Date; uploadedBy: { name: string } | null }): LibraryItem {
  return {
    id: row.id,
    kind: row.kind,
    view: mediaViewOf(row, row.textLocale),
    fileName: row.fileName,
    byteSize: row.byteSize,
    uploadedBy: row.uploadedBy?.name ?? null,
    uploadedAt: row.createdAt,
    textLocale: row.textLocale,
    translatedInto: Object.keys(readMediaTexts(row.texts)).filter((locale) => locale !== row.textLocale),
  };
}

/** Items whose words, in any language, contain the query (case-insensitive). */
async function idsWithText(query: string): Promise<string[]> {
  const prisma = await db();
  const pattern = `%${query.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
  const rows = await prisma.$queryRaw<Array<{ id: string }>>`SELECT "id" FROM "MediaAsset" WHERE "texts"::text ILIKE ${pattern}`;
  return rows.map((row) => row.id);
}

export interface LibraryItemDetails extends LibraryItem {
  texts: MediaTexts;
  uploadedById: string | null;
  mimeType: string;
  language: string | null;
  accessible: boolean;
  usedBy: Array<{ id: string; slug: string; kind: string }>;
}

export async function getLibraryItem(id: string): Promise<LibraryItemDetails | null> {
  const prisma = await db();
  const row = await prisma.mediaAsset.findUnique({
    where: { id },
    select: { ...MEDIA_VIEW_SELECT, createdAt: true, uploadedById: true, uploadedBy: { select: { name: true } } },
  });
  if (!row) return null;
  return {
    ...libraryItemOf(row),
    uploadedById: row.uploadedById,
    texts: readMediaTexts(row.texts),
    mimeType: row.mimeType,
    language: row.language,
    accessible: row.accessible,
    usedBy: await documentsUsingMedia(prisma, row.id),
  };
}

/** What "Add from the library" and the lead-image picker offer: the newest items first. */
export async function libraryChoices(limit = 200): Promise<{ choices: LibraryChoice[]; views: MediaViews }> {
  const prisma = await db();
  const rows = await prisma.mediaAsset.findMany({ orderBy: { createdAt: "desc" }, take: limit, select: MEDIA_VIEW_SELECT });
  // No reader locale: every item in the language its words were written in.
  const views = mediaViewsOf(rows, "");
  return {
    views,
    choices: rows.map((row) => {
      const view = views[row.id]!;
      return {
        id: row.id,
        kind: row.kind === "IMAGE" ? "image" : "attachment",
        label: view.kind === "image" ? (view.caption ?? view.alt) : view.title,
      };
    }),
  };
}

/** The items a body (and its lead image) shows, for a reader of `locale`; `baseOf` names the route serving them. */
export async function mediaViewsFor(ids: readonly string[], locale: string, baseOf?: MediaBaseOf): Promise<MediaViews> {
  if (ids.length === 0) return {};
  const prisma = await db();
  const rows = await prisma.mediaAsset.findMany({ where: { id: { in: [...ids] } }, select: MEDIA_VIEW_SELECT });
  return mediaViewsOf(rows, locale, baseOf);
}

export function leadImageOf(views: MediaViews, id: string | null): ImageView | null {
  const view = id ? views[id] : undefined;
  return view?.kind === "image" ? view : null;
}
