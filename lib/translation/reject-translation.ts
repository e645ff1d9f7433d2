import type { Actor } from "@/lib/changes/actor";
import { parseInput } from "@/lib/validation/input-fields";
import { translationSentBack } from "@/lib/notifications/workspace-events";
import { rejectTranslationInputSchema, type RejectTranslationInput } from "./input";
import { moveTranslation, type TranslationResult } from "./translation-move";

/**
 * Submitted → in progress, with a comment for the translator. The comment is the audit entry's reason; the workspace
 * shows the latest one until the translation is submitted again (getTranslationWorkspace → rejection).
 * @throws PermissionDeniedError, InputError (no comment), NotFoundError, ConflictError, DomainError
 */
export async function rejectTranslation(actor: Actor, rawInput: RejectTranslationInput): Promise<TranslationResult> {
  const input = parseInput(rejectTranslationInputSchema, rawInput);
  return moveTranslation(actor, input, {
    permission: "translation.reject",
    transition: "reject",
    reason: input.comment,
    announce: (tx, { edition, translation }) => translationSentBack(tx, edition, translation, actor.id, input.comment),
  });
}
