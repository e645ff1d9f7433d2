import "server-only";
import { officeTimeToUtc } from "@/lib/time/office-time";
import { publiclyVisible } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { formatDateInZone } from "@/lib/i18n/messages";
import { documentScope } from "./document-lists";
import type { FeedFilters, PublicKind } from "./paths";
import { articlePublishedDate } from "./structured-data";

/** What feeds and the API read of each document they list: its address, dates and tags. */
export const syndicatedDocumentSelect = {
  id: true,
  kind: true,
  slug: true,
  originalLocale: true,
  firstPublishedAt: true,
  countries: { select: { country: { select: { code: true, names: true } } } },
  topics: { select: { topic: { select: { slug: true, names: true } } } },
  people: { select: { person: { select: { id: true, names: true } } } },
} as const;

/** The latest major change of a document readers see: when it went public and its note. */
export interface MajorChange {
  at: Date;
  note: string;
}

/**
 * Per document, the newest edition that went public with a major change note (publishedAt is set only on going
 * live, so editions in progress never count). Documents never corrected are absent.
 */
export async function latestMajorChanges(documentIds: readonly string[]): Promise<Map<string, MajorChange>> {
  const changes = new Map<string, MajorChange>();
  if (documentIds.length === 0) return changes;
  const rows = await (await db()).edition.findMany({
    where: { documentId: { in: [...documentIds] }, publishedAt: { not: null }, changeType: "MAJOR", changeNote: { not: null }, number: { gt: 1 } },
    orderBy: { publishedAt: "asc" },
    select: { documentId: true, publishedAt: true, changeNote: true },
  });
  for (const row of rows) if (row.publishedAt && row.changeNote) changes.set(row.documentId, { at: row.publishedAt, note: row.changeNote });
  return changes;
}

/**
 * The instant a document went public, for feeds, the sitemap and the API: its first publication when that fell on the
 * release's own date, else the start of that date in the office's time zone (an archive imported later keeps its
 * date). An undated document falls back to the instant it went public (`published`: the edition's, when the
 * document records none).
 */
export function publishedInstant(publicDate: string | null, firstPublishedAt: Date | null, timeZone: string, published: Date | null = null): Date {
  const instant = articlePublishedDate(publicDate, (firstPublishedAt ?? published)?.toISOString() ?? null, timeZone);
  if (instant === null) return new Date(0);
  return instant.length === 10 ? officeTimeToUtc(`${instant}T00:00`, timeZone) : new Date(instant);
}

/** When readers last saw the text change for a major reason: publication, a major change, a later translation. */
export function updatedInstant(published: Date, change: MajorChange | undefined, translationPublishedAt: Date | null): Date {
  return [change?.at, translationPublishedAt].reduce<Date>((newest, instant) => (instant && instant > newest ? instant : newest), published);
}

export function changeDate(change: MajorChange, timeZone: string): string {
  return formatDateInZone(change.at, timeZone);
}

/** The latest withdrawal of a document in this scope (ISO), or null: a feed or list changed then without a new entry. */
export async function latestWithdrawal(kind: PublicKind | null, filters: FeedFilters): Promise<string | null> {
  const withdrawal = await (await db()).edition.aggregate({
    where: { AND: [publiclyVisible, { withdrawnAt: { not: null } }, { document: documentScope(kind, filters) }] },
    _max: { withdrawnAt: true },
  });
  return withdrawal._max.withdrawnAt?.toISOString() ?? null;
}

/** The newest of some ISO instants, or null when there are none. */
export function newestOf(instants: readonly (string | null | undefined)[]): string | null {
  return instants.reduce<string | null>((newest, instant) => (instant && (!newest || instant > newest) ? instant : newest), null);
}
