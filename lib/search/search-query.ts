// What a reader typed into a search box, read leniently: a bad value falls back to "no value", never a 500.
// Pure and client-safe: the header's search form and the results page share its address.
import { z } from "zod";
import { MAX_PAGE } from "@/lib/public/list-filters";
import { KIND_SEGMENTS, PUBLIC_KINDS, type PublicKind } from "@/lib/public/paths";
import { withoutControlCharacters } from "@/lib/validation/plain-text";
import { blankAsMissing, queryStringOf, readSearchParams, type SearchParams } from "@/lib/validation/search-params";

/** Longer input is cut, not refused: a pasted paragraph still searches its first words. */
export const MAX_QUERY_LENGTH = 200;
/** Each term is one more phrase of the full-text query; eight words say what anyone looks for. */
const MAX_TERMS = 8;
/** Shorter Latin/Cyrillic/digit terms ("a", "5") are the prefix of nearly every word. */
const MIN_TERM_LENGTH = 2;

export interface SearchQuery {
  /** The query as typed, tidied: NFC, whitespace collapsed, trimmed, at most MAX_QUERY_LENGTH characters. */
  text: string;
  kind?: PublicKind;
  page: number;
}

// A single Hangul syllable or Han character is a word ("한", "韓"); one Latin letter is not.
const ONE_CHARACTER_WORD = /[\p{Script=Hangul}\p{Script=Han}]/u;
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/** NFC (text pasted from macOS arrives decomposed), whitespace collapsed, trimmed, cut at MAX_QUERY_LENGTH code points. */
export function normalizeQueryText(raw: string): string {
  // A control character (a NUL pasted into the address) is dropped: PostgreSQL refuses it in a query.
  const collapsed = withoutControlCharacters(raw).normalize("NFC").replace(/\s+/gu, " ").trim();
  const characters = Array.from(collapsed);
  return characters.length <= MAX_QUERY_LENGTH ? collapsed : characters.slice(0, MAX_QUERY_LENGTH).join("").trimEnd();
}

/**
 * The words a query matches on (every one must occur): split at spaces, quotes and punctuation at either end dropped
 * ("“Azerbaijan”," → "Azerbaijan", inner ones kept: "ROK–Azerbaijan", "U.S."), too-short and repeated terms
 * dropped, at most MAX_TERMS. A query of only punctuation has no terms.
 */
export function searchTerms(text: string): string[] {
  const terms: string[] = [];
  const seen = new Set<string>();
  for (const word of normalizeQueryText(text).split(" ")) {
    const term = word.replace(EDGE_PUNCTUATION, "");
    if (term === "") continue;
    if (Array.from(term).length < MIN_TERM_LENGTH && !ONE_CHARACTER_WORD.test(term)) continue;
    const key = term.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    terms.push(term);
    if (terms.length === MAX_TERMS) break;
  }
  return terms;
}

const KIND_BY_SEGMENT = Object.fromEntries(PUBLIC_KINDS.map((kind) => [KIND_SEGMENTS[kind], kind])) as Record<string, PublicKind>;

const searchSchema = z.object({
  q: z.string().transform(normalizeQueryText).catch(""),
  kind: z
    .preprocess(blankAsMissing, z.enum(Object.keys(KIND_BY_SEGMENT) as [string, ...string[]]).transform((segment) => KIND_BY_SEGMENT[segment]).optional())
    .catch(undefined),
  page: z.preprocess(blankAsMissing, z.coerce.number().int().min(1).max(MAX_PAGE).default(1)).catch(1),
});

/** `?q=…&kind=press-releases&page=2` of the results page. */
export function parseSearchParams(params: SearchParams): SearchQuery {
  const parsed = readSearchParams(params, searchSchema);
  const query: SearchQuery = { text: parsed.q, page: parsed.page };
  if (parsed.kind !== undefined) query.kind = parsed.kind;
  return query;
}

/** The query string for a search ("?q=Azerbaijan&page=2", "" for the empty search page), in one fixed order. */
export function searchQueryString(query: SearchQuery, overrides: Partial<SearchQuery> = {}): string {
  const merged = { ...query, ...overrides };
  const params = new URLSearchParams();
  if (merged.text) params.set("q", merged.text);
  if (merged.kind) params.set("kind", KIND_SEGMENTS[merged.kind]);
  // Only a query with words has pages.
  if (merged.page > 1 && searchTerms(merged.text).length > 0) params.set("page", String(merged.page));
  const text = params.toString();
  return text ? `?${text}` : "";
}

export function searchPath(locale: string, queryString = ""): string {
  return `/${locale}/search${queryString}`;
}

/**
 * Whether the request's query string is already the canonical one for what it asks. The form submits an empty
 * kind ("&kind="), a query may arrive with stray spaces: the page redirects those, so each search has one address.
 */
export function isCanonicalSearch(params: SearchParams, query: SearchQuery): boolean {
  return queryStringOf(params) === searchQueryString(query);
}
