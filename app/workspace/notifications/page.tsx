import type { Metadata } from "next";
import Link from "next/link";
import { MarkReadButton } from "@/components/workspace/notifications/mark-read-button";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guards";
import { formatOfficeTime } from "@/lib/time/office-time";
import { env } from "@/lib/env";
import { listNotifications } from "@/lib/notifications/inbox";
import { NOTIFICATION_KINDS, type NotificationKind } from "@/lib/notifications/notify";
import { markNotificationsReadAction } from "./actions";

export const metadata: Metadata = { title: "Notifications" };

/** What happened on the desk that this person should know, newest first; unread ones marked. */
export default async function NotificationsPage() {
  const user = await requirePermission("/workspace/notifications", "workspace.access");
  const notifications = await listNotifications(user);
  const zone = env().CHANCERY_TIME_ZONE;
  const unread = notifications.filter((item) => item.readAt === null).length;
  return (
    <>
      <PageHeader
        title="Notifications"
        description={`Submissions, sent-back drafts, translations, scheduled publications, force publications and review notes that concern you.${env().SMTP_URL ? " Each is e-mailed to you too." : ""}`}
        actions={unread > 0 ? <MarkReadButton action={markNotificationsReadAction} label="Mark all as read" /> : null}
      />
      {notifications.length === 0 ? (
        <p className="border-y border-rule py-6 text-muted">Nothing yet. You will find here what others do that concerns you.</p>
      ) : (
        <ul role="list" className="divide-y divide-rule border-y border-rule bg-white">
          {notifications.map((item) => (
            <li key={item.id} className={`grid gap-1 px-4 py-3 sm:grid-cols-[minmax(0,1fr)_auto] ${item.readAt ? "" : "border-l-4 border-l-brand"}`} data-notification={item.kind} data-unread={item.readAt ? undefined : ""}>
              <div className="min-w-0 space-y-1">
                <p className="flex flex-wrap items-center gap-2 text-sm text-muted">
                  <Badge tone={item.readAt ? "neutral" : "info"}>{NOTIFICATION_KINDS[item.kind as NotificationKind] ?? item.kind}</Badge>
                  <span>{formatOfficeTime(item.createdAt, zone)}</span>
                  {item.readAt ? null : <span className="font-semibold text-ink">unread</span>}
                </p>
                <p>
                  <Link href={item.href} className="font-semibold text-brand underline underline-offset-2">
                    {item.title}
                  </Link>
                </p>
                {item.body ? <p className="whitespace-pre-line text-sm text-ink">{item.body}</p> : null}
              </div>
              {item.readAt ? null : (
                <div className="sm:self-center">
                  <MarkReadButton action={markNotificationsReadAction} notificationId={item.id} label="Mark as read" />
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
