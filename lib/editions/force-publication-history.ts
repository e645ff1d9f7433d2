import "server-only";
import { authorize } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/changes/actor";

export interface ForcePublication {
  at: Date;
  editionId: string;
  documentId: string | null;
  title: string | null;
  by: { id: string | null; email: string | null };
  reason: string | null;
}

/**
 * Editions published without a second pair of eyes, newest first, for the dashboard: who, when, why.
 * Read from the audit log, so it outlives later editions of the same document.
 * @throws PermissionDeniedError
 */
export async function listForcePublications(actor: Actor, options: { limit?: number } = {}): Promise<ForcePublication[]> {
  authorize(actor, "workspace.access");
  const prisma = await db();
  const events = await prisma.auditEvent.findMany({
    where: { action: "edition.forcePublish", subjectType: "edition" },
    orderBy: { at: "desc" },
    take: Math.min(Math.max(options.limit ?? 20, 1), 200),
    select: { at: true, subjectId: true, actorId: true, actorEmail: true, reason: true },
  });
  const editionIds = events.flatMap((event) => (event.subjectId ? [event.subjectId] : []));
  const editions = await prisma.edition.findMany({
    where: { id: { in: editionIds } },
    select: { id: true, documentId: true, localizations: { where: { isOriginal: true }, select: { title: true } } },
  });
  const byId = new Map(editions.map((edition) => [edition.id, edition]));
  return events.map((event) => {
    const edition = event.subjectId ? byId.get(event.subjectId) : undefined;
    return {
      at: event.at,
      editionId: event.subjectId ?? "",
      documentId: edition?.documentId ?? null,
      title: edition?.localizations[0]?.title ?? null,
      by: { id: event.actorId, email: event.actorEmail },
      reason: event.reason,
    };
  });
}
