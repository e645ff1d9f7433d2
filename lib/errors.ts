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
    super(message ?? conflictMessage("edition", "save", conflict.lastEditedBy));
    this.name = "ConflictError";
    this.conflict = conflict;
  }
}

/*
 * The one "saved after you opened it" contract (optimistic locking). A change names the lockVersion the person
 * opened; when the stored one has moved on, nothing is written and a ConflictError carries what is stored now. A save
 * is told to merge by hand; a decision (submit, publish, send back…) to look at the current version and decide again.
 */

/** What was changed under the person: the message names it. */
export type ConflictingText = "edition" | "translation";

/** Refused because of a save (the person's words are kept to merge) or a decision on the version they saw. */
export type RefusedChange = "save" | "decision";

const CURRENT_TEXT: Record<ConflictingText, string> = { edition: "the current text", translation: "the current translation" };

export function conflictMessage(text: ConflictingText, refused: RefusedChange, lastEditedBy: { name: string } | null): string {
  if (refused === "decision") return `This ${text} was changed after you opened it. Look at the current version before deciding again.`;
  const who = lastEditedBy?.name ?? "Someone";
  return `${who} saved this ${text} after you opened it. Your changes were not saved: compare them with ${CURRENT_TEXT[text]}, merge by hand and save again.`;
}

/** The refusal for a change that started from an older version, carrying the version stored now. */
export function conflictWith<T>(text: ConflictingText, refused: RefusedChange, stored: ConflictingVersion<T>): ConflictError<T> {
  return new ConflictError<T>(stored, conflictMessage(text, refused, stored.lastEditedBy));
}

/**
 * Throws the conflict `refusal` builds (it reads what is stored now, so only when needed) unless the version the
 * person opened is still the stored one. `opened` undefined: the change named no version (a decision may not).
 */
export async function ensureUnchangedSince(
  opened: number | undefined,
  stored: number,
  refusal: () => Promise<ConflictError>,
): Promise<void> {
  if (opened === undefined || opened === stored) return;
  throw await refusal();
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
