import { authorize } from "@/lib/auth/policy";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { auditActor, ensure, type Actor } from "../changes/actor";
import { parseInput } from "../validation/input-fields";
import { deleteEditionInputSchema, type DeleteEditionInput } from "./document-input";
import { editionSubject, ensureLockVersion, lockDocument, lockEdition, originalLocalization } from "../editions/edition-records";
import { transact } from "../db/transaction";
import { checkDeletion } from "@/lib/workflow/workflow";

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
  return transact(async (tx) => {
    const edition = await lockEdition(tx, input.editionId);
    authorize(actor, "edition.delete", await editionSubject(tx, edition));
    ensure(checkDeletion(edition.state));
    await ensureLockVersion(tx, edition, input.lockVersion);
    await lockDocument(tx, edition.documentId);
    const title = (await originalLocalization(tx, edition.id)).title;
    const others = await tx.edition.count({ where: { documentId: edition.documentId, id: { not: edition.id } } });
    const documentDeleted = others === 0;
    if (documentDeleted) await tx.document.delete({ where: { id: edition.documentId } });
    else await tx.edition.delete({ where: { id: edition.id } });
    await recordAuditEvent(tx, {
      actor: auditActor(actor),
      action: "edition.delete",
      subjectType: "edition",
      subjectId: edition.id,
      fromState: edition.state,
      data: { documentId: edition.documentId, number: edition.number, title, slug: edition.document.slug, documentDeleted },
    });
    return { documentId: edition.documentId, editionId: edition.id, documentDeleted };
  });
}
