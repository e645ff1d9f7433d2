import { db, type PrismaClient, type TransactionClient } from "@/lib/db";
import { Prisma } from "@/lib/db/generated/client";

/**
 * Runs an editorial change in one transaction. Waits longer than Prisma's defaults: on PGlite transactions queue
 * behind each other on the one connection, and on PostgreSQL a verb may wait for a row another verb has locked.
 */
export async function transact<T>(work: (tx: TransactionClient) => Promise<T>, client?: PrismaClient): Promise<T> {
  const prisma = client ?? (await db());
  return prisma.$transaction(work, { maxWait: 15_000, timeout: 30_000 });
}

/** A unique index refused the row (two people took the same slug at the same moment, say). */
export function isUniqueViolation(error: unknown, field?: string): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2002") return false;
  if (!field) return true;
  return JSON.stringify(error.meta ?? {}).includes(field);
}
