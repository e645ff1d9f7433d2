import "server-only";
import { editionShowsMedia } from "@/lib/media/media-usage";
import { serveMediaFile, type MediaRequest, type MediaResponse } from "@/lib/media/serve-media";
import { openPreview } from "./preview-links";

/**
 * The photos and files of a previewed edition, for the holder of its link: `/media/preview/<token>/<id>/…`. Only
 * while the link opens (not revoked, expired or published since), only what that edition shows, never cached.
 */
export async function readPreviewMediaFile(token: string, request: MediaRequest, now: Date = new Date()): Promise<MediaResponse> {
  const opened = await openPreview(token, now);
  if (!opened) return { found: false };
  return serveMediaFile(request, async (prisma, assetId) => ((await editionShowsMedia(prisma, opened.editionId, assetId)) ? "private" : null));
}
