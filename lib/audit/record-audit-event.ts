import type { Prisma } from "@/lib/db/generated/client";
import type { TransactionClient } from "@/lib/db";

export interface AuditActor {
  id: string | null;
  email: string | null;
}

export interface AuditEventInput {
  actor: AuditActor | null;
  /** e.g. "edition.publish", "auth.sign_in_failed", "user.role_changed" */
  action: string;
  subjectType: string;
  subjectId?: string | null;
  fromState?: string | null;
  toState?: string | null;
  reason?: string | null;
  ipAddress?: string | null;
  data?: Prisma.InputJsonValue;
}

/** Writes one audit event. Pass the transaction client so the event commits or rolls back with the change it records. */
export async function recordAuditEvent(client: Pick<TransactionClient, "auditEvent">, event: AuditEventInput): Promise<void> {
  await client.auditEvent.create({
    data: {
      actorId: event.actor?.id ?? null,
      actorEmail: event.actor?.email ?? null,
      action: event.action,
      subjectType: event.subjectType,
      subjectId: event.subjectId ?? null,
      fromState: event.fromState ?? null,
      toState: event.toState ?? null,
      reason: event.reason ?? null,
      ipAddress: event.ipAddress ?? null,
      data: event.data,
    },
  });
}
