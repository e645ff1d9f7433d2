import { recordAuditEvent, type AuditEventInput } from "@/lib/audit/record-audit-event";
import type { PrismaClient, TransactionClient } from "@/lib/db";
import { revalidateAfterCommit } from "./revalidate-after-commit";
import { transact } from "@/lib/db/transaction";

/** What a change made, and its two named effects. */
export interface Change<T> {
  result: T;
  /** Written in the change's own transaction: it commits or rolls back with the change. Null: nothing changed. */
  audit: AuditEventInput | null;
  /** The documents whose public pages show the change: refreshed once it has committed. */
  revalidate?: readonly string[];
}

/**
 * The unit of work a service owns: the change and its audit event in one transaction, then the public pages it
 * touched refreshed after the commit (never before: a reader could see the page from before the change again).
 * `client`: another database than the process's own (the command line, a test racing two schedulers).
 */
export async function commitChange<T>(work: (tx: TransactionClient) => Promise<Change<T>>, client?: PrismaClient): Promise<T> {
  const change = await transact(async (tx) => {
    const made = await work(tx);
    if (made.audit) await recordAuditEvent(tx, made.audit);
    return made;
  }, client);
  for (const documentId of change.revalidate ?? []) revalidateAfterCommit(documentId);
  return change.result;
}
