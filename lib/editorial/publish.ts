import { authorize } from "@/lib/auth/policy";
import { revalidateAfterCommit } from "../changes/revalidate-after-commit";
import { auditActor, ensure, type Actor } from "../changes/actor";
import { parseInput } from "../validation/input-fields";
import { editionMoveInputSchema, type EditionMoveInput } from "./document-input";
import { editionResult, editionSubject, ensureLockVersion, ensurePublishable, lockEdition, type EditionResult } from "../editions/edition-records";
import { putEditionLive } from "./put-edition-live";
import { transact } from "../db/transaction";
import { checkTransition } from "@/lib/workflow/workflow";

/**
 * Submitted → published, by an editor who did not make the last changes (second pair of eyes). In one transaction
 * the previously live edition becomes superseded and the document's first publication is dated; the public pages
 * are revalidated after commit.
 * @throws PermissionDeniedError (incl. "you made the last changes"), InputError, NotFoundError, ConflictError,
 *   DomainError (not publishable)
 */
export async function publish(actor: Actor, rawInput: EditionMoveInput): Promise<EditionResult> {
  const input = parseInput(editionMoveInputSchema, rawInput);
  const result = await transact(async (tx) => {
    const edition = await lockEdition(tx, input.editionId);
    authorize(actor, "edition.publish", await editionSubject(tx, edition));
    ensure(checkTransition("publish", edition.state));
    await ensureLockVersion(tx, edition, input.lockVersion);
    await ensurePublishable(tx, edition);
    await putEditionLive(tx, edition, {
      transition: "publish",
      actor: auditActor(actor),
      publishedById: actor.id,
      now: new Date(),
    });
    return editionResult(edition, { state: "PUBLISHED" });
  });
  revalidateAfterCommit(result.documentId);
  return result;
}
