import type { Actor } from "@/lib/changes/actor";
import { parseInput } from "@/lib/validation/input-fields";
import { editionMoveInputSchema, type EditionMoveInput } from "./document-input";
import type { EditionResult } from "@/lib/editions/edition-records";
import { publishNow } from "./put-edition-live";

/**
 * Submitted → published, by an editor who did not make the last changes (second pair of eyes). In one transaction
 * the previously live edition becomes superseded and the document's first publication is dated; the public pages
 * are revalidated after commit.
 * @throws PermissionDeniedError (incl. "you made the last changes"), InputError, NotFoundError, ConflictError,
 *   DomainError (not publishable)
 */
export async function publish(actor: Actor, rawInput: EditionMoveInput): Promise<EditionResult> {
  return publishNow(actor, parseInput(editionMoveInputSchema, rawInput), { transition: "publish" });
}
