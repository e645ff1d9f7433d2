import type { Metadata } from "next";
import { AuditFilters, AuditTable, type Named } from "@/components/admin/audit-log";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requirePermission } from "@/lib/auth/guards";
import { formatOfficeTime } from "@/lib/content/office-time";
import { env } from "@/lib/env";
import { AUDIT_PAGE_SIZE, listAuditEvents, parseAuditFilter, type AuditEntry, type AuditFilter } from "@/lib/workspace/audit-log";

export const metadata: Metadata = { title: "Audit log" };

function hrefFor(filter: AuditFilter, page: number): string {
  const query = new URLSearchParams();
  for (const key of ["action", "actor", "from", "to"] as const) {
    const value = filter[key];
    if (value) query.set(key, value);
  }
  if (page > 1) query.set("page", String(page));
  const text = query.toString();
  return text ? `/admin/audit?${text}` : "/admin/audit";
}

function describeSubject(entry: AuditEntry): Named {
  if (entry.subjectUser) return { name: entry.subjectUser.name, detail: entry.subjectUser.email };
  if (entry.subjectType === "user") return { name: entry.subjectId ? "Removed account" : "No such account", detail: entry.subjectId };
  if (entry.subjectType === "address") return { name: "Client address", detail: entry.subjectId };
  return { name: entry.subjectType.charAt(0).toUpperCase() + entry.subjectType.slice(1), detail: entry.subjectId };
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requirePermission("/admin/audit", "audit.view");
  const zone = env().CHANCERY_TIME_ZONE;
  const log = await listAuditEvents(viewer, parseAuditFilter(await searchParams), zone);
  const first = (log.filter.page - 1) * AUDIT_PAGE_SIZE + 1;
  const caption =
    log.total === 0
      ? "No events match."
      : `${log.total} ${log.total === 1 ? "event" : "events"}, newest first${log.pageCount > 1 ? ` (showing ${first}–${first + log.entries.length - 1})` : ""}`;
  return (
    <>
      <PageHeader title="Audit log" description={`Every sign-in, account change and editorial decision: who, what, when (${zone}) and from where.`} />
      <AuditFilters actions={log.actions} filter={log.filter} />
      <AuditTable
        caption={caption}
        rows={log.entries.map((entry) => ({
          id: entry.id,
          when: formatOfficeTime(entry.at, zone),
          who: entry.actorName ? { name: entry.actorName, detail: entry.actorEmail } : { name: entry.actorEmail ?? "System (command line or scheduler)" },
          action: entry.action,
          subject: describeSubject(entry),
          change: entry.fromState || entry.toState ? `${entry.fromState ?? "—"} → ${entry.toState ?? "—"}` : null,
          reason: entry.reason,
          ipAddress: entry.ipAddress,
        }))}
      />
      <Pagination page={log.filter.page} pageCount={log.pageCount} hrefFor={(page) => hrefFor(log.filter, page)} label="Audit log pages" />
    </>
  );
}
