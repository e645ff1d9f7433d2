import { rolesFor } from "@/lib/auth/policy";
import type { TransactionClient } from "@/lib/db";
import { env } from "@/lib/env";
import { enqueueMail } from "@/lib/mail/outbound-mail";
import { siteOrigin } from "@/lib/public/site";

/*
 * Telling people what happened on the desk. Each event becomes one Notification row per recipient (the workspace's
 * inbox and its unread count) and, when SMTP_URL is configured, one e-mail each through the shared outbound-mail
 * queue, written in the same transaction as the event: a submission that rolls back tells nobody anything.
 * Without SMTP_URL notifications stay in the workspace (the outbox folder is for mail other features send).
 * Nobody is told about what they did themselves.
 */

export type NotificationKind =
  | "edition.submitted"
  | "edition.sentBack"
  | "translation.submitted"
  | "translation.sentBack"
  | "edition.publishedOnSchedule"
  | "edition.forcePublished"
  | "note.added"
  | "note.resolved";

export const NOTIFICATION_KINDS: Readonly<Record<NotificationKind, string>> = {
  "edition.submitted": "Submitted for review",
  "edition.sentBack": "Sent back to you",
  "translation.submitted": "Translation submitted",
  "translation.sentBack": "Translation sent back",
  "edition.publishedOnSchedule": "Published on schedule",
  "edition.forcePublished": "Force published: review it",
  "note.added": "Review note",
  "note.resolved": "Review note resolved",
};

/** Who should hear of it: the reviewers, or named people. */
export type Audience = { reviewers: true } | { people: ReadonlyArray<string | null> };

export type WorkspaceEvent = {
  kind: NotificationKind;
  /** Whoever caused it (never told); null for the scheduler. */
  actorId: string | null;
  audience: Audience;
  /** One line: "“Title” was submitted for review by Mina Park". */
  title: string;
  /** Plain text: the comment, the reason. */
  body?: string;
  /** A workspace path. */
  href: string;
};

async function recipients(tx: TransactionClient, audience: Audience, actorId: string | null): Promise<Array<{ id: string; email: string; name: string }>> {
  const where =
    "reviewers" in audience
      ? { role: { in: [...rolesFor("review.inbox")] } }
      : { id: { in: audience.people.filter((id): id is string => id !== null) } };
  const people = await tx.user.findMany({ where: { ...where, active: true }, select: { id: true, email: true, name: true } });
  return people.filter((person) => person.id !== actorId);
}

function mailText(event: WorkspaceEvent, name: string, url: string): string {
  return [`${name},`, "", event.title + ".", ...(event.body ? ["", event.body] : []), "", `Open it: ${url}`, "", "— Chancery, the press office's workspace"].join("\n");
}

/** Records the event for each recipient, in the caller's transaction, and queues their e-mail when SMTP is set. */
export async function notify(tx: TransactionClient, event: WorkspaceEvent): Promise<number> {
  const people = await recipients(tx, event.audience, event.actorId);
  if (people.length === 0) return 0;
  const title = event.title.replace(/\s+/g, " ").trim().slice(0, 300);
  const body = (event.body ?? "").trim().slice(0, 4000);
  await tx.notification.createMany({
    data: people.map((person) => ({ recipientId: person.id, kind: event.kind, title, body, href: event.href })),
  });
  if (env().SMTP_URL) {
    const url = new URL(event.href, siteOrigin()).href;
    await enqueueMail(
      tx,
      people.map((person) => ({
        to: person.email,
        subject: `[Chancery] ${title}`.slice(0, 300),
        text: mailText({ ...event, title, body }, person.name, url),
        headers: { "X-Chancery-Notification": event.kind },
        purpose: "notification",
      })),
    );
  }
  return people.length;
}

/** “Title”, for notification lines. */
export function quoted(title: string | null | undefined): string {
  return `“${(title || "(untitled)").replace(/\s+/g, " ").trim().slice(0, 200)}”`;
}
