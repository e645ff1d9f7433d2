import { readEmbargoedMediaFile } from "@/lib/embargo/embargoed-media";
import { decodeSegment, mediaHttpResponse } from "@/lib/media/media-response";

// The photos and files of an embargoed edition, for the holder of a personal link; never public, never cached.
export const dynamic = "force-dynamic";

type Params = Promise<{ token: string; id: string; hash: string; name: string }>;

export async function GET(request: Request, { params }: { params: Params }): Promise<Response> {
  const { token, id, hash, name } = await params;
  const answer = await readEmbargoedMediaFile(decodeSegment(token), { id, hash, name: decodeSegment(name) });
  const response = mediaHttpResponse(request, answer);
  // The token is in the address: it must not travel on in a Referer, nor the address be indexed.
  response.headers.set("Referrer-Policy", "no-referrer");
  response.headers.set("X-Robots-Tag", "noindex, nofollow");
  return response;
}
