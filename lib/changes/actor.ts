import type { Role } from "@/lib/db/generated/enums";
import type { PolicyUser } from "@/lib/auth/policy";
import type { AuditActor } from "@/lib/audit/record-audit-event";
import type { Check } from "@/lib/workflow/workflow";
import { DomainError } from "@/lib/errors";

/**
 * The person a service acts for. The action wrapper builds it from the session; scripts and tests pass it directly,
 * so services never read a session themselves. Fits policy's PolicyUser as it is.
 */
export type Actor = {
  id: string;
  email: string;
  role: Role;
  active: boolean;
  translatorLocales: readonly string[];
};

// Fails to compile if Actor stops being usable where the policy expects a user.
const actorIsAPolicyUser: Actor extends NonNullable<PolicyUser> ? true : never = true;
void actorIsAPolicyUser;

export function auditActor(actor: Actor | null): AuditActor | null {
  return actor ? { id: actor.id, email: actor.email } : null;
}

/** Turns a workflow check into a DomainError carrying its reason. */
export function ensure(check: Check, field?: string): void {
  if (!check.ok) throw new DomainError(check.reason, field);
}
