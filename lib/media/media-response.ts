import type { MediaRequest, MediaResponse } from "./serve-media";

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

type TokenParams = { params: Promise<{ token: string; id: string; hash: string; name: string }> };

/**
 * The GET of a route serving files to the holder of a link (`/media/<kind>/<token>/<id>/<hash>/<name>`): `read` checks
 * the token. The token is in the address, so it must not travel on in a Referer, nor the address be indexed.
 */
export function tokenMediaHandler(read: (token: string, request: MediaRequest) => Promise<MediaResponse>) {
  return async function GET(request: Request, { params }: TokenParams): Promise<Response> {
    const { token, id, hash, name } = await params;
    const response = mediaHttpResponse(request, await read(decodeSegment(token), { id, hash, name: decodeSegment(name) }));
    response.headers.set("Referrer-Policy", "no-referrer");
    response.headers.set("X-Robots-Tag", "noindex, nofollow");
    return response;
  };
}
