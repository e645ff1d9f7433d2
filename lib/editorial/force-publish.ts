import { authorize } from "@/lib/auth/policy";
import { revalidateAfterCommit } from "../changes/revalidate-after-commit";
import { auditActor, ensure, type Actor } from "../changes/actor";
import { parseInput } from "../validation/input-fields";
import { forcePublishInputSchema, type ForcePublishInput } from "./document-input";
import { editionResult, editionSubject, ensureLockVersion, ensurePublishable, lockEdition, type EditionResult } from "../editions/edition-records";
import { putEditionLive } from "./put-edition-live";
import { openRetrospectiveReview } from "./retrospective-review";
import { forcePublished } from "@/lib/notifications/desk-events";
import { env } from "@/lib/env";
import { formatOfficeTime } from "../time/office-time";
import { transact } from "../db/transaction";
import { checkTransition } from "@/lib/workflow/workflow";

/**
 * Publishes a draft, or an edition the editor changed last, without a second pair of eyes. The reason is required,
 * stored on the edition (forcePublishReason) and in the audit log, and listed on the dashboard
 * (listForcePublications); a retrospective review opens for another editor (retrospective-review.ts).
 * @throws PermissionDeniedError, InputError (no reason), NotFoundError, ConflictError, DomainError (not publishable)
 */
export async function forcePublish(actor: Actor, rawInput: ForcePublishInput): Promise<EditionResult> {
  const input = parseInput(forcePublishInputSchema, rawInput);
  const result = await transact(async (tx) => {
    const edition = await lockEdition(tx, input.editionId);
    authorize(actor, "edition.forcePublish", await editionSubject(tx, edition));
    ensure(checkTransition("forcePublish", edition.state));
    await ensureLockVersion(tx, edition, input.lockVersion);
    await ensurePublishable(tx, edition);
    const now = new Date();
    await putEditionLive(tx, edition, {
      transition: "forcePublish",
      actor: auditActor(actor),
      publishedById: actor.id,
      reason: input.reason,
      now,
      auditData: { lastEditedById: edition.lastEditedById },
    });
    const review = await openRetrospectiveReview(tx, { editionId: edition.id, forcedById: actor.id, reason: input.reason, now });
    await forcePublished(tx, edition, actor.id, input.reason, formatOfficeTime(review.dueAt, env().CHANCERY_TIME_ZONE));
    return editionResult(edition, { state: "PUBLISHED" });
  });
  revalidateAfterCommit(result.documentId);
  return result;
}
