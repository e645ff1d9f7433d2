import type { Actor } from "@/lib/changes/actor";
import { parseInput } from "@/lib/validation/input-fields";
import { editionMoveInputSchema, type EditionMoveInput } from "./document-input";
import type { EditionResult } from "@/lib/editions/edition-records";
import { moveEdition } from "./edition-move";

/**
 * Withdrawn → published again: the notice goes, the page returns to lists. The withdrawal stays in the audit log.
 * @throws PermissionDeniedError, InputError, NotFoundError, ConflictError, DomainError
 */
export async function unwithdraw(actor: Actor, rawInput: EditionMoveInput): Promise<EditionResult> {
  const input = parseInput(editionMoveInputSchema, rawInput);
  return moveEdition(actor, input, {
    transition: "unwithdraw",
    data: () => ({ withdrawnAt: null, withdrawalReason: null }),
    auditData: (edition) => ({
      withdrawnAt: edition.withdrawnAt?.toISOString() ?? null,
      withdrawalReason: edition.withdrawalReason,
    }),
    revalidate: true,
  });
}
