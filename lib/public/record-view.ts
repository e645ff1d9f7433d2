import "server-only";
import { db } from "@/lib/db";

/**
 * Counts one view: a single UPDATE that increments in the database, so concurrent views never lose a count and
 * nothing is read first. An unknown id changes nothing. Returns whether a document was counted.
 */
export async function recordView(documentId: string): Promise<boolean> {
  const prisma = await db();
  const changed = await prisma.$executeRaw`UPDATE "Document" SET "viewCount" = "viewCount" + 1 WHERE "id" = ${documentId}`;
  return changed > 0;
}
