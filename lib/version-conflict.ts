import { ConflictError, type ConflictingVersion } from "@/lib/errors";

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
