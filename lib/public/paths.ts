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
