import "server-only";
import { publiclyVisible } from "@/lib/auth/policy";
import { officeDate } from "@/lib/time/office-time";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { isBehindOriginal } from "./alignment";
import { readStoredBodyForReaders } from "@/lib/body/stored-body";

export interface PublicTranslationStatus {
  locale: string;
  /**
   * The translation readers see was made from an earlier text of the original: show "The original was updated on
   * <originalUpdatedOn>; this translation may not reflect the changes" until an updated translation is published.
   */
  behind: boolean;
  /** When the original readers see went live (its edition's publication); null when not behind. */
  originalUpdatedAt: Date | null;
  /** The same day in the office's time zone, YYYY-MM-DD. */
  originalUpdatedOn: string | null;
}

/**
 * Whether the translation readers see in `locale` is behind the original they would see beside it. Null when readers
 * have no translation in that locale (the original's own locale included). Reads what the public page reads: the
 * latest publicly visible edition, its original, and the translation's published revision.
 *
 * For a page that already loads the original and the published revision, `isBehindOriginal(original, publishedRevision
 * .sourceHashes)` from ./alignment answers the same without a query; the date is the live edition's publishedAt.
 */
export async function publicTranslationStatus(documentId: string, locale: string): Promise<PublicTranslationStatus | null> {
  const prisma = await db();
  const edition = await prisma.edition.findFirst({
    where: { documentId, ...publiclyVisible },
    orderBy: { number: "desc" },
    select: {
      publishedAt: true,
      localizations: {
        where: { OR: [{ isOriginal: true }, { locale, publishedRevisionId: { not: null } }] },
        select: {
          locale: true,
          isOriginal: true,
          title: true,
          summary: true,
          body: true,
          publishedAt: true,
          publishedRevision: { select: { sourceHashes: true } },
        },
      },
    },
  });
  const original = edition?.localizations.find((row) => row.isOriginal);
  const translation = edition?.localizations.find((row) => !row.isOriginal && row.locale === locale);
  if (!edition || !original || !translation?.publishedRevision) return null;

  const behind = isBehindOriginal(
    { title: original.title, summary: original.summary, body: readStoredBodyForReaders(original.body) },
    translation.publishedRevision.sourceHashes,
  );
  const updatedAt = behind ? (edition.publishedAt ?? original.publishedAt) : null;
  return {
    locale,
    behind,
    originalUpdatedAt: updatedAt,
    originalUpdatedOn: updatedAt ? officeDate(updatedAt, env().CHANCERY_TIME_ZONE) : null,
  };
}
