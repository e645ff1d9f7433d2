import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import { PUBLICLY_VISIBLE } from "@/lib/workflow/workflow";

/** One reader (address) is counted once per document in this window; reloading or hammering the beacon adds nothing. */
const VIEW_WINDOW_MS = 30 * 60_000;
/** Receipts of past windows are swept on roughly one counted view in this many. */
const SWEEP_ONE_IN = 200;

export type ViewReader = { address: string | null };

function windowStart(now: Date): Date {
  return new Date(Math.floor(now.getTime() / VIEW_WINDOW_MS) * VIEW_WINDOW_MS);
}

/** Hashed so the receipts never hold an address; the document id salts it, so keys cannot be joined across documents. */
function readerKey(documentId: string, address: string): string {
  return createHash("sha256").update(`${documentId}\u0000${address}`).digest("hex");
}

/**
 * Counts one view of a document readers can see (published or withdrawn: never a draft, even by its id), once per
 * reader per window: the receipt and the increment are one statement, so concurrent loads by one reader count once
 * and views by different readers never lose a count. Without an address (not known) every load counts, as before.
 * Returns whether the view was counted.
 */
export async function recordView(documentId: string, reader: ViewReader = { address: null }, now: Date = new Date()): Promise<boolean> {
  const prisma = await db();
  const visible = [...PUBLICLY_VISIBLE];
  let changed: number;
  if (reader.address === null) {
    changed = await prisma.$executeRaw`
      UPDATE "Document" SET "viewCount" = "viewCount" + 1
      WHERE "id" = ${documentId}
        AND EXISTS (SELECT 1 FROM "Edition" e WHERE e."documentId" = ${documentId} AND e."state"::text = ANY(${visible}))`;
  } else {
    changed = await prisma.$executeRaw`
      WITH receipt AS (
        INSERT INTO "ViewReceipt" ("documentId", "readerKey", "windowStart")
        SELECT ${documentId}, ${readerKey(documentId, reader.address)}, ${windowStart(now)}
        WHERE EXISTS (SELECT 1 FROM "Edition" e WHERE e."documentId" = ${documentId} AND e."state"::text = ANY(${visible}))
        ON CONFLICT DO NOTHING
        RETURNING "documentId"
      )
      UPDATE "Document" SET "viewCount" = "viewCount" + 1 WHERE "id" IN (SELECT "documentId" FROM receipt)`;
    if (changed > 0 && Math.random() < 1 / SWEEP_ONE_IN) {
      await prisma.viewReceipt.deleteMany({ where: { windowStart: { lt: windowStart(now) } } });
    }
  }
  return changed > 0;
}
