import type { MediaResponse } from "./serve-media";

const YEAR = 60 * 60 * 24 * 365;

/**
 * The HTTP answer to a media request. Public answers are immutable (the URL carries the content hash); anything
 * else (staff's view of an unpublished file, an embargo recipient's) is never stored by a cache.
 */
export function mediaHttpResponse(request: Request, answer: MediaResponse): Response {
  if (!answer.found) {
    return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  }
  const headers = {
    "Content-Type": answer.contentType,
    "Content-Length": String(answer.bytes.length),
    "Content-Disposition": answer.disposition,
    ETag: answer.etag,
    "Cache-Control": answer.isPublic ? `public, max-age=${YEAR}, immutable` : "private, no-store",
    "X-Content-Type-Options": "nosniff",
    // A file is never a page: nothing in it may run or frame anything.
    "Content-Security-Policy": "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
  };
  if (request.headers.get("if-none-match") === answer.etag) return new Response(null, { status: 304, headers });
  return new Response(new Uint8Array(answer.bytes), { status: 200, headers });
}

/** A path segment as sent, decoded when it decodes. */
export function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
