import type { Actor } from "@/lib/changes/actor";
import { parseInput } from "@/lib/validation/input-fields";
import { translationSubmitted } from "@/lib/notifications/workspace-events";
import { translationMoveInputSchema, type TranslationMoveInput } from "./input";
import { ensureTranslationReady } from "./records";
import { moveTranslation, type TranslationResult } from "./translation-move";

/**
 * In progress → submitted for review. Only a finished translation goes: every block, the title and the summary
 * translated from the original as it is now, marked official or unofficial.
 * @throws PermissionDeniedError, InputError, NotFoundError, ConflictError (lockVersion given and stale),
 *   DomainError (not finished: the reason names what is missing or stale)
 */
export async function submitTranslation(actor: Actor, rawInput: TranslationMoveInput): Promise<TranslationResult> {
  const input = parseInput(translationMoveInputSchema, rawInput);
  return moveTranslation(actor, input, {
    permission: "translation.submit",
    transition: "submit",
    prepare: (tx, { edition, translation }) => ensureTranslationReady(tx, edition.id, translation),
    announce: (tx, { edition, translation }) => translationSubmitted(tx, edition, translation.locale, actor.id),
  });
}
