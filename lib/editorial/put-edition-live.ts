// Putting an edition live, shared by publish, force publish and the scheduler so all three do exactly the same.
import { queueAlerts } from "@/lib/alerts/queue-alerts";
import { recordAuditEvent, type AuditActor } from "@/lib/audit/record-audit-event";
import { revokePreviewLinksOf } from "@/lib/preview/preview-links";
import type { TransactionClient } from "@/lib/db";
import { ensure } from "../changes/actor";
import { lockDocument, type EditionRecord } from "../editions/edition-records";
import { applyPendingDocumentFields } from "../editions/pending-document-fields";
import { editionContentHash } from "../editions/content-hash";
import { checkTransition, nextState, PUBLICLY_VISIBLE, type EditionTransitionName } from "@/lib/workflow/workflow";

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
 * to the document, and dates the document's first publication. The audit entry is written last, so a failure
 * anywhere leaves nothing half done.
 */
export async function putEditionLive(tx: TransactionClient, edition: EditionRecord, publication: Publication): Promise<void> {
  const { now } = publication;
  const to = nextState(publication.transition, edition.state);
  await lockDocument(tx, edition.documentId);

  const live = await tx.edition.findMany({
    where: { documentId: edition.documentId, id: { not: edition.id }, state: { in: [...PUBLICLY_VISIBLE] } },
    select: { id: true, state: true, number: true },
  });
  for (const previous of live) {
    ensure(checkTransition("supersede", previous.state));
    await tx.edition.update({
      where: { id: previous.id },
      data: { state: nextState("supersede", previous.state), supersededAt: now },
    });
    await recordAuditEvent(tx, {
      actor: publication.actor,
      action: "edition.supersede",
      subjectType: "edition",
      subjectId: previous.id,
      fromState: previous.state,
      toState: "SUPERSEDED",
      data: { documentId: edition.documentId, number: previous.number, supersededBy: edition.id },
    });
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

  await recordAuditEvent(tx, {
    actor: publication.actor,
    action: `edition.${publication.transition}`,
    subjectType: "edition",
    subjectId: edition.id,
    fromState: edition.state,
    toState: to,
    reason: publication.reason ?? null,
    data: {
      documentId: edition.documentId,
      number: edition.number,
      superseded: live.map((previous) => previous.id),
      ...(documentFields.length > 0 ? { documentFields } : {}),
      ...publication.auditData,
    },
  });

  // Journalist alerts go out with the publication or not at all.
  await queueAlerts(tx, edition.id, now);
}
