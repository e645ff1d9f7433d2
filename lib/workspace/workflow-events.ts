import "server-only";
import { authorize, visibleTo, type PolicyUser } from "@/lib/auth/policy";
import { EDITION_TRANSITIONS } from "@/lib/workflow/workflow";
import { db } from "@/lib/db";

/** Moves of an edition through the workflow, as the audit log recorded them (saves are the revisions). */
export const WORKFLOW_ACTIONS: readonly string[] = [...EDITION_TRANSITIONS.map((transition) => `edition.${transition.name}`), "edition.correct", "edition.retrospectiveApprove"];

export type WorkflowEvent = {
  id: string;
  at: Date;
  /** "edition.publish", "edition.reject"… */
  action: string;
  editionNumber: number;
  actor: { id: string; name: string } | null;
  reason: string | null;
};

/**
 * What happened to a document's editions besides saves, newest first: submitted, sent back, published (by whom,
 * with the reason of a force publication), scheduled, withdrawn… Publishing changes no text, so it is an event of its
 * own here rather than a change of the text's "last changed".
 */
export async function listWorkflowEvents(user: PolicyUser, documentId: string): Promise<WorkflowEvent[]> {
  authorize(user, "workspace.access");
  const prisma = await db();
  const editions = await prisma.edition.findMany({ where: { AND: [{ documentId }, visibleTo(user)] }, select: { id: true, number: true } });
  if (editions.length === 0) return [];
  const numbers = new Map(editions.map((edition) => [edition.id, edition.number]));
  const events = await prisma.auditEvent.findMany({
    where: { subjectType: "edition", subjectId: { in: [...numbers.keys()] }, action: { in: [...WORKFLOW_ACTIONS] } },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    select: { id: true, at: true, action: true, subjectId: true, reason: true, actor: { select: { id: true, name: true } } },
  });
  return events.map((event) => ({
    id: event.id,
    at: event.at,
    action: event.action,
    editionNumber: numbers.get(event.subjectId!)!,
    actor: event.actor,
    reason: event.reason,
  }));
}
