import type { Metadata } from "next";
import Link from "next/link";
import { OutboxTable, type OutboxRow } from "@/components/workspace/audit/outbox-table";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requirePermission } from "@/lib/auth/guards";
import { formatOfficeTime } from "@/lib/time/office-time";
import { env } from "@/lib/env";
import { listOutboundMail, OUTBOX_STATES, parseOutboxFilter, type OutboxEntry, type OutboxFilter } from "@/lib/workspace/outbox";
import type { SearchParams } from "@/lib/validation/search-params";

export const metadata: Metadata = { title: "Outbox" };

function hrefFor(filter: OutboxFilter, page: number): string {
  const query = new URLSearchParams();
  if (filter.state) query.set("state", filter.state);
  if (page > 1) query.set("page", String(page));
  const text = query.toString();
  return text ? `/workspace/outbox?${text}` : "/workspace/outbox";
}

function statusOf(entry: OutboxEntry, zone: string): string {
  if (entry.state === "SENT" && entry.sentAt) {
    return entry.transport === "smtp"
      ? `Sent ${formatOfficeTime(entry.sentAt, zone)} by SMTP`
      : `Written to the outbox folder ${formatOfficeTime(entry.sentAt, zone)}`;
  }
  if (entry.state === "FAILED") return `Gave up after ${entry.attempts} attempts`;
  if (entry.attempts === 0) return "Waiting for the next run of the mail worker";
  return `Attempt ${entry.attempts} failed; next attempt ${formatOfficeTime(entry.nextAttemptAt, zone)}`;
}

export default async function OutboxPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requirePermission("/workspace/outbox", "mail.viewOutbox");
  const config = env();
  const zone = config.CHANCERY_TIME_ZONE;
  const filter = parseOutboxFilter(await searchParams);
  const outbox = await listOutboundMail(viewer, filter);
  const rows: OutboxRow[] = outbox.entries.map((entry) => ({
    id: entry.id,
    queued: formatOfficeTime(entry.createdAt, zone),
    purpose: entry.purpose,
    to: entry.to,
    subject: entry.subject,
    text: entry.text,
    state: entry.state,
    transport: entry.transport,
    status: statusOf(entry, zone),
    lastError: entry.lastError,
  }));
  const delivery = config.SMTP_URL
    ? "Mail is sent through the SMTP server in SMTP_URL."
    : `No SMTP server is configured (SMTP_URL), so mail is not sent: each message is kept here and as a file in ${config.CHANCERY_DATA_DIR}/outbox.`;
  return (
    <>
      <PageHeader title="Outbox" description={`Every e-mail Chancery has queued, newest first. ${delivery}`} />
      <nav aria-label="Filter by status" className="mb-4 flex gap-4 text-sm">
        {[undefined, ...OUTBOX_STATES].map((state) => (
          <Link
            key={state ?? "all"}
            href={hrefFor({ state, page: 1 }, 1)}
            aria-current={filter.state === state ? "page" : undefined}
            className="text-brand underline underline-offset-2 aria-[current=page]:font-semibold aria-[current=page]:no-underline"
          >
            {state ? { QUEUED: "Queued", SENT: "Sent", FAILED: "Failed" }[state] : "All"}
          </Link>
        ))}
      </nav>
      <OutboxTable caption={outbox.total === 0 ? "No mail." : `${outbox.total} ${outbox.total === 1 ? "mail" : "mails"}, newest first`} rows={rows} />
      <Pagination page={filter.page} pageCount={outbox.pageCount} hrefFor={(page) => hrefFor(filter, page)} label="Outbox pages" />
    </>
  );
}
