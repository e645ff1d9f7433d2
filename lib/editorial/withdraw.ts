import type { Actor } from "@/lib/changes/actor";
import { parseInput } from "@/lib/validation/input-fields";
import { withdrawInputSchema, type WithdrawInput } from "./document-input";
import type { EditionResult } from "@/lib/editions/edition-records";
import { moveEdition } from "./edition-move";

/**
 * Published → withdrawn. The page stays at its address with a withdrawal notice giving the reason and the date, and
 * drops out of lists, feeds and search.
 * @throws PermissionDeniedError, InputError (no reason), NotFoundError, ConflictError, DomainError
 */
export async function withdraw(actor: Actor, rawInput: WithdrawInput): Promise<EditionResult> {
  const input = parseInput(withdrawInputSchema, rawInput);
  return moveEdition(actor, input, {
    transition: "withdraw",
    data: () => ({ withdrawnAt: new Date(), withdrawalReason: input.reason }),
    reason: input.reason,
    revalidate: true,
  });
}
