// The one order of everything readers are given as a list: the lists, search, feeds and the JSON API.
import type { Prisma } from "@/lib/db/generated/client";

/**
 * Newest public date first. An edition without a public date (its source showed none, and none was invented) comes
 * after every dated one, the most recently published first: when it went public says nothing of when it was written
 * — the demo's undated samples are pages of 2017–2021 imported years later — so it never tops a list as "new".
 * Year and month filters leave undated editions out (lib/public/list-filters.ts).
 */
export const LISTING_ORDER = [{ publicDate: { sort: "desc", nulls: "last" } }, { publishedAt: "desc" }] as const satisfies readonly Prisma.EditionOrderByWithRelationInput[];

/** LISTING_ORDER's first key for lists sorted in memory (related documents): newest date first, undated last. */
export function newestDateFirst(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return b.localeCompare(a);
}
