// A list's filters and page as one path segment, so each list view is a page of its own that Next.js caches whole.
// proxy.ts rewrites the readers' address (/en/press-releases?year=2020&page=2, the one links and the filter form use)
// to the internal one (/en/lists/press-releases/year-2020.page-2); the query string stays the public contract.
// Client-safe: no database, no Next.js server APIs.
import { isCanonicalQuery, listQuery, parseListFilters, type ListFilters } from "./list-filters";
import type { SearchParams } from "@/lib/validation/search-params";
import { KIND_SEGMENTS, listPath, PUBLIC_KINDS, type PublicKind } from "./paths";

/** The internal route's first segment under a language (app/(public)/[locale]/lists/[kind]/[view]). */
const LIST_VIEWS_SEGMENT = "lists";
const EVERYTHING = "all";

export function kindOfListSegment(segment: string): PublicKind | null {
  return PUBLIC_KINDS.find((kind) => KIND_SEGMENTS[kind] === segment) ?? null;
}

/** "year-2020.month-3.page-2", or "all" for the plain list: the canonical query string, with path-safe separators. */
export function listViewSegment(filters: ListFilters): string {
  const query = listQuery(filters).slice(1);
  if (!query) return EVERYTHING;
  return [...new URLSearchParams(query)].map(([key, value]) => `${key}-${value}`).join(".");
}

/** The filters a view segment stands for, or null unless it is the canonical segment of those filters. */
export function listFiltersOfView(view: string): ListFilters | null {
  const params: SearchParams = {};
  if (view !== EVERYTHING) {
    for (const pair of view.split(".")) {
      const dash = pair.indexOf("-");
      if (dash <= 0) return null;
      params[pair.slice(0, dash)] = pair.slice(dash + 1);
    }
  }
  const filters = parseListFilters(params);
  return listViewSegment(filters) === view ? filters : null;
}

export type ListRoute =
  | { action: "rewrite"; pathname: string }
  | { action: "redirect"; location: string }
  /** The internal address asked for directly: not a page readers should find. */
  | { action: "hide" };

/** What the proxy does with a request for `pathname?query`; null for anything that is not a list. */
export function routeList(pathname: string, query: URLSearchParams, locales: readonly string[]): ListRoute | null {
  const [, locale, first, ...rest] = pathname.replace(/\/+$/, "").split("/");
  if (!locale || !locales.includes(locale) || first === undefined) return null;
  if (first === LIST_VIEWS_SEGMENT) return { action: "hide" };
  const kind = kindOfListSegment(first);
  if (!kind || rest.length > 0) return null;
  const raw: SearchParams = {};
  for (const key of new Set(query.keys())) raw[key] = query.getAll(key);
  const filters = parseListFilters(raw);
  // One address per list: empty form fields, page=1 and unknown parameters go to the clean URL.
  if (!isCanonicalQuery(raw, filters)) return { action: "redirect", location: listPath(locale, kind, listQuery(filters)) };
  return { action: "rewrite", pathname: `/${locale}/${LIST_VIEWS_SEGMENT}/${first}/${listViewSegment(filters)}` };
}
