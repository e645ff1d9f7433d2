import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { db } from "@/lib/db";
import { authorize, type PolicyUser } from "@/lib/auth/policy";
import { calendarDateToDate, isCalendarDate, officeTimeToUtc } from "@/lib/content/office-time";

/*
 * The audit log as admins read it: newest first, filtered by what happened, who did it and when (dates in the
 * office's time zone), fifty to a page.
 */

export const AUDIT_PAGE_SIZE = 50;

export type AuditFilter = {
  action: string | null;
  /** Part of the actor's email. */
  actor: string | null;
  /** YYYY-MM-DD, office time, inclusive. */
  from: string | null;
  to: string | null;
  page: number;
};

export type AuditEntry = {
  id: string;
  at: Date;
  actorEmail: string | null;
  actorName: string | null;
  action: string;
  subjectType: string;
  subjectId: string | null;
  /** The account the event is about, when it is about one that still exists. */
  subjectUser: { name: string; email: string } | null;
  fromState: string | null;
  toState: string | null;
  reason: string | null;
  ipAddress: string | null;
};

export type AuditPage = {
  filter: AuditFilter;
  entries: AuditEntry[];
  total: number;
  pageCount: number;
  /** Every action that occurs in the log, for the filter's list. */
  actions: string[];
};

const DAY = 24 * 60 * 60 * 1000;

function text(value: unknown, max: number): string | null {
  const first = Array.isArray(value) ? value[0] : value;
  if (typeof first !== "string") return null;
  const trimmed = first.trim();
  return trimmed ? trimmed.slice(0, max) : null;
}

/** Reads the filter from the page's query string; anything malformed is ignored rather than refused. */
export function parseAuditFilter(params: Record<string, string | string[] | undefined>): AuditFilter {
  const date = (value: unknown) => {
    const found = text(value, 10);
    return found && isCalendarDate(found) ? found : null;
  };
  const page = Number.parseInt(text(params.page, 6) ?? "1", 10);
  return {
    action: text(params.action, 100),
    actor: text(params.actor, 254),
    from: date(params.from),
    to: date(params.to),
    page: Number.isFinite(page) && page >= 1 ? page : 1,
  };
}

function nextDay(date: string): string {
  return new Date(calendarDateToDate(date).getTime() + DAY).toISOString().slice(0, 10);
}

export async function listAuditEvents(viewer: PolicyUser, filter: AuditFilter, timeZone: string): Promise<AuditPage> {
  authorize(viewer, "audit.view");
  const prisma = await db();
  const at: Prisma.DateTimeFilter = {};
  if (filter.from) at.gte = officeTimeToUtc(`${filter.from}T00:00`, timeZone);
  if (filter.to) at.lt = officeTimeToUtc(`${nextDay(filter.to)}T00:00`, timeZone);
  const where: Prisma.AuditEventWhereInput = {
    ...(filter.action ? { action: filter.action } : {}),
    ...(filter.actor ? { actorEmail: { contains: filter.actor.toLowerCase(), mode: "insensitive" } } : {}),
    ...(filter.from || filter.to ? { at } : {}),
  };
  const [total, rows, actions] = await Promise.all([
    prisma.auditEvent.count({ where }),
    prisma.auditEvent.findMany({
      where,
      orderBy: [{ at: "desc" }, { id: "desc" }],
      skip: (filter.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      select: {
        id: true,
        at: true,
        actorEmail: true,
        action: true,
        subjectType: true,
        subjectId: true,
        fromState: true,
        toState: true,
        reason: true,
        ipAddress: true,
        actor: { select: { name: true } },
      },
    }),
    prisma.auditEvent.findMany({ distinct: ["action"], select: { action: true }, orderBy: { action: "asc" } }),
  ]);

  // Name the accounts the events are about, so "user.role_changed" reads as whose role changed.
  const userIds = [...new Set(rows.filter((row) => row.subjectType === "user" && row.subjectId).map((row) => row.subjectId!))];
  const subjects = userIds.length
    ? await prisma.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true, email: true } })
    : [];
  const subjectUsers = new Map(subjects.map((user) => [user.id, { name: user.name, email: user.email }]));

  return {
    filter,
    total,
    pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
    actions: actions.map((row) => row.action),
    entries: rows.map(({ actor, ...row }) => ({
      ...row,
      actorName: actor?.name ?? null,
      subjectUser: row.subjectType === "user" && row.subjectId ? (subjectUsers.get(row.subjectId) ?? null) : null,
    })),
  };
}
