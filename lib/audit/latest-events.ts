import "server-only";
import { db } from "@/lib/db";

export type LatestEvent = { at: Date; by: { id: string; name: string } | null; byEmail: string | null };

/** For each subject, the newest audit event of this action: who last submitted it, who last sent it back, and when. */
export async function latestEventsOf(action: string, subjectIds: readonly string[]): Promise<Map<string, LatestEvent>> {
  if (subjectIds.length === 0) return new Map();
  const events = await (await db()).auditEvent.findMany({
    where: { action, subjectId: { in: [...subjectIds] } },
    orderBy: { at: "desc" },
    select: { subjectId: true, at: true, actorEmail: true, actor: { select: { id: true, name: true } } },
  });
  const found = new Map<string, LatestEvent>();
  for (const event of events) {
    if (event.subjectId && !found.has(event.subjectId)) found.set(event.subjectId, { at: event.at, by: event.actor, byEmail: event.actorEmail });
  }
  return found;
}
