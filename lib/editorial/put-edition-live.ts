// Putting an edition live, shared by publish, force publish, lifting an embargo and the scheduler so all do exactly the same.
import { queueAlerts } from "@/lib/alerts/queue-alerts";
import { TRANSITION_ACTIONS } from "@/lib/auth/policy";
import { recordAuditEvent, type AuditActor, type AuditEventInput } from "@/lib/audit/record-audit-event";
import { revokePreviewLinksOf } from "@/lib/preview/preview-links";
import type { TransactionClient } from "@/lib/db";
import { auditActor, type Actor } from "@/lib/changes/actor";
import { commitChange } from "@/lib/changes/commit-change";
import { editionAudit } from "./edition-audit";
import { editionResult, ensurePublishable, lockDocument, lockEditionFor, type EditionRecord, type EditionResult } from "@/lib/editions/edition-records";
import { applyPendingDocumentFields } from "@/lib/editions/pending-document-fields";
import { editionContentHash } from "@/lib/editions/content-hash";
import { nextState, PUBLICLY_VISIBLE, type EditionTransitionName } from "@/lib/workflow/workflow";

export interface Publication {
  transition: Extract<EditionTransitionName, "publish" | "forcePublish" | "publishScheduled" | "liftEmbargo">;
  /** Who published it; null for the scheduler acting on its own. */
  actor: AuditActor | null;
  /** Recorded as the edition's publisher (for the scheduler: whoever scheduled it). */
  publishedById: string | null;
  /** Force publishing only. */
  reason?: string;
  now: Date;
  auditData?: Record<string, string | number | boolean | null>;
}

/**
 * In the caller's transaction, with the edition row already locked: supersedes the live edition (published or
 * withdrawn), puts this one live, writes the tags, related documents and interview details a correction held back
 * to the document, and dates the document's first publication. Returns the publication's audit entry, for the
 * caller's change to write last, so a failure anywhere leaves nothing half done.
 */
export async function putEditionLive(tx: TransactionClient, edition: EditionRecord, publication: Publication): Promise<AuditEventInput> {
  const { now } = publication;
  const to = nextState(publication.transition, edition.state);
  await lockDocument(tx, edition.documentId);

  const live = await tx.edition.findMany({
    where: { documentId: edition.documentId, id: { not: edition.id }, state: { in: [...PUBLICLY_VISIBLE] } },
    select: { id: true, state: true, number: true },
  });
  for (const previous of live) {
    const superseded = nextState("supersede", previous.state);
    await tx.edition.update({ where: { id: previous.id }, data: { state: superseded, supersededAt: now } });
    await recordAuditEvent(
      tx,
      editionAudit(publication.actor, "edition.supersede", { ...previous, documentId: edition.documentId }, {
        fromState: previous.state,
        toState: superseded,
        data: { supersededBy: edition.id },
      }),
    );
  }

  const documentFields = await applyPendingDocumentFields(tx, edition);

  await tx.edition.update({
    where: { id: edition.id },
    data: {
      state: to,
      publishedAt: now,
      publishedById: publication.publishedById,
      rejectionComment: null,
      contentHash: await editionContentHash(tx, edition.id),
      ...(publication.transition === "forcePublish" ? { forcePublished: true, forcePublishReason: publication.reason ?? null } : {}),
    },
  });
  await tx.localization.updateMany({ where: { editionId: edition.id, isOriginal: true }, data: { publishedAt: now } });
  await tx.document.updateMany({ where: { id: edition.documentId, firstPublishedAt: null }, data: { firstPublishedAt: now } });
  // Readers see it at its address now: a preview link must not outlive that.
  await revokePreviewLinksOf(tx, edition.id, "published", now);

  // Journalist alerts go out with the publication or not at all.
  await queueAlerts(tx, edition.id, now);

  return editionAudit(publication.actor, `edition.${publication.transition}`, edition, {
    fromState: edition.state,
    toState: to,
    reason: publication.reason ?? null,
    data: {
      superseded: live.map((previous) => previous.id),
      ...(documentFields.length > 0 ? { documentFields } : {}),
      ...publication.auditData,
    },
  });
}

export interface PublishNowSpec {
  transition: Extract<Publication["transition"], "publish" | "forcePublish" | "liftEmbargo">;
  reason?: string;
  now?: Date;
  auditData?: (edition: EditionRecord) => Publication["auditData"];
  /** Inside the transaction, once the edition is live: what goes out with it (a review to open, mail to queue). */
  alongside?: (tx: TransactionClient, edition: EditionRecord, now: Date) => Promise<void>;
}

/**
 * A person puts an edition live now (publish, force publish, lift an embargo): locked, allowed by the policy, checked
 * publishable, published, audited in the one transaction; the public pages refreshed after commit.
 */
export async function publishNow(actor: Actor, target: { editionId: string; lockVersion?: number }, spec: PublishNowSpec): Promise<EditionResult> {
  return commitChange(async (tx) => {
    const edition = await lockEditionFor(tx, actor, TRANSITION_ACTIONS[spec.transition], target);
    await ensurePublishable(tx, edition);
    const now = spec.now ?? new Date();
    const audit = await putEditionLive(tx, edition, {
      transition: spec.transition,
      actor: auditActor(actor),
      publishedById: actor.id,
      reason: spec.reason,
      now,
      auditData: spec.auditData?.(edition),
    });
    await spec.alongside?.(tx, edition, now);
    return { result: editionResult(edition, { state: "PUBLISHED" }), audit, revalidate: [edition.documentId] };
  });
}
