import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import { editionShowsMedia } from "@/lib/media/media-usage";
import { serveMediaFile, type MediaRequest, type MediaResponse } from "@/lib/media/serve-media";
import { hashRecipientToken, looksLikeRecipientToken } from "./recipient-token";

/**
 * The photos and files of an embargoed edition, for the holder of a personal link: `/media/embargoed/<token>/<id>/…`.
 * Only while the embargo holds, only what that edition shows, never cached (the URL carries the token). Once it is
 * published the page sends the recipient to the public page, whose files are public; these URLs then answer 404.
 * Opening an image is not counted: the page's opening is (lib/embargo/open-embargo-link.ts).
 */
export async function readEmbargoedMediaFile(token: string, request: MediaRequest): Promise<MediaResponse> {
  if (!looksLikeRecipientToken(token)) return { found: false };
  return serveMediaFile(request, async (prisma, assetId) => ((await embargoShows(prisma, token, assetId)) ? "private" : null));
}

async function embargoShows(prisma: PrismaClient, token: string, assetId: string): Promise<boolean> {
  const recipient = await prisma.embargoRecipient.findUnique({
    where: { tokenHash: hashRecipientToken(token) },
    select: { embargo: { select: { edition: { select: { id: true, state: true, scheduledAt: true } } } } },
  });
  const edition = recipient?.embargo.edition;
  if (!edition || edition.state !== "SCHEDULED" || edition.scheduledAt === null) return false;
  return editionShowsMedia(prisma, edition.id, assetId);
}
