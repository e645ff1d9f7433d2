import type { Actor } from "@/lib/changes/actor";
import { parseInput } from "@/lib/validation/input-fields";
import { editionMoveInputSchema, type EditionMoveInput } from "./document-input";
import type { EditionResult } from "@/lib/editions/edition-records";
import { moveEdition } from "./edition-move";

/**
 * Scheduled → submitted: back in the review queue, to be rescheduled, published or sent back to draft.
 * @throws PermissionDeniedError, InputError, NotFoundError, ConflictError, DomainError
 */
export async function unschedule(actor: Actor, rawInput: EditionMoveInput): Promise<EditionResult> {
  const input = parseInput(editionMoveInputSchema, rawInput);
  return moveEdition(actor, input, {
    transition: "unschedule",
    data: () => ({ scheduledAt: null }),
    auditData: (edition) => ({ scheduledAt: edition.scheduledAt?.toISOString() ?? null }),
  });
}
