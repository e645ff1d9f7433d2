import type { Metadata } from "next";
import { DashboardList, type DashboardItem } from "@/components/workspace/dashboard-list";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guards";
import { editionStateLabel } from "@/lib/workflow/workflow";
import { formatOfficeTime } from "@/lib/time/office-time";
import { localeName } from "@/lib/i18n/locale-names";
import { env } from "@/lib/env";
import { loadDashboard, type DashboardEdition } from "@/lib/workspace/dashboard";
import { KIND_NAMES } from "@/components/workspace/editorial/state-badge";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const user = await requirePermission("/workspace", "workspace.access");
  const dashboard = await loadDashboard(user);
  const zone = env().CHANCERY_TIME_ZONE;
  const when = (date: Date) => formatOfficeTime(date, zone);

  /** A line that opens its document. */
  const documentItem = (key: string, item: { documentId: string; title: string }, details: DashboardItem["details"]): DashboardItem => ({
    key,
    href: `/workspace/documents/${item.documentId}`,
    title: item.title,
    details,
  });
  const edition = (item: DashboardEdition, detail: string): DashboardItem =>
    documentItem(item.editionId, item, `${KIND_NAMES[item.kind]} · edition ${item.number} · ${detail}`);

  return (
    <>
      <PageHeader title="Dashboard" eyebrow={`Signed in as ${user.name}`} description="What is waiting for you, and what went out recently." />
      <div className="grid gap-6 lg:grid-cols-2">
        {dashboard.myDrafts ? (
          <DashboardList
            title="My drafts"
            items={dashboard.myDrafts.map((item) => edition(item, `${item.sentBack ? "sent back with a comment · " : ""}last changed ${when(item.lastEditedAt ?? item.updatedAt)}`))}
            empty="You have no drafts."
          />
        ) : null}
        {dashboard.sentBack && dashboard.sentBack.length > 0 ? (
          <DashboardList
            title="Sent back to you"
            description="Drafts an editor returned with a comment: change what they ask, then submit again."
            items={dashboard.sentBack.map((item) =>
              documentItem(
                `sent-back-${item.editionId}`,
                item,
                <>
                  <span>
                    Sent back{item.sentBack?.by ? ` by ${item.sentBack.by}` : ""}
                    {item.sentBack?.at ? ` ${when(item.sentBack.at)}` : ""}:
                  </span>
                  <q className="mt-1 block whitespace-pre-line text-ink" data-sent-back-comment="">
                    {item.sentBack?.comment}
                  </q>
                </>,
              ),
            )}
            empty=""
          />
        ) : null}
        {dashboard.mySubmitted ? (
          <DashboardList
            title="Submitted, waiting for review"
            items={dashboard.mySubmitted.map((item) => edition(item, `submitted, last changed ${when(item.lastEditedAt ?? item.updatedAt)}`))}
            empty="Nothing of yours is waiting for review."
          />
        ) : null}
        {dashboard.retrospectiveReviews && dashboard.retrospectiveReviews.length > 0 ? (
          <DashboardList
            title="Force published: awaiting retrospective review"
            description="Published without a second editor's review. Another editor looks at each and approves it."
            items={dashboard.retrospectiveReviews.map((item) =>
              documentItem(
                `retrospective-${item.id}`,
                item,
                <span data-retrospective-review={item.overdue ? "overdue" : "due"}>
                  {item.overdue ? <strong className="text-accent">Overdue · </strong> : null}
                  due {when(item.dueAt)} · force published by {item.forcedBy ?? "someone"} {when(item.forcedAt)} — “{item.reason}”
                  {item.canApprove ? "" : " · another editor must approve it"}
                </span>,
              ),
            )}
            empty=""
          />
        ) : null}
        {dashboard.awaitingReview ? (
          <DashboardList
            title="Awaiting my review"
            description={`Submitted editions and translations you may publish, oldest first. ${dashboard.awaitingReviewTotal} awaiting review in all.`}
            items={dashboard.awaitingReview.map((item) => ({
              key: item.key,
              href: item.href,
              title: item.title,
              details: `${item.type === "translation" ? `${localeName(item.locale)} translation` : KIND_NAMES[item.kind]} · edition ${item.editionNumber} · submitted by ${item.submittedBy?.name ?? "someone"} ${when(item.submittedAt)}`,
            }))}
            empty="Nothing is waiting for your review."
            footer={{ href: "/workspace/review", label: "Open the review inbox" }}
          />
        ) : null}
        {dashboard.translationsToDo ? (
          <DashboardList
            title="Translations to do"
            items={dashboard.translationsToDo.map((item) => ({
              ...edition(item, `${localeName(item.locale)} · ${item.translationState === "IN_PROGRESS" ? "in progress" : "not started"} · ${editionStateLabel(item.state)}`),
              key: `${item.editionId}-${item.locale}`,
            }))}
            empty="No translation is waiting for you."
          />
        ) : null}
        <DashboardList
          title="Recently published"
          items={dashboard.recentlyPublished.map((item) => edition(item, `published ${item.publishedAt ? when(item.publishedAt) : ""}`))}
          empty="Nothing has been published yet."
        />
        {dashboard.forcePublished ? (
          <DashboardList
            title="Force published"
            description="Published without a second editor's review, with the reason given."
            items={dashboard.forcePublished.map((item) => ({
              key: `${item.editionId}-${item.at.toISOString()}`,
              href: item.documentId ? `/workspace/documents/${item.documentId}` : "/workspace/audit?action=edition.forcePublish",
              title: item.title ?? "(untitled)",
              details: `${when(item.at)} by ${item.by.email ?? "someone"}${item.reason ? ` — “${item.reason}”` : ""}`,
            }))}
            empty="Nothing has been force published."
          />
        ) : null}
      </div>
    </>
  );
}
