import "server-only";
import type { DocumentKind, EditionState, TranslationState } from "@/lib/db/generated/enums";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { authorize, can, publiclyListed, translatable as translatableEditions, visibleTo, type EditionSubject, type TranslationSubject } from "@/lib/auth/policy";
import { listForcePublications, type ForcePublication } from "@/lib/editions/force-publication-history";
import { listAwaitingReview, type ReviewItem } from "./review-inbox";
import { latestEventsOf } from "@/lib/audit/latest-events";
import { listOpenRetrospectiveReviews, type OpenRetrospectiveReview } from "@/lib/editorial/retrospective-review";

/*
 * The workspace's first page: what is waiting for this person. Which panels appear, and which editions each lists,
 * is the policy's answer for this person (an editor sees what they may publish; a translator, what they may
 * translate), never a role comparison here.
 */

export type DashboardEdition = {
  editionId: string;
  documentId: string;
  kind: DocumentKind;
  title: string;
  state: EditionState;
  number: number;
  updatedAt: Date;
  publishedAt: Date | null;
  lastEditedBy: string | null;
  /** When lastEditedBy made the last change (updatedAt also moves on submitting). */
  lastEditedAt: Date | null;
  /** A draft an editor sent back, with their comment (until it is submitted again); null otherwise. */
  sentBack: { comment: string; by: string | null; at: Date | null } | null;
};

export type DashboardTranslation = DashboardEdition & { locale: string; translationState: TranslationState };

export type Dashboard = {
  /** Drafts this person started or last changed; null when they do not write. */
  myDrafts: DashboardEdition[] | null;
  /** Their drafts an editor sent back with a comment, newest first; null when they do not write. */
  sentBack: DashboardEdition[] | null;
  /** Their own editions submitted and waiting for an editor; null when they do not write. */
  mySubmitted: DashboardEdition[] | null;
  /**
   * Submitted editions and translations this person may publish now (for editions: someone else made the last
   * change), oldest submission first; null when they do not review. The inbox lists the rest too.
   */
  awaitingReview: ReviewItem[] | null;
  /** Everything awaiting review, whoever may publish it (the inbox's count). */
  awaitingReviewTotal: number;
  /** Translations into this person's languages that are not yet submitted; null when they do not translate. */
  translationsToDo: DashboardTranslation[] | null;
  recentlyPublished: DashboardEdition[];
  /** Force publications waiting for another editor's retrospective review, soonest due first; null for non-reviewers. */
  retrospectiveReviews: OpenRetrospectiveReview[] | null;
  /** Published past review, with the reason given; null for those who may not force publish. */
  forcePublished: ForcePublication[] | null;
};

const LIMIT = 10;

const EDITION_SELECT = {
  id: true,
  documentId: true,
  number: true,
  state: true,
  updatedAt: true,
  publishedAt: true,
  createdById: true,
  lastEditedById: true,
  rejectionComment: true,
  document: { select: { kind: true, originalLocale: true } },
  localizations: { select: { locale: true, isOriginal: true, title: true, translationState: true } },
  lastEditedBy: { select: { name: true } },
  lastEditedAt: true,
} as const;

type EditionRow = {
  id: string;
  documentId: string;
  number: number;
  state: EditionState;
  updatedAt: Date;
  publishedAt: Date | null;
  createdById: string | null;
  lastEditedById: string | null;
  rejectionComment: string | null;
  document: { kind: DocumentKind; originalLocale: string };
  localizations: Array<{ locale: string; isOriginal: boolean; title: string; translationState: TranslationState | null }>;
  lastEditedBy: { name: string } | null;
  lastEditedAt: Date | null;
};

type Rejection = { by: string | null; at: Date };

function summary(row: EditionRow, rejections: ReadonlyMap<string, Rejection> = new Map()): DashboardEdition {
  const original = row.localizations.find((localization) => localization.isOriginal) ?? row.localizations[0];
  return {
    editionId: row.id,
    documentId: row.documentId,
    kind: row.document.kind,
    title: original?.title || "(untitled)",
    state: row.state,
    number: row.number,
    updatedAt: row.updatedAt,
    publishedAt: row.publishedAt,
    lastEditedBy: row.lastEditedBy?.name ?? null,
    lastEditedAt: row.lastEditedAt,
    sentBack:
      row.state === "DRAFT" && row.rejectionComment
        ? { comment: row.rejectionComment, by: rejections.get(row.id)?.by ?? null, at: rejections.get(row.id)?.at ?? null }
        : null,
  };
}

/** "Could this person ever do it?": the policy asked about a typical edition nobody in particular touched. */
function untouched(state: EditionState): EditionSubject {
  return { type: "edition", state, createdById: null, lastEditedById: null, hasEditionInProgress: false };
}

export async function loadDashboard(user: CurrentUser): Promise<Dashboard> {
  authorize(user, "workspace.access");
  const prisma = await db();
  const writes = can(user, "document.create");
  const reviews = can(user, "review.inbox");
  const translates = user.translatorLocales.length > 0;
  const forces = can(user, "edition.forcePublish", untouched("DRAFT"));

  const [myDrafts, mySubmitted, submitted, translatable, published, forcePublished] = await Promise.all([
    writes
      ? prisma.edition.findMany({
          where: { state: "DRAFT", OR: [{ createdById: user.id }, { lastEditedById: user.id }] },
          select: EDITION_SELECT,
          orderBy: { updatedAt: "desc" },
          take: LIMIT,
        })
      : null,
    writes
      ? prisma.edition.findMany({ where: { state: "SUBMITTED", createdById: user.id }, select: EDITION_SELECT, orderBy: { updatedAt: "desc" }, take: LIMIT })
      : null,
    reviews ? listAwaitingReview(user) : null,
    translates
      ? prisma.edition.findMany({
          where: { AND: [visibleTo(user), translatableEditions] },
          select: EDITION_SELECT,
          orderBy: { updatedAt: "desc" },
          take: 100,
        })
      : null,
    prisma.edition.findMany({ where: { AND: [visibleTo(user), publiclyListed] }, select: EDITION_SELECT, orderBy: { publishedAt: "desc" }, take: LIMIT }),
    forces ? listForcePublications(user, { limit: LIMIT }) : null,
  ]);
  const retrospectiveReviews = await listOpenRetrospectiveReviews(user);

  const rejected = await latestEventsOf("edition.reject", (myDrafts ?? []).filter((row) => row.rejectionComment).map((row) => row.id));
  const rejections = new Map([...rejected].map(([id, event]) => [id, { by: event.by?.name ?? event.byEmail, at: event.at }]));
  const drafts = myDrafts?.map((row) => summary(row, rejections)) ?? null;
  return {
    myDrafts: drafts,
    sentBack: drafts?.filter((item) => item.sentBack !== null) ?? null,
    mySubmitted: mySubmitted?.map((row) => summary(row)) ?? null,
    awaitingReview: submitted?.filter((item) => item.blockedBy === null).slice(0, LIMIT) ?? null,
    awaitingReviewTotal: submitted?.length ?? 0,
    translationsToDo: translatable ? translationsFor(user, translatable).slice(0, LIMIT) : null,
    recentlyPublished: published.map((row) => summary(row)),
    forcePublished,
    retrospectiveReviews,
  };
}

function translationsFor(user: CurrentUser, rows: EditionRow[]): DashboardTranslation[] {
  return rows.flatMap((row) =>
    user.translatorLocales.flatMap((locale) => {
      const translationState = row.localizations.find((localization) => localization.locale === locale)?.translationState ?? "NOT_STARTED";
      if (translationState !== "NOT_STARTED" && translationState !== "IN_PROGRESS") return [];
      const subject: TranslationSubject = { type: "translation", locale, originalLocale: row.document.originalLocale, state: translationState, editionState: row.state };
      return can(user, "translation.edit", subject) ? [{ ...summary(row), locale, translationState }] : [];
    }),
  );
}
