// Conditional GET for feeds and the public API: an ETag from the body, Last-Modified from the data, and 304 Not
// Modified when the client already holds this representation (RFC 9110 §13).
import { createHash } from "node:crypto";

/**
 * Feed readers and API clients may keep a copy for a minute, shared caches (a CDN) for five — the same bound as the
 * pages; after that a conditional request costs a 304 and no body.
 */
const PUBLIC_CACHE_CONTROL = "public, max-age=60, s-maxage=300";

export interface Representation {
  body: string;
  contentType: string;
  /** ISO instant of the newest change the body reflects; null when unknown (no Last-Modified then). */
  lastModified: string | null;
  status?: number;
  /** Default PUBLIC_CACHE_CONTROL. */
  cacheControl?: string;
}

export function entityTag(body: string): string {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;
}

/** If-None-Match against our tag: `*`, or any listed tag, compared weakly (a W/ prefix is ignored). */
function matchesAny(header: string, etag: string): boolean {
  if (header.trim() === "*") return true;
  return header.split(",").some((candidate) => candidate.trim().replace(/^W\//, "") === etag);
}

/** Whole seconds, as HTTP dates carry them. */
function seconds(instant: Date): number {
  return Math.floor(instant.getTime() / 1000);
}

function isNotModified(request: Request, etag: string, lastModified: Date | null): boolean {
  const ifNoneMatch = request.headers.get("if-none-match");
  // When both are sent, If-None-Match decides (RFC 9110 §13.2.2).
  if (ifNoneMatch !== null) return matchesAny(ifNoneMatch, etag);
  const ifModifiedSince = request.headers.get("if-modified-since");
  if (ifModifiedSince === null || lastModified === null) return false;
  const since = Date.parse(ifModifiedSince);
  return !Number.isNaN(since) && seconds(lastModified) <= Math.floor(since / 1000);
}

/** The response for a GET: 200 with the body, or 304 with the validators only. */
export function conditionalResponse(request: Request, representation: Representation): Response {
  const etag = entityTag(representation.body);
  const lastModified = representation.lastModified ? new Date(representation.lastModified) : null;
  const headers = new Headers({ ETag: etag, "Cache-Control": representation.cacheControl ?? PUBLIC_CACHE_CONTROL });
  if (lastModified) headers.set("Last-Modified", lastModified.toUTCString());
  if ((representation.status ?? 200) === 200 && isNotModified(request, etag, lastModified)) return new Response(null, { status: 304, headers });
  headers.set("Content-Type", representation.contentType);
  return new Response(representation.body, { status: representation.status ?? 200, headers });
}

/** An error or refusal as one line of text; never cached. */
export function plainTextResponse(status: number, message: string): Response {
  return new Response(`${message}\n`, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}
