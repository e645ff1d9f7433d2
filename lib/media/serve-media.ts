import "server-only";
import { db } from "@/lib/db";
import type { PrismaClient } from "@/lib/db/generated/client";
import { isPublicMedia } from "./media-usage";
import { mediaStorage } from "./storage";
import { urlHashOf, VARIANT_TYPES } from "./media-view";
import { imageVariant, readVariantName } from "./variants";

export type MediaResponse =
  | { found: false }
  | { found: true; bytes: Buffer; contentType: string; disposition: string; etag: string; isPublic: boolean };

/** Who may have an asset's files: everyone ("public", cached for a year), one holder of a grant ("private"), or nobody. */
export type MediaAccess = "public" | "private" | null;

/**
 * What `/media/<id>/<hash>/<name>` answers: an image variant ("w640.webp") or a file under its own name. The hash is
 * the start of the content hash, so a URL always means the same bytes. Readers get only items a published edition
 * shows; `staff` (someone allowed to see the library) gets any item, never cached publicly.
 */
export async function readMediaFile(request: MediaRequest, staff: () => Promise<boolean>): Promise<MediaResponse> {
  return serveMediaFile(request, async (prisma, assetId) => ((await isPublicMedia(prisma, assetId)) ? "public" : (await staff()) ? "private" : null));
}

export interface MediaRequest {
  id: string;
  hash: string;
  name: string;
}

/** Answers a media request once `access` has said who may have the asset (lib/embargo asks with a recipient's token). */
export async function serveMediaFile(request: MediaRequest, access: (prisma: PrismaClient, assetId: string) => Promise<MediaAccess>): Promise<MediaResponse> {
  if (!/^[a-z0-9]{8,40}$/.test(request.id) || !/^[0-9a-f]{16}$/.test(request.hash)) return { found: false };
  const prisma = await db();
  const asset = await prisma.mediaAsset.findUnique({
    where: { id: request.id },
    select: { id: true, kind: true, contentHash: true, storageKey: true, mimeType: true, fileName: true, width: true },
  });
  if (!asset || urlHashOf(asset.contentHash) !== request.hash) return { found: false };
  const allowed = await access(prisma, asset.id);
  if (!allowed) return { found: false };
  const isPublic = allowed === "public";

  const storage = mediaStorage();
  if (asset.kind === "IMAGE") {
    const variant = readVariantName(request.name, asset.width ?? 0);
    if (!variant) return { found: false };
    const bytes = await imageVariant(storage, asset, variant.width, variant.format);
    if (!bytes) return { found: false };
    return {
      found: true,
      bytes,
      contentType: VARIANT_TYPES[variant.format],
      disposition: "inline",
      etag: `"${urlHashOf(asset.contentHash)}-${variant.width}-${variant.format}"`,
      isPublic,
    };
  }
  if (request.name !== asset.fileName) return { found: false };
  const bytes = await storage.get(asset.storageKey);
  if (!bytes) return { found: false };
  return {
    found: true,
    bytes,
    contentType: asset.mimeType,
    disposition: contentDisposition(asset.fileName),
    etag: `"${urlHashOf(asset.contentHash)}"`,
    isPublic,
  };
}

/** A download under its own name (RFC 6266: an ASCII fallback, and the real name in UTF-8). */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
