import { editionSentBack } from "@/lib/notifications/workspace-events";
import type { Actor } from "@/lib/changes/actor";
import { parseInput } from "@/lib/validation/input-fields";
import { rejectInputSchema, type RejectInput } from "./document-input";
import type { EditionResult } from "@/lib/editions/edition-records";
import { moveEdition } from "./edition-move";

/**
 * Submitted → draft, with a comment for the writer (kept on the edition until it is submitted again).
 * @throws PermissionDeniedError, InputError (no comment), NotFoundError, ConflictError, DomainError
 */
export async function reject(actor: Actor, rawInput: RejectInput): Promise<EditionResult> {
  const input = parseInput(rejectInputSchema, rawInput);
  return moveEdition(actor, input, {
    transition: "reject",
    data: () => ({ rejectionComment: input.comment }),
    reason: input.comment,
    announce: (tx, edition) => editionSentBack(tx, edition, actor.id, input.comment),
  });
}
