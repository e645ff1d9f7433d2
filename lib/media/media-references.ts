import "server-only";
import type { Block } from "@/lib/body/schema";
import type { TransactionClient } from "@/lib/db";
import { DomainError } from "@/lib/errors";

/**
 * Every photo and file a body shows, and the lead image, must be in the library and of the right kind (a photo in an
 * image block, a file in an attachment block). A body typed as text can name any id, so the save checks.
 * @throws DomainError on the "body" or "leadImageId" field
 */
export async function checkMediaReferences(tx: TransactionClient, body: readonly Block[], leadImageId?: string | null): Promise<void> {
  const wanted = new Map<string, { kind: "IMAGE" | "DOCUMENT"; where: string }>();
  body.forEach((block, index) => {
    if (block.kind === "image") wanted.set(block.mediaId, { kind: "IMAGE", where: `Block ${index + 1}` });
    if (block.kind === "attachment") wanted.set(block.mediaId, { kind: "DOCUMENT", where: `Block ${index + 1}` });
  });
  const ids = [...wanted.keys(), ...(leadImageId ? [leadImageId] : [])];
  if (ids.length === 0) return;
  const found = new Map(
    (await tx.mediaAsset.findMany({ where: { id: { in: ids } }, select: { id: true, kind: true } })).map((row) => [row.id, row.kind]),
  );
  for (const [id, { kind, where }] of wanted) {
    const actual = found.get(id);
    if (!actual) throw new DomainError(`${where}: there is no photo or file “${id}” in the library.`, "body");
    if (actual !== kind) {
      throw new DomainError(
        kind === "IMAGE" ? `${where}: “${id}” is a file, not a photo: show it with [attachment: ${id}].` : `${where}: “${id}” is a photo: show it with [image: ${id}].`,
        "body",
      );
    }
  }
  if (leadImageId) {
    const actual = found.get(leadImageId);
    if (!actual) throw new DomainError("The lead image is not in the library.", "leadImageId");
    if (actual !== "IMAGE") throw new DomainError("The lead image must be a photo, not a file.", "leadImageId");
  }
}
