import "server-only";
import type { TransactionClient } from "@/lib/db";
import type { PrismaClient } from "@/lib/db/generated/client";

type Client = PrismaClient | TransactionClient;

/** `body @> '[{"mediaId": …}]'`: a localization whose body has a block showing this item. */
const bodyShows = (mediaId: string) => JSON.stringify([{ mediaId }]);

/**
 * Whether readers may fetch this item's files: a published edition shows it (as its lead image or in the original's
 * body, which every translation follows). A withdrawn, superseded, scheduled or draft edition does not count, so the
 * files of a document that is withdrawn stop being public at once; staff still see them in the desk.
 */
export async function isPublicMedia(client: Client, mediaId: string): Promise<boolean> {
  const rows = await client.$queryRaw<Array<{ found: number }>>`
    SELECT 1 AS found FROM "Edition" e
    WHERE e."state" = 'PUBLISHED'
      AND (e."leadImageId" = ${mediaId}
        OR EXISTS (SELECT 1 FROM "Localization" l WHERE l."editionId" = e."id" AND l."isOriginal" AND l."body" @> ${bodyShows(mediaId)}::jsonb))
    LIMIT 1`;
  return rows.length > 0;
}

/** Whether this edition shows the item: as its lead image or in its original's body (which every translation follows). */
export async function editionShowsMedia(client: Client, editionId: string, mediaId: string): Promise<boolean> {
  const rows = await client.$queryRaw<Array<{ found: number }>>`
    SELECT 1 AS found FROM "Edition" e
    WHERE e."id" = ${editionId}
      AND (e."leadImageId" = ${mediaId}
        OR EXISTS (SELECT 1 FROM "Localization" l WHERE l."editionId" = e."id" AND l."isOriginal" AND l."body" @> ${bodyShows(mediaId)}::jsonb))
    LIMIT 1`;
  return rows.length > 0;
}

/** The documents whose editions (any state) show this item: their pages change when its words do. */
export async function documentsUsingMedia(client: Client, mediaId: string): Promise<Array<{ id: string; slug: string; kind: string }>> {
  return client.$queryRaw<Array<{ id: string; slug: string; kind: string }>>`
    SELECT DISTINCT d."id", d."slug", d."kind"::text AS "kind" FROM "Document" d
    JOIN "Edition" e ON e."documentId" = d."id"
    WHERE e."leadImageId" = ${mediaId}
       OR EXISTS (SELECT 1 FROM "Localization" l WHERE l."editionId" = e."id" AND l."body" @> ${bodyShows(mediaId)}::jsonb)
    ORDER BY d."slug"`;
}
