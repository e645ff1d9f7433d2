import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { publiclyListed, publiclyVisibleLocalization } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import type { ListedDocument } from "@/lib/public/document-lists";
import { LISTING_ORDER } from "@/lib/public/listing-order";
import { PAGE_SIZE, pageWindow, type PageWindow } from "@/lib/public/pagination";
import type { PublicKind } from "@/lib/public/paths";
import { readableTitle, titleLocalizationSelect } from "@/lib/public/readable-text";
import { searchTerms } from "./search-query";
import { makeSnippet } from "./snippet";
import { optionalCalendarDate } from "@/lib/content/office-time";

export interface SearchResult extends Pick<ListedDocument, "id" | "kind" | "slug" | "title" | "publicDate" | "outlet" | "translationKind"> {
  /** Plain text around the first match (see makeSnippet); the page marks the terms in it. */
  snippet: string;
}

/**
 * Past this many matches search stops counting and says "more than 1,000": counting every document that holds a
 * word found in nearly all of them was most of a common word's search time (≈1.5 s at 20,000 documents).
 */
export const SEARCH_COUNT_CAP = 1_000;

export interface SearchResults {
  items: SearchResult[];
  /** Over at most SEARCH_COUNT_CAP results; `more` says there are more than that. */
  window: PageWindow;
  more: boolean;
  /** The words searched for (searchTerms of the query); empty when the query had none, and nothing was searched. */
  terms: string[];
}

export interface SearchInput {
  /** As typed: searchDocuments takes the words out itself. */
  query: string;
  locale: string;
  kind?: PublicKind;
  page: number;
  pageSize?: number;
  /** SEARCH_COUNT_CAP unless a test asks for less. */
  countCap?: number;
}

// Prisma passes `contains` into LIKE as it is: "%" and "_" in a reader's word would be wildcards ("Uz%stan").
const likeLiteral = (term: string) => term.replace(/[\\%_]/g, "\\$&");
const insensitive = (term: string) => ({ contains: likeLiteral(term), mode: "insensitive" as const });

/**
 * Documents readers can find in `locale`: the live edition is listed (publiclyListed: published, not withdrawn), its
 * localization in `locale` is one readers see (publiclyVisibleLocalization) and its search text is the text they see
 * — the original's, or a translation's in state PUBLISHED. A translation being revised keeps a published revision
 * readers see, but its searchText is the draft's, so it is left out until it is published again rather than found
 * by words readers cannot find on the page.
 */
function searchableWhere(locale: string, kind: PublicKind | undefined, terms: readonly string[]): Prisma.LocalizationWhereInput {
  return {
    AND: [
      { locale },
      publiclyVisibleLocalization,
      { OR: [{ isOriginal: true }, { translationState: "PUBLISHED" }] },
      { edition: { AND: [publiclyListed, ...(kind ? [{ document: { kind } }] : [])] } },
      // ILIKE '%term%' per word, served by the trigram GIN index on searchText (terms of three characters or more).
      ...terms.map((term) => ({ searchText: insensitive(term) })),
    ],
  };
}

const resultSelect = {
  id: true,
  ...titleLocalizationSelect,
  searchText: true,
  edition: {
    select: {
      publicDate: true,
      document: { select: { id: true, kind: true, slug: true, outlet: true } },
    },
  },
} satisfies Prisma.LocalizationSelect;

const newestFirst: Prisma.LocalizationOrderByWithRelationInput[] = [
  ...LISTING_ORDER.map((order) => ({ edition: order })),
  { id: "desc" },
];

/**
 * One page of the documents whose text in `locale` contains every word of the query (case-insensitive substrings).
 * Ranking: documents whose title contains every word first, then the rest; newest first within each. A page past
 * the end gives the last page (the window says which). A query without usable words searches nothing.
 */
export async function searchDocuments({ query, locale, kind, page, pageSize = PAGE_SIZE, countCap = SEARCH_COUNT_CAP }: SearchInput): Promise<SearchResults> {
  const terms = searchTerms(query);
  if (terms.length === 0) return { items: [], window: pageWindow(0, 1, pageSize), more: false, terms };

  const prisma = await db();
  const where = searchableWhere(locale, kind, terms);
  const titleHasEveryTerm: Prisma.LocalizationWhereInput = { AND: terms.map((term) => ({ title: insensitive(term) })) };
  const inTitle: Prisma.LocalizationWhereInput = { AND: [where, titleHasEveryTerm] };
  const elsewhere: Prisma.LocalizationWhereInput = { AND: [where, { NOT: titleHasEveryTerm }] };

  const [titleCount, otherCount] = await Promise.all([
    prisma.localization.count({ where: inTitle, take: countCap + 1 }),
    prisma.localization.count({ where: elsewhere, take: countCap + 1 }),
  ]);
  const more = titleCount + otherCount > countCap;
  const window = pageWindow(Math.min(titleCount + otherCount, countCap), page, pageSize);

  // The page may straddle the two groups: the end of the title matches, then the start of the others.
  const fromTitle = Math.max(0, Math.min(window.pageSize, titleCount - window.offset));
  const fromOthers = Math.min(window.pageSize - fromTitle, Math.max(0, window.total - window.offset - fromTitle));
  // Ids first, ordered and limited with nothing but the sort keys joined; then the page's rows with their relations.
  // One query with the relations joined would build them for every match before the sort cut it to a page.
  const [titleIds, otherIds] = await Promise.all([
    fromTitle > 0 ? prisma.localization.findMany({ where: inTitle, orderBy: newestFirst, skip: window.offset, take: fromTitle, select: { id: true } }) : [],
    fromOthers > 0
      ? prisma.localization.findMany({ where: elsewhere, orderBy: newestFirst, skip: Math.max(0, window.offset - titleCount), take: fromOthers, select: { id: true } })
      : [],
  ]);
  const ids = [...titleIds, ...otherIds].map((row) => row.id);
  const rows = ids.length > 0 ? await prisma.localization.findMany({ where: { id: { in: ids } }, select: resultSelect }) : [];
  const byId = new Map(rows.map((row) => [row.id, row]));
  const inOrder = ids.flatMap((id) => byId.get(id) ?? []);

  const items = inOrder.flatMap((row): SearchResult[] => {
    const readable = readableTitle(row);
    if (!readable) return [];
    const document = row.edition.document;
    return [
      {
        id: document.id,
        kind: document.kind,
        slug: document.slug,
        title: readable.title,
        publicDate: optionalCalendarDate(row.edition.publicDate),
        outlet: document.outlet,
        translationKind: row.translationKind === "UNOFFICIAL" ? "UNOFFICIAL" : row.isOriginal ? null : (row.translationKind ?? "OFFICIAL"),
        // searchText begins with the localization's own title, which for a published translation is the published one.
        snippet: makeSnippet(row.searchText, row.title, terms),
      },
    ];
  });
  return { items, window, more, terms };
}
