// Client-safe.

/** A recipient's personal link to an embargoed edition. */
export function embargoedPath(locale: string, token: string): string {
  return `/${locale}/embargoed/${encodeURIComponent(token)}`;
}
