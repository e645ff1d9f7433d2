import { editionSubmitted } from "@/lib/notifications/workspace-events";
import type { Actor } from "@/lib/changes/actor";
import { parseInput } from "@/lib/validation/input-fields";
import { editionMoveInputSchema, type EditionMoveInput } from "./document-input";
import { ensurePublishable, type EditionResult } from "@/lib/editions/edition-records";
import { moveEdition } from "./edition-move";

/**
 * Draft → submitted for review. The writer's last rejection comment is cleared: it was about the previous round.
 * @throws PermissionDeniedError, InputError, NotFoundError, ConflictError (lockVersion given and stale),
 *   DomainError (no title or body, a major correction without a change note)
 */
export async function submit(actor: Actor, rawInput: EditionMoveInput): Promise<EditionResult> {
  const input = parseInput(editionMoveInputSchema, rawInput);
  return moveEdition(actor, input, {
    transition: "submit",
    prepare: ensurePublishable,
    data: () => ({ submittedBy: { connect: { id: actor.id } }, rejectionComment: null }),
    announce: (tx, edition) => editionSubmitted(tx, edition, actor.id),
  });
}
