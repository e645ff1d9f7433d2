// Public addresses. Client-safe. A document keeps one slug in every language: /en/press-releases/<slug> and
// /ko/press-releases/<slug> are the same document (see docs/public-site.md).

export type PublicKind = "PRESS_RELEASE" | "INTERVIEW";

export const KIND_SEGMENTS: Readonly<Record<PublicKind, string>> = {
  PRESS_RELEASE: "press-releases",
  INTERVIEW: "interviews",
};

export const PUBLIC_KINDS: readonly PublicKind[] = ["PRESS_RELEASE", "INTERVIEW"];

export function homePath(locale: string): string {
  return `/${locale}`;
}

export function listPath(locale: string, kind: PublicKind, query = ""): string {
  return `/${locale}/${KIND_SEGMENTS[kind]}${query}`;
}

export function documentPath(locale: string, kind: PublicKind, slug: string): string {
  return `/${locale}/${KIND_SEGMENTS[kind]}/${encodeURIComponent(slug)}`;
}

/** The view beacon of a document (app/api/views/[documentId]). */
export function viewBeaconPath(documentId: string): string {
  return `/api/views/${encodeURIComponent(documentId)}`;
}

/** A translation beside its original, block by block (the translation's locale). */
export function sideBySidePath(locale: string, kind: PublicKind, slug: string): string {
  return `${documentPath(locale, kind, slug)}/compare`;
}

export type FeedFormat = "atom" | "rss";

/** What a feed follows besides its language and kind; the same filters as a list's country, topic and person. */
export interface FeedFilters {
  country?: string;
  topic?: string;
  person?: string;
}

/**
 * A feed: `/en/feed.atom` (everything), `/en/press-releases/feed.atom`, `/en/interviews/feed.rss`, narrowed by
 * `?country=AZ&topic=central-asia&person=<id>` (in this order).
 */
export function feedPath(locale: string, kind: PublicKind | null, format: FeedFormat, filters: FeedFilters = {}): string {
  return `/${locale}${kind ? `/${KIND_SEGMENTS[kind]}` : ""}/feed.${format}${feedFiltersQuery(filters)}`;
}

/** "?country=AZ&topic=central-asia&person=…" (fixed order), or "". */
export function feedFiltersQuery(filters: FeedFilters): string {
  const query = new URLSearchParams();
  if (filters.country) query.set("country", filters.country);
  if (filters.topic) query.set("topic", filters.topic);
  if (filters.person) query.set("person", filters.person);
  const text = query.toString();
  return text ? `?${text}` : "";
}

/** The public JSON API (app/api/v1). */
export const API_BASE_PATH = "/api/v1";

export function apiDocumentPath(slug: string, locale: string): string {
  return `${API_BASE_PATH}/documents/${encodeURIComponent(slug)}?locale=${encodeURIComponent(locale)}`;
}
