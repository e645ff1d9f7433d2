import type { AuditActor, AuditEventInput } from "@/lib/audit/record-audit-event";
import type { Prisma } from "@/lib/db/generated/client";

/** What an audit entry about an edition says besides who and which edition. */
export interface EditionAuditDetails {
  fromState?: string | null;
  toState?: string | null;
  reason?: string | null;
  /** Recorded after the document and the edition's number. */
  data?: Prisma.InputJsonObject;
}

/** An audit entry about one edition: the log always says which document it belongs to and which edition it was. */
export function editionAudit(
  actor: AuditActor | null,
  action: string,
  edition: { id: string; documentId: string; number: number },
  details: EditionAuditDetails = {},
): AuditEventInput {
  return {
    actor,
    action,
    subjectType: "edition",
    subjectId: edition.id,
    fromState: details.fromState ?? null,
    toState: details.toState ?? null,
    reason: details.reason ?? null,
    data: { documentId: edition.documentId, number: edition.number, ...details.data },
  };
}
