import { z } from "zod";
import { authorize, can, type PolicyUser, type RetrospectiveReviewSubject } from "@/lib/auth/policy";
import { db, type TransactionClient } from "@/lib/db";
import { env } from "@/lib/env";
import { auditActor, type Actor } from "@/lib/changes/actor";
import { commitChange } from "@/lib/changes/commit-change";
import { editionAudit } from "./edition-audit";
import { INPUT_LIMITS, parseInput } from "@/lib/validation/input-fields";
import { NotFoundError } from "@/lib/errors";

/*
 * Force publishing skips review; the retrospective review brings the second pair of eyes back after the fact. Each
 * force publication opens one, due CHANCERY_RETROSPECTIVE_REVIEW_HOURS later, listed on editors' dashboards until
 * another editor approves it (audited, with an optional note).
 */

const HOUR = 60 * 60 * 1000;

/** In the force publication's transaction. */
export async function openRetrospectiveReview(
  tx: TransactionClient,
  review: { editionId: string; forcedById: string | null; reason: string; now: Date },
): Promise<{ id: string; dueAt: Date }> {
  const dueAt = new Date(review.now.getTime() + env().CHANCERY_RETROSPECTIVE_REVIEW_HOURS * HOUR);
  // An edition is force published at most once (it is live afterwards); upsert keeps a retried call harmless.
  return tx.retrospectiveReview.upsert({
    where: { editionId: review.editionId },
    create: { editionId: review.editionId, forcedById: review.forcedById, reason: review.reason, dueAt, createdAt: review.now },
    update: {},
    select: { id: true, dueAt: true },
  });
}

export const approveRetrospectiveInputSchema = z.object({
  reviewId: z.string().min(1).max(64),
  note: z
    .string({ error: "The note must be text" })
    .trim()
    .max(INPUT_LIMITS.reason, { error: `The note is at most ${INPUT_LIMITS.reason} characters` })
    .nullable()
    .optional()
    .transform((value) => value || null),
});
export type ApproveRetrospectiveInput = z.input<typeof approveRetrospectiveInputSchema>;

export function retrospectiveReviewSubject(review: { forcedById: string | null; approvedAt: Date | null }): RetrospectiveReviewSubject {
  return { type: "retrospectiveReview", forcedById: review.forcedById, approved: review.approvedAt !== null };
}

export async function loadRetrospectiveReviewSubject(reviewId: string): Promise<RetrospectiveReviewSubject> {
  const review = await (await db()).retrospectiveReview.findUnique({ where: { id: reviewId }, select: { forcedById: true, approvedAt: true } });
  if (!review) throw new NotFoundError("This review does not exist.");
  return retrospectiveReviewSubject(review);
}

export async function approveRetrospectiveReview(
  actor: Actor,
  rawInput: ApproveRetrospectiveInput,
  now: Date = new Date(),
): Promise<{ documentId: string; editionId: string }> {
  const input = parseInput(approveRetrospectiveInputSchema, rawInput);
  return commitChange(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "RetrospectiveReview" WHERE "id" = ${input.reviewId} FOR UPDATE`;
    if (rows.length === 0) throw new NotFoundError("This review does not exist.");
    const review = await tx.retrospectiveReview.findUniqueOrThrow({
      where: { id: input.reviewId },
      select: { id: true, forcedById: true, approvedAt: true, dueAt: true, editionId: true, edition: { select: { documentId: true, number: true } } },
    });
    authorize(actor, "edition.approveRetrospective", retrospectiveReviewSubject(review));
    await tx.retrospectiveReview.update({ where: { id: review.id }, data: { approvedAt: now, approvedById: actor.id, approvalNote: input.note } });
    const edition = { id: review.editionId, ...review.edition };
    return {
      result: { documentId: edition.documentId, editionId: edition.id },
      audit: editionAudit(auditActor(actor), "edition.retrospectiveApprove", edition, {
        reason: input.note,
        data: { reviewId: review.id, overdue: now > review.dueAt },
      }),
    };
  });
}

export type OpenRetrospectiveReview = {
  id: string;
  editionId: string;
  documentId: string;
  title: string;
  reason: string;
  forcedBy: string | null;
  forcedAt: Date;
  dueAt: Date;
  overdue: boolean;
  /** Whether this person may approve it (not the editor who forced it). */
  canApprove: boolean;
};

/** Force publications still waiting for review, soonest due first; for whoever reviews (null for the others). */
export async function listOpenRetrospectiveReviews(user: PolicyUser, now: Date = new Date()): Promise<OpenRetrospectiveReview[] | null> {
  if (!can(user, "review.inbox")) return null;
  const rows = await (await db()).retrospectiveReview.findMany({
    where: { approvedAt: null },
    orderBy: { dueAt: "asc" },
    take: 50,
    select: {
      id: true,
      editionId: true,
      reason: true,
      createdAt: true,
      dueAt: true,
      forcedById: true,
      approvedAt: true,
      forcedBy: { select: { name: true } },
      edition: { select: { documentId: true, localizations: { where: { isOriginal: true }, select: { title: true } } } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    editionId: row.editionId,
    documentId: row.edition.documentId,
    title: row.edition.localizations[0]?.title || "(untitled)",
    reason: row.reason,
    forcedBy: row.forcedBy?.name ?? null,
    forcedAt: row.createdAt,
    dueAt: row.dueAt,
    overdue: row.dueAt <= now,
    canApprove: can(user, "edition.approveRetrospective", retrospectiveReviewSubject(row)),
  }));
}

/** The review of one edition, for its page; null when it was not force published. */
export async function retrospectiveReviewOf(editionId: string) {
  return (await db()).retrospectiveReview.findUnique({
    where: { editionId },
    select: {
      id: true,
      reason: true,
      dueAt: true,
      forcedById: true,
      approvedAt: true,
      approvalNote: true,
      approvedBy: { select: { name: true } },
    },
  });
}
