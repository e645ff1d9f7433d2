import type { Actor } from "@/lib/changes/actor";
import { parseInput } from "@/lib/validation/input-fields";
import { forcePublishInputSchema, type ForcePublishInput } from "./document-input";
import type { EditionResult } from "@/lib/editions/edition-records";
import { publishNow } from "./put-edition-live";
import { openRetrospectiveReview } from "./retrospective-review";
import { forcePublished } from "@/lib/notifications/workspace-events";
import { env } from "@/lib/env";
import { formatOfficeTime } from "@/lib/time/office-time";

/**
 * Publishes a draft, or an edition the editor changed last, without a second pair of eyes. The reason is required,
 * stored on the edition (forcePublishReason) and in the audit log, and listed on the dashboard
 * (listForcePublications); a retrospective review opens for another editor (retrospective-review.ts).
 * @throws PermissionDeniedError, InputError (no reason), NotFoundError, ConflictError, DomainError (not publishable)
 */
export async function forcePublish(actor: Actor, rawInput: ForcePublishInput): Promise<EditionResult> {
  const input = parseInput(forcePublishInputSchema, rawInput);
  return publishNow(actor, input, {
    transition: "forcePublish",
    reason: input.reason,
    auditData: (edition) => ({ lastEditedById: edition.lastEditedById }),
    alongside: async (tx, edition, now) => {
      const review = await openRetrospectiveReview(tx, { editionId: edition.id, forcedById: actor.id, reason: input.reason, now });
      await forcePublished(tx, edition, actor.id, input.reason, formatOfficeTime(review.dueAt, env().CHANCERY_TIME_ZONE));
    },
  });
}
