import { can } from "@/lib/auth/policy";
import { getCurrentUser } from "@/lib/auth/session";
import { readMediaFile } from "@/lib/media/serve-media";

// Photos and files of the media library. Public answers are immutable (the URL carries the content hash); files of
// documents not yet published, or withdrawn, answer only to signed-in staff and are never cached.
export const dynamic = "force-dynamic";

const YEAR = 60 * 60 * 24 * 365;

type Params = Promise<{ id: string; hash: string; name: string }>;

export async function GET(request: Request, { params }: { params: Params }): Promise<Response> {
  const { id, hash, name } = await params;
  const answer = await readMediaFile({ id, hash, name: safeDecode(name) }, async () => can(await getCurrentUser(), "media.view"));
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

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
