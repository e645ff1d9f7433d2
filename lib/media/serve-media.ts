import "server-only";
import { db } from "@/lib/db";
import { isPublicMedia } from "./media-usage";
import { mediaStorage } from "./storage";
import { VARIANT_TYPES } from "./media-view";
import { imageVariant, readVariantName } from "./variants";

export type MediaResponse =
  | { found: false }
  | { found: true; bytes: Buffer; contentType: string; disposition: string; etag: string; isPublic: boolean };

/**
 * What `/media/<id>/<hash>/<name>` answers: an image variant ("w640.webp") or a file under its own name. The hash is
 * the start of the content hash, so a URL always means the same bytes. Readers get only items a published edition
 * shows; `staff` (someone allowed to see the library) gets any item, never cached publicly.
 */
export async function readMediaFile(request: { id: string; hash: string; name: string }, staff: () => Promise<boolean>): Promise<MediaResponse> {
  if (!/^[a-z0-9]{8,40}$/.test(request.id) || !/^[0-9a-f]{16}$/.test(request.hash)) return { found: false };
  const prisma = await db();
  const asset = await prisma.mediaAsset.findUnique({
    where: { id: request.id },
    select: { id: true, kind: true, contentHash: true, storageKey: true, mimeType: true, fileName: true, width: true },
  });
  if (!asset || asset.contentHash.slice(0, 16) !== request.hash) return { found: false };
  const isPublic = await isPublicMedia(prisma, asset.id);
  if (!isPublic && !(await staff())) return { found: false };

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
      etag: `"${asset.contentHash.slice(0, 16)}-${variant.width}-${variant.format}"`,
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
    etag: `"${asset.contentHash.slice(0, 16)}"`,
    isPublic,
  };
}

/** A download under its own name (RFC 6266: an ASCII fallback, and the real name in UTF-8). */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
