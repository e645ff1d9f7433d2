import "server-only";
import { z } from "zod";
import type { DocumentKind, EditionState, Prisma } from "@/lib/db/generated/client";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { authorize, publiclyVisibleLocalization, visibleTo, type EditionSubject } from "@/lib/auth/policy";
import type { Body } from "@/lib/body/schema";
import { readStoredBody } from "@/lib/body/stored-body";
import { TAXONOMY_KINDS, type TaxonomyKind } from "@/lib/validation/input-fields";
import { unknownTagIds } from "@/lib/editions/document-fields";
import { pendingFieldNames, readPendingDocumentFields, withPending } from "@/lib/editions/pending-document-fields";
import { CURRENT, IN_PROGRESS, PUBLICLY_VISIBLE, isIn } from "@/lib/workflow/workflow";
import { readSearchParams, type SearchParams } from "@/lib/validation/search-params";
import { optionalCalendarDate } from "@/lib/time/office-time";
import { editionSubject } from "@/lib/editions/edition-records";

/*
 * The editorial desk's reads: the documents list, one document as its edition page shows it, and the documents
 * a writer may relate to another. Each row is the document's working edition: the one in progress, else the live
 * one. What a person sees is the policy's `visibleTo` scope; which buttons they get is asked page by page.
 */

export const DOCUMENTS_PAGE_SIZE = 20;
const MAX_PAGE = 10_000;
const MAX_QUERY_LENGTH = 200;

/** States a person filters by; superseded editions are history, reached from their document. */
export const FILTER_STATES = CURRENT;
export const DOCUMENT_KINDS = ["PRESS_RELEASE", "INTERVIEW"] as const satisfies readonly DocumentKind[];

export type DocumentFilter = {
  /** Documents with an edition in this state (a published release with a correction in draft is in both). */
  state: (typeof FILTER_STATES)[number] | null;
  kind: DocumentKind | null;
  /** Started, written or last changed by the viewer. */
  mine: boolean;
  /** Words of the title, in any of its languages. */
  q: string | null;
  page: number;
};

const upperCase = z.string().transform((value) => value.toUpperCase());

const documentFilterSchema = z.object({
  state: upperCase.pipe(z.enum(FILTER_STATES)).nullable().catch(null),
  kind: upperCase.pipe(z.enum(DOCUMENT_KINDS)).nullable().catch(null),
  mine: z
    .string()
    .transform((value) => value === "1" || value === "on")
    .catch(false),
  q: z
    .string()
    .transform((value) => value.replace(/\s+/g, " ").trim().slice(0, MAX_QUERY_LENGTH) || null)
    .catch(null),
  page: z
    .string()
    .optional()
    .transform((value) => {
      const page = Number.parseInt(value ?? "1", 10);
      return Number.isFinite(page) && page >= 1 ? Math.min(page, MAX_PAGE) : 1;
    }),
}) satisfies z.ZodType<DocumentFilter>;

/** The filter from the page's query string; anything unrecognised is ignored rather than refused. */
export function parseDocumentFilter(params: SearchParams): DocumentFilter {
  return readSearchParams(params, documentFilterSchema);
}

/** The query string for a filter (and page), the inverse of parseDocumentFilter. */
export function documentFilterQuery(filter: DocumentFilter, page = filter.page): string {
  const query = new URLSearchParams();
  if (filter.state) query.set("state", filter.state.toLowerCase());
  if (filter.kind) query.set("kind", filter.kind.toLowerCase());
  if (filter.mine) query.set("mine", "1");
  if (filter.q) query.set("q", filter.q);
  if (page > 1) query.set("page", String(page));
  const text = query.toString();
  return text ? `?${text}` : "";
}

export type DocumentRow = {
  documentId: string;
  kind: DocumentKind;
  slug: string;
  title: string;
  /** The working edition: in progress, else live. */
  editionNumber: number;
  state: EditionState;
  /** The live edition's state while a newer edition is in progress (a correction). */
  liveState: "PUBLISHED" | "WITHDRAWN" | null;
  /** null: the source showed no date. */
  publicDate: string | null;
  scheduledAt: Date | null;
  updatedAt: Date;
  lastEditedBy: string | null;
  /** When lastEditedBy made the last change; null for editions loaded without one (fixtures, old imports). */
  lastEditedAt: Date | null;
  rejected: boolean;
};

export type DocumentList = { rows: DocumentRow[]; total: number; pageCount: number; filter: DocumentFilter };

/**
 * Editions that stand for their document in the list: the one in progress, else the live one. Counted branch by
 * branch: PostgreSQL cannot use an index or an anti-join for the OR of the two (10× slower at 100,000 documents).
 */
const IN_PROGRESS_EDITION: Prisma.EditionWhereInput = { state: { in: [...IN_PROGRESS] } };
const LIVE_EDITION_WITHOUT_PROGRESS: Prisma.EditionWhereInput = {
  state: { in: [...PUBLICLY_VISIBLE] },
  document: { editions: { none: { state: { in: [...IN_PROGRESS] } } } },
};
const WORKING_EDITION: Prisma.EditionWhereInput = { OR: [IN_PROGRESS_EDITION, LIVE_EDITION_WITHOUT_PROGRESS] };

export async function listDocuments(user: CurrentUser, filter: DocumentFilter): Promise<DocumentList> {
  authorize(user, "workspace.access");
  const conditions: Prisma.EditionWhereInput[] = [visibleTo(user)];
  if (filter.state) conditions.push({ document: { editions: { some: { AND: [visibleTo(user), { state: filter.state }] } } } });
  if (filter.kind) conditions.push({ document: { kind: filter.kind } });
  if (filter.mine) conditions.push({ OR: [{ createdById: user.id }, { lastEditedById: user.id }, { document: { createdById: user.id } }] });
  if (filter.q) conditions.push({ localizations: { some: { title: { contains: filter.q, mode: "insensitive" } } } });
  const where: Prisma.EditionWhereInput = { AND: [...conditions, WORKING_EDITION] };

  const prisma = await db();
  const [inProgress, liveOnly] = await Promise.all(
    [IN_PROGRESS_EDITION, LIVE_EDITION_WITHOUT_PROGRESS].map((branch) => prisma.edition.count({ where: { AND: [...conditions, branch] } })),
  );
  const total = inProgress! + liveOnly!;
  const pageCount = Math.max(1, Math.ceil(total / DOCUMENTS_PAGE_SIZE));
  const page = Math.min(filter.page, pageCount);
  const editions = await prisma.edition.findMany({
    where,
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    skip: (page - 1) * DOCUMENTS_PAGE_SIZE,
    take: DOCUMENTS_PAGE_SIZE,
    select: {
      number: true,
      state: true,
      publicDate: true,
      scheduledAt: true,
      updatedAt: true,
      rejectionComment: true,
      lastEditedBy: { select: { name: true } },
      lastEditedAt: true,
      localizations: { where: { isOriginal: true }, select: { title: true } },
      document: {
        select: {
          id: true,
          kind: true,
          slug: true,
          editions: { where: { state: { in: [...PUBLICLY_VISIBLE] } }, select: { state: true } },
        },
      },
    },
  });
  return {
    total,
    pageCount,
    filter: { ...filter, page },
    rows: editions.map((edition) => {
      const live = edition.document.editions[0]?.state;
      return {
        documentId: edition.document.id,
        kind: edition.document.kind,
        slug: edition.document.slug,
        title: edition.localizations[0]?.title || "(untitled)",
        editionNumber: edition.number,
        state: edition.state,
        liveState: isIn(IN_PROGRESS, edition.state) && (live === "PUBLISHED" || live === "WITHDRAWN") ? live : null,
        publicDate: optionalCalendarDate(edition.publicDate),
        scheduledAt: edition.scheduledAt,
        updatedAt: edition.updatedAt,
        lastEditedBy: edition.lastEditedBy?.name ?? null,
        lastEditedAt: edition.lastEditedAt,
        rejected: edition.state === "DRAFT" && !!edition.rejectionComment,
      };
    }),
  };
}

// ─── One document ───────────────────────────────────────────────────────────────────────────────────────────────

type Person = { id: string; name: string };

export type WorkspaceEditionSummary = {
  id: string;
  number: number;
  state: EditionState;
  publicDate: string | null;
  createdAt: Date;
  publishedAt: Date | null;
  supersededAt: Date | null;
  withdrawnAt: Date | null;
  changeType: "MAJOR" | "MINOR";
  changeNote: string | null;
  forcePublished: boolean;
  createdBy: Person | null;
  publishedBy: Person | null;
};

export type WorkspaceEdition = WorkspaceEditionSummary & {
  scheduledAt: Date | null;
  withdrawalReason: string | null;
  rejectionComment: string | null;
  forcePublishReason: string | null;
  lockVersion: number;
  updatedAt: Date;
  lastEditedBy: Person | null;
  /** When lastEditedBy made the last change (updatedAt also moves when it is submitted, published…). */
  lastEditedAt: Date | null;
  /** The languages readers get when this edition is live: the original's first, then each translation they can read. */
  readableLocales: string[];
  submittedBy: Person | null;
  /** The original text. */
  title: string;
  summary: string;
  body: Body;
  /** The photo shown with the document on lists and link previews. */
  leadImageId: string | null;
  /** The policy's view of this edition. */
  subject: EditionSubject;
};

export type WorkspaceDocument = {
  document: {
    id: string;
    kind: DocumentKind;
    slug: string;
    originalLocale: string;
    firstPublishedAt: Date | null;
    /** Interview details as `current` has them (see pendingFields). */
    interviewee: string | null;
    outlet: string | null;
    sourceUrl: string | null;
    createdBy: Person | null;
  };
  /** The edition the page works on: the one in progress, else the live one, else the latest the viewer may see. */
  current: WorkspaceEdition;
  /** The live edition, when it is not `current` (a correction is in progress). */
  live: WorkspaceEditionSummary | null;
  /** Every edition the viewer may see, newest first. */
  editions: WorkspaceEditionSummary[];
  tags: Record<TaxonomyKind, string[]>;
  related: { id: string; title: string; kind: DocumentKind }[];
  /**
   * The fields of `current` that differ from what readers see ("taxonomy.countries", "relatedDocumentIds", "outlet"…):
   * a correction's changes to tags, related documents and interview details wait for its publication. `tags`,
   * `related` and `document`'s interview details show them, as `current` will publish them; empty when none wait.
   */
  pendingFields: string[];
};

const person = { select: { id: true, name: true } } as const;

const summarySelect = {
  id: true,
  number: true,
  state: true,
  publicDate: true,
  createdAt: true,
  publishedAt: true,
  supersededAt: true,
  withdrawnAt: true,
  changeType: true,
  changeNote: true,
  forcePublished: true,
  createdBy: person,
  publishedBy: person,
} as const satisfies Prisma.EditionSelect;

type SummaryRow = Prisma.EditionGetPayload<{ select: typeof summarySelect }>;

function summaryOf(row: SummaryRow): WorkspaceEditionSummary {
  return { ...row, publicDate: optionalCalendarDate(row.publicDate) };
}

function latestTitle(editions: { localizations: { title: string }[] }[]): string {
  return editions[0]?.localizations[0]?.title || "(untitled)";
}

const titleOfDocument = {
  editions: {
    orderBy: { number: "desc" },
    take: 1,
    select: { localizations: { where: { isOriginal: true }, select: { title: true } } },
  },
} as const satisfies Prisma.DocumentSelect;

/**
 * A document as its edition page shows it, or null when it does not exist or the viewer may see none of its
 * editions (the page answers 404 either way, saying nothing about what exists).
 */
export async function loadWorkspaceDocument(user: CurrentUser, documentId: string): Promise<WorkspaceDocument | null> {
  authorize(user, "workspace.access");
  const prisma = await db();
  const document = await prisma.document.findUnique({
    where: { id: documentId },
    select: {
      id: true,
      kind: true,
      slug: true,
      originalLocale: true,
      firstPublishedAt: true,
      interviewee: true,
      outlet: true,
      sourceUrl: true,
      createdBy: person,
      editions: { where: visibleTo(user), orderBy: { number: "desc" }, select: summarySelect },
      people: { select: { personId: true } },
      countries: { select: { countryId: true } },
      organisations: { select: { organisationId: true } },
      topics: { select: { topicId: true } },
      events: { select: { eventId: true } },
      relatedTo: { select: { to: { select: { id: true, kind: true, ...titleOfDocument } } } },
    },
  });
  if (!document || document.editions.length === 0) return null;

  const editions = document.editions.map(summaryOf);
  const inProgress = editions.find((edition) => isIn(IN_PROGRESS, edition.state));
  const liveEdition = editions.find((edition) => isIn(PUBLICLY_VISIBLE, edition.state)) ?? null;
  const currentSummary = inProgress ?? liveEdition ?? editions[0]!;

  const row = await prisma.edition.findUniqueOrThrow({
    where: { id: currentSummary.id },
    select: {
      scheduledAt: true,
      withdrawalReason: true,
      rejectionComment: true,
      forcePublishReason: true,
      lockVersion: true,
      updatedAt: true,
      createdById: true,
      lastEditedById: true,
      lastEditedBy: person,
      lastEditedAt: true,
      submittedBy: person,
      pendingDocumentFields: true,
      leadImageId: true,
      localizations: { where: { isOriginal: true }, select: { title: true, summary: true, body: true } },
    },
  });
  const original = row.localizations[0];
  const readable = await prisma.localization.findMany({
    where: { AND: [{ editionId: currentSummary.id }, publiclyVisibleLocalization] },
    orderBy: [{ isOriginal: "desc" }, { locale: "asc" }],
    select: { locale: true },
  });
  const body = readStoredBody(original?.body ?? []);
  const pending = readPendingDocumentFields(row.pendingDocumentFields);
  const fields = withPending(
    {
      interviewee: document.interviewee,
      outlet: document.outlet,
      sourceUrl: document.sourceUrl,
      taxonomy: {
        people: document.people.map((tag) => tag.personId),
        countries: document.countries.map((tag) => tag.countryId),
        organisations: document.organisations.map((tag) => tag.organisationId),
        topics: document.topics.map((tag) => tag.topicId),
        events: document.events.map((tag) => tag.eventId),
      },
      relatedDocumentIds: document.relatedTo.map(({ to }) => to.id),
    },
    pending,
  );
  // A tag or document deleted since the correction chose it is left out, as publishing will leave it out.
  for (const kind of TAXONOMY_KINDS) {
    if (pending?.taxonomy?.[kind] === undefined) continue;
    const gone = new Set(await unknownTagIds(prisma, kind, fields.taxonomy[kind]));
    fields.taxonomy[kind] = fields.taxonomy[kind].filter((id) => !gone.has(id));
  }
  const pendingRelated = pending?.relatedDocumentIds;
  const related =
    pendingRelated === undefined
      ? document.relatedTo.map(({ to }) => to)
      : await prisma.document
          .findMany({ where: { id: { in: pendingRelated } }, select: { id: true, kind: true, ...titleOfDocument } })
          .then((rows) => pendingRelated.flatMap((id) => rows.filter((row) => row.id === id)));

  const subject = await editionSubject(prisma, {
    id: currentSummary.id,
    documentId,
    state: currentSummary.state,
    createdById: row.createdById,
    lastEditedById: row.lastEditedById,
  });

  return {
    document: {
      id: document.id,
      kind: document.kind,
      slug: document.slug,
      originalLocale: document.originalLocale,
      firstPublishedAt: document.firstPublishedAt,
      interviewee: fields.interviewee,
      outlet: fields.outlet,
      sourceUrl: fields.sourceUrl,
      createdBy: document.createdBy,
    },
    current: {
      ...currentSummary,
      scheduledAt: row.scheduledAt,
      withdrawalReason: row.withdrawalReason,
      rejectionComment: row.rejectionComment,
      forcePublishReason: row.forcePublishReason,
      lockVersion: row.lockVersion,
      updatedAt: row.updatedAt,
      lastEditedBy: row.lastEditedBy,
      lastEditedAt: row.lastEditedAt,
      readableLocales: readable.map((localization) => localization.locale),
      submittedBy: row.submittedBy,
      title: original?.title ?? "",
      summary: original?.summary ?? "",
      body,
      leadImageId: row.leadImageId,
      subject,
    },
    live: liveEdition && liveEdition.id !== currentSummary.id ? liveEdition : null,
    editions,
    tags: fields.taxonomy,
    related: related.map((to) => ({ id: to.id, kind: to.kind, title: latestTitle(to.editions) })),
    pendingFields: pendingFieldNames(pending),
  };
}

export type DocumentChoice = { id: string; title: string; kind: DocumentKind; publicDate: string | null; state: EditionState };

const MAX_CHOICES = 500;

/** Documents that can be related to another (newest first): for the related-documents picker. */
export async function listDocumentChoices(user: CurrentUser, options: { exclude?: string } = {}): Promise<DocumentChoice[]> {
  authorize(user, "workspace.access");
  const editions = await (await db()).edition.findMany({
    where: { AND: [visibleTo(user), WORKING_EDITION, options.exclude ? { documentId: { not: options.exclude } } : {}] },
    orderBy: [{ publicDate: { sort: "desc", nulls: "last" } }, { id: "asc" }],
    take: MAX_CHOICES,
    select: {
      documentId: true,
      state: true,
      publicDate: true,
      document: { select: { kind: true } },
      localizations: { where: { isOriginal: true }, select: { title: true } },
    },
  });
  return editions.map((edition) => ({
    id: edition.documentId,
    title: edition.localizations[0]?.title || "(untitled)",
    kind: edition.document.kind,
    publicDate: optionalCalendarDate(edition.publicDate),
    state: edition.state,
  }));
}
