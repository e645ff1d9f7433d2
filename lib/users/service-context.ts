import type { AuditActor } from "@/lib/audit/record-audit-event";
import { transact } from "@/lib/db/transaction";
import type { TransactionClient } from "@/lib/db";

/**
 * What a user service needs from its caller: the open transaction, who acts (null for the command line), and from
 * where, for the audit event. Several account changes may share one transaction (the command line, the tests).
 */
export type ServiceContext = {
  tx: TransactionClient;
  actor: AuditActor | null;
  ipAddress: string | null;
};

/** Runs account services in a transaction of their own, for a caller that holds none (a server action). */
export function inTransaction<T>(caller: Omit<ServiceContext, "tx">, work: (ctx: ServiceContext) => Promise<T>): Promise<T> {
  // Not commitChange: each account service writes its own audit event in ctx.tx, so several can share one transaction.
  return transact((tx) => work({ tx, actor: caller.actor, ipAddress: caller.ipAddress }));
}
