import "server-only";
import type { Block } from "@/lib/body/schema";
import { db } from "@/lib/db";
import { MEDIA_VIEW_SELECT, mediaIdsOf, mediaViewOf } from "./media-views";
import { fieldsFor, readMediaTexts, type MediaTextField } from "./media-texts";
import type { MediaView } from "./media-view";

export interface MediaToTranslate {
  id: string;
  /** As it shows in the original's language. */
  view: MediaView;
  /** The language its words were written in; when it is the translation's own, there is nothing to translate. */
  textLocale: string;
  fields: Array<{ field: MediaTextField; source: string; translated: string }>;
}

/** The photos and files an edition shows (its lead image first), with their words in the original's language and in `locale`. */
export async function mediaToTranslate(editionId: string, sourceBody: readonly Block[], locale: string): Promise<MediaToTranslate[]> {
  const prisma = await db();
  const edition = await prisma.edition.findUnique({ where: { id: editionId }, select: { leadImageId: true } });
  const ids = [...new Set([...(edition?.leadImageId ? [edition.leadImageId] : []), ...mediaIdsOf(sourceBody)])];
  if (ids.length === 0) return [];
  const rows = await prisma.mediaAsset.findMany({ where: { id: { in: ids } }, select: MEDIA_VIEW_SELECT });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    const texts = readMediaTexts(row.texts);
    return [
      {
        id,
        view: mediaViewOf(row, row.textLocale),
        textLocale: row.textLocale,
        fields: fieldsFor(row.kind)
          .map((field) => ({ field, source: texts[row.textLocale]?.[field] ?? "", translated: texts[locale]?.[field] ?? "" }))
          .filter((entry) => entry.source !== ""),
      },
    ];
  });
}
