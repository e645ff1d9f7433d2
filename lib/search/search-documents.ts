import "server-only";
import { LISTED } from "@/lib/workflow/workflow";
import { Prisma } from "@/lib/db/generated/client";
import { db } from "@/lib/db";
import type { ListedDocument } from "@/lib/public/document-lists";
import { PAGE_SIZE, pageWindow, type PageWindow } from "@/lib/public/pagination";
import type { PublicKind } from "@/lib/public/paths";
import { readableTitle, titleLocalizationSelect } from "@/lib/public/readable-text";
import { searchTerms } from "./search-query";
import { makeSnippet } from "./snippet";
import { optionalCalendarDate } from "@/lib/time/office-time";

export interface SearchResult extends Pick<ListedDocument, "id" | "kind" | "slug" | "title" | "publicDate" | "outlet" | "translationKind"> {
  /** Plain text around the first match (see makeSnippet); the page marks the terms in it. */
  snippet: string;
}

/**
 * Past this many matches search stops counting and says "more than 1,000": counting every document that holds a
 * word found in nearly all of them was most of a common word's search time (≈1.5 s at 20,000 documents).
 */
const SEARCH_COUNT_CAP = 1_000;

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

/**
 * The localizations readers can find in `locale`, as SQL: the same rows as the policy's `publiclyListed`,
 * `publiclyVisibleLocalization` and `currentTextIsPublic` scopes (lib/auth/policy.ts; search-documents.int.test.ts
 * proves they agree): only where the search text is the text readers see, the original's or a published one. A
 * translation being revised keeps a published revision readers see, but its searchText is the draft's, so it is
 * left out until it is published again rather than found by words readers cannot find on the page.
 *
 * Raw SQL because the match is PostgreSQL full-text search (`@@` on the generated `searchVector` column, GIN
 * indexed), which Prisma's query API cannot express.
 */
export function searchableRows(locale: string, kind: PublicKind | undefined, match: Prisma.Sql | null, inTitle: boolean | null): Prisma.Sql {
  const titleCondition =
    inTitle === null || match === null ? Prisma.empty : inTitle ? Prisma.sql`AND l."titleVector" @@ ${match}` : Prisma.sql`AND NOT (l."titleVector" @@ ${match})`;
  return Prisma.sql`
    FROM "Localization" l
    JOIN "Edition" e ON e."id" = l."editionId"
    ${kind ? Prisma.sql`JOIN "Document" d ON d."id" = e."documentId" AND d."kind" = ${kind}::"DocumentKind"` : Prisma.empty}
    WHERE l."locale" = ${locale}
      AND (l."isOriginal" OR l."publishedRevisionId" IS NOT NULL)
      AND (l."isOriginal" OR l."translationState" = 'PUBLISHED')
      AND e."state" IN (${Prisma.join(LISTED.map((state) => Prisma.sql`${state}::"EditionState"`))})
      ${match === null ? Prisma.empty : Prisma.sql`AND l."searchVector" @@ ${match}`}
      ${titleCondition}`;
}

/**
 * The tsquery of the reader's words, tokenized by PostgreSQL exactly as the documents were: each word's tokens
 * in sequence (`<->`), each a prefix (`:*`: "Uzbek" finds "Uzbekistan", "협력" finds "협력을"), every word required.
 */
function tsQuery(terms: readonly string[]): Prisma.Sql {
  // Cast, not to_tsquery(): the lexemes are already normalized, and to_tsquery would split "soon-gu" again.
  return Prisma.sql`(
    SELECT string_agg('(' || phrase || ')', ' & ')
    FROM (
      SELECT (SELECT string_agg(quote_literal(token.lexeme) || ':*', ' <-> ' ORDER BY token.positions[1])
              FROM unnest(to_tsvector('simple', term)) AS token) AS phrase
      FROM unnest(${[...terms]}::text[]) AS term
    ) words
    WHERE phrase IS NOT NULL)::tsquery`;
}

/** LISTING_ORDER (lib/public/listing-order.ts) in SQL: newest public date first, undated last; then publication. */
const NEWEST_FIRST = Prisma.sql`ORDER BY e."publicDate" DESC NULLS LAST, e."publishedAt" DESC, l."id" DESC`;

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

/**
 * One page of the documents whose text in `locale` holds every word of the query (words as prefixes, see tsQuery).
 * Ranking: documents whose title holds every word first, then the rest; newest first within each. A page past
 * the end gives the last page (the window says which). A query without usable words searches nothing.
 */
export async function searchDocuments({ query, locale, kind, page, pageSize = PAGE_SIZE, countCap = SEARCH_COUNT_CAP }: SearchInput): Promise<SearchResults> {
  const terms = searchTerms(query);
  if (terms.length === 0) return { items: [], window: pageWindow(0, 1, pageSize), more: false, terms };

  const prisma = await db();
  const match = tsQuery(terms);
  const countOf = async (inTitle: boolean) => {
    const [row] = await prisma.$queryRaw<[{ n: number }]>`SELECT count(*)::int AS n FROM (SELECT 1 ${searchableRows(locale, kind, match, inTitle)} LIMIT ${countCap + 1}) capped`;
    return row.n;
  };
  const idsOf = (inTitle: boolean, offset: number, limit: number) =>
    prisma.$queryRaw<{ id: string }[]>`SELECT l."id" ${searchableRows(locale, kind, match, inTitle)} ${NEWEST_FIRST} LIMIT ${limit} OFFSET ${offset}`;

  const [titleCount, otherCount] = await Promise.all([countOf(true), countOf(false)]);
  const more = titleCount + otherCount > countCap;
  const window = pageWindow(Math.min(titleCount + otherCount, countCap), page, pageSize);

  // The page may straddle the two groups: the end of the title matches, then the start of the others.
  const fromTitle = Math.max(0, Math.min(window.pageSize, titleCount - window.offset));
  const fromOthers = Math.min(window.pageSize - fromTitle, Math.max(0, window.total - window.offset - fromTitle));
  // Ids first, ordered and limited with nothing but the sort keys joined; then the page's rows with their relations.
  const [titleIds, otherIds] = await Promise.all([
    fromTitle > 0 ? idsOf(true, window.offset, fromTitle) : [],
    fromOthers > 0 ? idsOf(false, Math.max(0, window.offset - titleCount), fromOthers) : [],
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
