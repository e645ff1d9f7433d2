import type { AuditActor } from "@/lib/audit/record-audit-event";
import type { TransactionClient } from "@/lib/db";

/**
 * What a user service needs from its caller: the open transaction, who acts (null for the command line), and from
 * where, for the audit event. Server actions pass their TransactionContext, which has all three.
 */
export type ServiceContext = {
  tx: TransactionClient;
  actor: AuditActor | null;
  ipAddress: string | null;
};
