import { auditActor, type Actor } from "@/lib/changes/actor";
import { commitChange } from "@/lib/changes/commit-change";
import { parseInput } from "@/lib/validation/input-fields";
import { deleteEditionInputSchema, type DeleteEditionInput } from "./document-input";
import { editionAudit } from "./edition-audit";
import { lockDocument, lockEditionFor, originalLocalization } from "@/lib/editions/edition-records";

export interface DeleteEditionResult {
  documentId: string;
  editionId: string;
  /** The edition was the document's only one, so the document went too. */
  documentDeleted: boolean;
}

/**
 * Deletes a draft (the policy allows drafts only: published content is withdrawn, never deleted). Deleting the only
 * edition of a never-published document deletes the document; deleting a correction leaves the live edition as it is.
 * The audit entry keeps the title, so the log still says what was deleted.
 * @throws PermissionDeniedError, InputError, NotFoundError, ConflictError, DomainError
 */
export async function deleteEdition(actor: Actor, rawInput: DeleteEditionInput): Promise<DeleteEditionResult> {
  const input = parseInput(deleteEditionInputSchema, rawInput);
  return commitChange(async (tx) => {
    const edition = await lockEditionFor(tx, actor, "edition.delete", input);
    await lockDocument(tx, edition.documentId);
    const title = (await originalLocalization(tx, edition.id)).title;
    const others = await tx.edition.count({ where: { documentId: edition.documentId, id: { not: edition.id } } });
    const documentDeleted = others === 0;
    if (documentDeleted) await tx.document.delete({ where: { id: edition.documentId } });
    else await tx.edition.delete({ where: { id: edition.id } });
    return {
      result: { documentId: edition.documentId, editionId: edition.id, documentDeleted },
      audit: editionAudit(auditActor(actor), "edition.delete", edition, {
        fromState: edition.state,
        data: { title, slug: edition.document.slug, documentDeleted },
      }),
    };
  });
}
