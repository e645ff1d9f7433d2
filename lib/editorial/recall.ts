import { revokePreviewLinksOf } from "@/lib/preview/preview-links";
import type { Actor } from "@/lib/changes/actor";
import { parseInput } from "@/lib/validation/input-fields";
import { editionMoveInputSchema, type EditionMoveInput } from "./document-input";
import type { EditionResult } from "@/lib/editions/edition-records";
import { moveEdition } from "./edition-move";

/**
 * Submitted → draft, by whoever wrote it: they withdraw their own submission to change something before review.
 * Unlike a rejection it carries no comment, and an earlier editor's comment is not brought back.
 * @throws PermissionDeniedError, InputError, NotFoundError, ConflictError (lockVersion given and stale), DomainError
 */
export async function recall(actor: Actor, rawInput: EditionMoveInput): Promise<EditionResult> {
  const input = parseInput(editionMoveInputSchema, rawInput);
  return moveEdition(actor, input, {
    transition: "recall",
    // The text goes back to its writer: whoever was shown it by link no longer sees it.
    prepare: async (tx, edition) => {
      await revokePreviewLinksOf(tx, edition.id, "withdrawn");
    },
  });
}
