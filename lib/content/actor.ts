import type { Role } from "@/lib/db/generated/enums";
import type { PolicyUser } from "@/lib/auth/policy";
import type { AuditActor } from "@/lib/audit/record-audit-event";
import type { Check } from "@/lib/workflow/workflow";

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

/** A precondition failed: the message is what the person reads; `field` names the form field it is about, if any. */
export class DomainError extends Error {
  readonly field?: string;
  /** Messages per form field, in the shape defineAction returns. */
  readonly fieldErrors: Record<string, string[]>;
  constructor(message: string, field?: string, fieldErrors?: Record<string, string[]>) {
    super(message);
    this.name = "DomainError";
    this.field = field;
    this.fieldErrors = fieldErrors ?? (field ? { [field]: [message] } : {});
  }
}

export class NotFoundError extends DomainError {
  constructor(message: string) {
    super(message);
    this.name = "NotFoundError";
  }
}

/** The text as it is on the server now, so the person whose save was refused can see the other change. */
export interface ConflictingVersion<T = unknown> {
  lockVersion: number;
  lastEditedBy: { id: string; name: string; email: string } | null;
  updatedAt: Date;
  /** What the other person saved, in the same shape the form submits. */
  current: T;
}

/**
 * Someone saved first. Nothing is written; the caller keeps what this person typed (the wrapper returns it) and
 * shows `conflict.current` beside it to merge by hand.
 */
export class ConflictError<T = unknown> extends DomainError {
  readonly conflict: ConflictingVersion<T>;
  constructor(conflict: ConflictingVersion<T>, message?: string) {
    const who = conflict.lastEditedBy?.name ?? "Someone";
    super(
      message ??
        `${who} saved this edition after you opened it. Your changes were not saved: compare them with the current text, merge by hand and save again.`,
    );
    this.name = "ConflictError";
    this.conflict = conflict;
  }
}

/**
 * For defineAction's `refusal` option: a service's refusal as the message and field errors to show. A ConflictError
 * is recognised too, but its `conflict` (the other person's text) must be returned as data to be shown: see saveEdition.
 */
export function describeRefusal(error: unknown): { message: string; fieldErrors: Record<string, string[]> } | null {
  return error instanceof DomainError ? { message: error.message, fieldErrors: error.fieldErrors } : null;
}

/** Turns a workflow check into a DomainError carrying its reason. */
export function ensure(check: Check, field?: string): void {
  if (!check.ok) throw new DomainError(check.reason, field);
}
