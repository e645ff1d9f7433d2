import "server-only";
import { z } from "zod";
import type { Prisma } from "@/lib/db/generated/client";
import { db } from "@/lib/db";
import { authorize, type PolicyUser } from "@/lib/auth/policy";
import { calendarDateToDate, isCalendarDate, officeTimeToUtc } from "@/lib/time/office-time";
import { languageNameFor } from "@/lib/i18n/locale-names";
import { readSearchParams, type SearchParams } from "@/lib/validation/search-params";

/*
 * The audit log as admins read it: newest first, filtered by what happened, who did it, which document it is about
 * and when (dates in the office's time zone), fifty to a page. Events about a document, an edition or a translation
 * name the document by its title.
 */

export const AUDIT_PAGE_SIZE = 50;

export type AuditFilter = {
  action: string | null;
  /** Part of the actor's name or email. */
  actor: string | null;
  /** A document's id, or part of a title it has (in any language or edition). */
  document: string | null;
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
  /** The document an event about a document, an edition or a translation is about ("edition 2", "English translation"). */
  subjectDocument: { id: string; title: string; detail: string | null } | null;
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

/** Trimmed and cut at `max` characters; missing or blank: null. */
const text = (max: number) =>
  z
    .string()
    .trim()
    .transform((value) => (value ? value.slice(0, max) : null))
    .catch(null);
const calendarDate = text(10).transform((value) => (value && isCalendarDate(value) ? value : null));

const auditFilterSchema = z.object({
  action: text(100),
  actor: text(254),
  document: text(200),
  from: calendarDate,
  to: calendarDate,
  page: text(6).transform((value) => {
    const page = Number.parseInt(value ?? "1", 10);
    return Number.isFinite(page) && page >= 1 ? page : 1;
  }),
}) satisfies z.ZodType<AuditFilter>;

/** Reads the filter from the page's query string; anything malformed is ignored rather than refused. */
export function parseAuditFilter(params: SearchParams): AuditFilter {
  return readSearchParams(params, auditFilterSchema);
}

function nextDay(date: string): string {
  return new Date(calendarDateToDate(date).getTime() + DAY).toISOString().slice(0, 10);
}

/** How many documents a title filter may match: the log of more than this many at once is no longer one document's. */
const DOCUMENT_MATCHES = 100;

/** The ids audit events about these documents name: the documents', their editions' and their localizations'. */
async function subjectIdsOfDocuments(query: string): Promise<string[]> {
  const prisma = await db();
  const documents = await prisma.document.findMany({
    where: { OR: [{ id: query }, { editions: { some: { localizations: { some: { title: { contains: query, mode: "insensitive" } } } } } }] },
    select: { id: true, editions: { select: { id: true, localizations: { select: { id: true } } } } },
    take: DOCUMENT_MATCHES,
  });
  return documents.flatMap((document) => [document.id, ...document.editions.flatMap((edition) => [edition.id, ...edition.localizations.map((localization) => localization.id)])]);
}

type DocumentSubject = NonNullable<AuditEntry["subjectDocument"]>;

/** Names the documents the events are about: the title of the latest edition's original, and which edition or translation. */
async function documentSubjects(rows: ReadonlyArray<{ subjectType: string; subjectId: string | null }>): Promise<Map<string, DocumentSubject>> {
  const idsOf = (type: string) => [...new Set(rows.filter((row) => row.subjectType === type && row.subjectId).map((row) => row.subjectId!))];
  const prisma = await db();
  const [editions, localizations] = await Promise.all([
    prisma.edition.findMany({ where: { id: { in: idsOf("edition") } }, select: { id: true, number: true, documentId: true } }),
    prisma.localization.findMany({
      where: { id: { in: idsOf("localization") } },
      select: { id: true, locale: true, isOriginal: true, edition: { select: { documentId: true } } },
    }),
  ]);
  const about = new Map<string, { documentId: string; detail: string | null }>([
    ...idsOf("document").map((id) => [id, { documentId: id, detail: null }] as const),
    ...editions.map((edition) => [edition.id, { documentId: edition.documentId, detail: `edition ${edition.number}` }] as const),
    ...localizations.map(
      (localization) =>
        [
          localization.id,
          { documentId: localization.edition.documentId, detail: localization.isOriginal ? "original" : `${languageNameFor(localization.locale, "en")} translation` },
        ] as const,
    ),
  ]);
  const documentIds = [...new Set([...about.values()].map((subject) => subject.documentId))];
  const documents = documentIds.length
    ? await prisma.document.findMany({
        where: { id: { in: documentIds } },
        select: { id: true, slug: true, editions: { orderBy: { number: "desc" }, take: 1, select: { localizations: { where: { isOriginal: true }, select: { title: true } } } } },
      })
    : [];
  const titles = new Map(documents.map((document) => [document.id, document.editions[0]?.localizations[0]?.title || document.slug]));
  const found = new Map<string, DocumentSubject>();
  for (const [subjectId, subject] of about) {
    const title = titles.get(subject.documentId);
    if (title !== undefined) found.set(subjectId, { id: subject.documentId, title, detail: subject.detail });
  }
  return found;
}

export async function listAuditEvents(viewer: PolicyUser, filter: AuditFilter, timeZone: string): Promise<AuditPage> {
  authorize(viewer, "audit.view");
  const prisma = await db();
  const at: Prisma.DateTimeFilter = {};
  if (filter.from) at.gte = officeTimeToUtc(`${filter.from}T00:00`, timeZone);
  if (filter.to) at.lt = officeTimeToUtc(`${nextDay(filter.to)}T00:00`, timeZone);
  const where: Prisma.AuditEventWhereInput = {
    ...(filter.action ? { action: filter.action } : {}),
    ...(filter.actor
      ? { OR: [{ actorEmail: { contains: filter.actor, mode: "insensitive" } }, { actor: { name: { contains: filter.actor, mode: "insensitive" } } }] }
      : {}),
    ...(filter.document ? { subjectId: { in: await subjectIdsOfDocuments(filter.document) } } : {}),
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
  const subjectDocuments = await documentSubjects(rows);

  return {
    filter,
    total,
    pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
    actions: actions.map((row) => row.action),
    entries: rows.map(({ actor, ...row }) => ({
      ...row,
      actorName: actor?.name ?? null,
      subjectUser: row.subjectType === "user" && row.subjectId ? (subjectUsers.get(row.subjectId) ?? null) : null,
      subjectDocument: row.subjectType !== "user" && row.subjectId ? (subjectDocuments.get(row.subjectId) ?? null) : null,
    })),
  };
}
