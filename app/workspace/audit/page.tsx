import type { Metadata } from "next";
import { AuditFilters, AuditTable, type Named } from "@/components/workspace/audit/audit-log";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requirePermission } from "@/lib/auth/guards";
import { formatOfficeTime } from "@/lib/time/office-time";
import { env } from "@/lib/env";
import { ROLE_LABELS } from "@/lib/auth/policy";
import { EDITION_STATE_LABELS, TRANSLATION_STATE_LABELS } from "@/lib/workflow/workflow";
import { AUDIT_PAGE_SIZE, listAuditEvents, parseAuditFilter, type AuditEntry, type AuditFilter } from "@/lib/workspace/audit-log";
import type { SearchParams } from "@/lib/validation/search-params";

export const metadata: Metadata = { title: "Audit log" };

const STATE_WORDS: Record<string, Readonly<Record<string, string>>> = {
  edition: EDITION_STATE_LABELS,
  document: EDITION_STATE_LABELS,
  localization: TRANSLATION_STATE_LABELS,
  user: ROLE_LABELS,
};

/** "submitted for review", "published", "Editor": the words the workspace uses elsewhere for a recorded state or role. */
function stateWords(entry: AuditEntry, value: string | null): string {
  if (!value) return "—";
  return STATE_WORDS[entry.subjectType]?.[value] ?? value;
}

const EMPTY_FILTER: AuditFilter = { action: null, actor: null, document: null, from: null, to: null, page: 1 };

function hrefFor(filter: AuditFilter, page: number): string {
  const query = new URLSearchParams();
  for (const key of ["action", "actor", "document", "from", "to"] as const) {
    const value = filter[key];
    if (value) query.set(key, value);
  }
  if (page > 1) query.set("page", String(page));
  const text = query.toString();
  return text ? `/workspace/audit?${text}` : "/workspace/audit";
}

function describeSubject(entry: AuditEntry): Named {
  const about = entry.subjectDocument;
  if (about) {
    return {
      name: about.title,
      detail: about.detail,
      href: `/workspace/documents/${encodeURIComponent(about.id)}`,
      filterHref: hrefFor({ ...EMPTY_FILTER, document: about.id }, 1),
    };
  }
  if (entry.subjectUser) return { name: entry.subjectUser.name, detail: entry.subjectUser.email };
  if (entry.subjectType === "user") return { name: entry.subjectId ? "Removed account" : "No such account", detail: entry.subjectId };
  if (entry.subjectType === "address") return { name: "Client address", detail: entry.subjectId };
  return { name: entry.subjectType.charAt(0).toUpperCase() + entry.subjectType.slice(1), detail: entry.subjectId };
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requirePermission("/workspace/audit", "audit.view");
  const zone = env().CHANCERY_TIME_ZONE;
  const log = await listAuditEvents(viewer, parseAuditFilter(await searchParams), zone);
  const first = (log.filter.page - 1) * AUDIT_PAGE_SIZE + 1;
  const caption =
    log.total === 0
      ? "No events match."
      : `${log.total} ${log.total === 1 ? "event" : "events"}, newest first${log.pageCount > 1 ? ` (showing ${first}–${first + log.entries.length - 1})` : ""}`;
  return (
    <>
      <PageHeader title="Audit log" description={`Every sign-in, account change and editorial decision: who, what, about which document, why, when (${zone}) and from where.`} />
      <AuditFilters actions={log.actions} filter={log.filter} />
      <AuditTable
        caption={caption}
        rows={log.entries.map((entry) => ({
          id: entry.id,
          when: formatOfficeTime(entry.at, zone),
          who: entry.actorName ? { name: entry.actorName, detail: entry.actorEmail } : { name: entry.actorEmail ?? "System (command line or scheduler)" },
          action: entry.action,
          subject: describeSubject(entry),
          change: entry.fromState ? `${stateWords(entry, entry.fromState)} → ${stateWords(entry, entry.toState)}` : entry.toState ? `now ${stateWords(entry, entry.toState)}` : null,
          reason: entry.reason,
          ipAddress: entry.ipAddress,
        }))}
      />
      <Pagination page={log.filter.page} pageCount={log.pageCount} hrefFor={(page) => hrefFor(log.filter, page)} label="Audit log pages" />
    </>
  );
}
