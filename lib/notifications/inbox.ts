import { z } from "zod";
import { authorize, type PolicyUser } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { parseInput } from "@/lib/validation/input-fields";
import { commitChange } from "@/lib/changes/commit-change";

/* One person's notifications: always their own, whatever they ask for. */

export type InboxNotification = {
  id: string;
  kind: string;
  title: string;
  body: string;
  href: string;
  createdAt: Date;
  readAt: Date | null;
};

type Person = NonNullable<PolicyUser>;

export async function unreadCount(user: Person): Promise<number> {
  authorize(user, "workspace.access");
  return (await db()).notification.count({ where: { recipientId: user.id, readAt: null } });
}

export async function listNotifications(user: Person, options: { limit?: number } = {}): Promise<InboxNotification[]> {
  authorize(user, "workspace.access");
  return (await db()).notification.findMany({
    where: { recipientId: user.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: Math.min(Math.max(options.limit ?? 100, 1), 500),
    select: { id: true, kind: true, title: true, body: true, href: true, createdAt: true, readAt: true },
  });
}

export const markReadInputSchema = z.object({
  /** One notification, or every one when left out. */
  notificationId: z.string().min(1).max(64).optional(),
});
export type MarkReadInput = z.input<typeof markReadInputSchema>;

/** Marks one (or all) of this person's notifications read; someone else's id changes nothing. */
export async function markNotificationsRead(user: Person & { email?: string }, rawInput: MarkReadInput, now: Date = new Date()): Promise<{ marked: number }> {
  authorize(user, "workspace.access");
  const input = parseInput(markReadInputSchema, rawInput);
  return commitChange(async (tx) => {
    const { count } = await tx.notification.updateMany({
      where: { recipientId: user.id, readAt: null, ...(input.notificationId ? { id: input.notificationId } : {}) },
      data: { readAt: now },
    });
    // Every change a person makes is on the record, this one too (when a reminder was seen matters in a dispute).
    return {
      result: { marked: count },
      audit: {
        actor: { id: user.id, email: user.email ?? null },
        action: "notification.markRead",
        subjectType: "user",
        subjectId: user.id,
        data: { marked: count, ...(input.notificationId ? { notificationId: input.notificationId } : { all: true }) },
      },
    };
  });
}
