import { can } from "@/lib/auth/policy";
import { getCurrentUser } from "@/lib/auth/session";
import { decodeSegment, mediaHttpResponse } from "@/lib/media/media-response";
import { readMediaFile } from "@/lib/media/serve-media";

// Photos and files of the media library. Files of documents not yet published, or withdrawn, answer only to
// signed-in staff and are never cached.
export const dynamic = "force-dynamic";

type Params = Promise<{ id: string; hash: string; name: string }>;

export async function GET(request: Request, { params }: { params: Params }): Promise<Response> {
  const { id, hash, name } = await params;
  const answer = await readMediaFile({ id, hash, name: decodeSegment(name) }, async () => can(await getCurrentUser(), "media.view"));
  return mediaHttpResponse(request, answer);
}
