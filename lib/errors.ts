import type { z } from "zod";

/*
 * The refusals a service throws: a rule of the newsroom, something missing, someone saved first, input that failed
 * its schema. Each carries the message the person reads and, where it is about a form field, messages per field.
 * `defineAction` answers every DomainError as "rejected" (the transaction rolled back); the command line prints it.
 * Low in the tree on purpose: services of every domain and the action wrapper import it, and it imports none of them.
 */

/** Messages per form field, in the shape `defineAction` returns. */
export type FieldErrors = Record<string, string[]>;

/** A precondition failed: the message is what the person reads; `field` names the form field it is about, if any. */
export class DomainError extends Error {
  readonly field?: string;
  readonly fieldErrors: FieldErrors;
  constructor(message: string, field?: string, fieldErrors?: FieldErrors) {
    super(message);
    this.name = "DomainError";
    this.field = field;
    this.fieldErrors = fieldErrors ?? (field ? { [field]: [message] } : {});
  }
}

/**
 * A refusal given with its messages per field at once ("An account with this email already exists.", beside the
 * email field): the account services and the command line use it.
 */
export class ActionError extends DomainError {
  constructor(message: string, fieldErrors: FieldErrors = {}) {
    super(message, undefined, fieldErrors);
    this.name = "ActionError";
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

/** Input that failed its schema, with one message per field for the form. */
export class InputError extends DomainError {
  constructor(error: z.ZodError) {
    const fieldErrors: FieldErrors = {};
    for (const issue of error.issues) {
      const key = issue.path.length ? String(issue.path[0]) : "_form";
      (fieldErrors[key] ??= []).push(issue.message);
    }
    const [firstKey] = Object.keys(fieldErrors);
    super(error.issues[0]?.message ?? "The form has errors", firstKey === "_form" ? undefined : firstKey, fieldErrors);
    this.name = "InputError";
  }
}

/**
 * A service's refusal as the message and field errors to show, or null for anything that is not one. A ConflictError
 * is recognised too, but its `conflict` (the other person's text) must be returned as data to be shown: see saveEdition.
 */
export function describeRefusal(error: unknown): { message: string; fieldErrors: FieldErrors } | null {
  return error instanceof DomainError ? { message: error.message, fieldErrors: error.fieldErrors } : null;
}
