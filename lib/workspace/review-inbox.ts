import "server-only";
import { z } from "zod";
import type { DocumentKind } from "@/lib/db/generated/enums";
import { db } from "@/lib/db";
import { authorize, explain, translatable, type EditionSubject, type PolicyUser, type TranslationSubject } from "@/lib/auth/policy";
import { latestEventsOf } from "@/lib/audit/latest-events";
import { readSearchParams, type SearchParams } from "@/lib/validation/search-params";

/*
 * "Awaiting review": every submitted edition and every submitted translation in one list, oldest submission first,
 * for whoever reviews (review.inbox). Each item says whether this person may publish it now and, when not, why (the
 * second pair of eyes), so nothing submitted is hidden from reviewers because one of them cannot act on it.
 */

export const REVIEW_AGES = { any: 0, "1d": 1, "3d": 3, "7d": 7 } as const;
export type ReviewAge = keyof typeof REVIEW_AGES;

export type ReviewFilter = {
  /** Editions, translations or both. */
  what: "all" | "editions" | "translations";
  kind: DocumentKind | null;
  /** The edition's original language, or the translation's language. */
  locale: string | null;
  /** Who submitted it (user id). */
  submittedBy: string | null;
  /** Waiting at least this long. */
  age: ReviewAge;
};

export type ReviewItem = {
  key: string;
  type: "edition" | "translation";
  documentId: string;
  editionId: string;
  editionNumber: number;
  kind: DocumentKind;
  /** The original's title (a translation's own title is shown beside it). */
  title: string;
  translatedTitle: string | null;
  locale: string;
  originalLocale: string;
  href: string;
  submittedAt: Date;
  submittedBy: { id: string; name: string } | null;
  /** Null when this person may publish it now; otherwise the reason they may not. */
  blockedBy: string | null;
};

export type ReviewInbox = {
  filter: ReviewFilter;
  items: ReviewItem[];
  /** Everything awaiting review, before the filter. */
  total: number;
  /** For the filter's lists: who submitted what is waiting, and its languages. */
  submitters: Array<{ id: string; name: string }>;
  locales: string[];
};

const READ_LIMIT = 500;
const DAY = 24 * 60 * 60 * 1000;

const trimmed = z.string().trim().catch("");
const reviewQuerySchema = z.object({ what: trimmed, kind: trimmed, age: trimmed, locale: trimmed, who: trimmed });

/** Reads the filter from the page's query string; anything unknown means "no filter" rather than an error. */
export function parseReviewFilter(params: SearchParams): ReviewFilter {
  const { what, kind, age, locale, who: submittedBy } = readSearchParams(params, reviewQuerySchema);
  return {
    what: what === "editions" || what === "translations" ? what : "all",
    kind: kind === "PRESS_RELEASE" || kind === "INTERVIEW" ? kind : null,
    locale: /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/.test(locale) ? locale : null,
    submittedBy: /^[A-Za-z0-9_-]{1,64}$/.test(submittedBy) ? submittedBy : null,
    age: age in REVIEW_AGES ? (age as ReviewAge) : "any",
  };
}

function reasonOf(decision: ReturnType<typeof explain>): string | null {
  return decision.allowed ? null : decision.reason;
}

/** Everything awaiting review, whatever the filter; the dashboard and the inbox page both read it. */
export async function listAwaitingReview(user: PolicyUser): Promise<ReviewItem[]> {
  authorize(user, "review.inbox");
  const prisma = await db();
  const [editions, translations] = await Promise.all([
    prisma.edition.findMany({
      where: { state: "SUBMITTED" },
      orderBy: { updatedAt: "asc" },
      take: READ_LIMIT,
      select: {
        id: true,
        number: true,
        state: true,
        updatedAt: true,
        createdById: true,
        lastEditedById: true,
        documentId: true,
        document: { select: { kind: true, originalLocale: true } },
        submittedBy: { select: { id: true, name: true } },
        localizations: { where: { isOriginal: true }, select: { title: true } },
      },
    }),
    prisma.localization.findMany({
      where: { isOriginal: false, translationState: "SUBMITTED", edition: translatable },
      orderBy: { updatedAt: "asc" },
      take: READ_LIMIT,
      select: {
        id: true,
        locale: true,
        title: true,
        updatedAt: true,
        translator: { select: { id: true, name: true } },
        edition: {
          select: {
            id: true,
            number: true,
            state: true,
            documentId: true,
            document: { select: { kind: true, originalLocale: true } },
            localizations: { where: { isOriginal: true }, select: { title: true } },
          },
        },
      },
    }),
  ]);
  const [editionSubmissions, translationSubmissions] = await Promise.all([
    latestEventsOf("edition.submit", editions.map((edition) => edition.id)),
    latestEventsOf("translation.submit", translations.map((translation) => translation.id)),
  ]);

  const items: ReviewItem[] = [
    ...editions.map((edition): ReviewItem => {
      const submission = editionSubmissions.get(edition.id);
      const subject: EditionSubject = {
        type: "edition",
        state: edition.state,
        createdById: edition.createdById,
        lastEditedById: edition.lastEditedById,
        hasEditionInProgress: false,
      };
      return {
        key: `edition-${edition.id}`,
        type: "edition",
        documentId: edition.documentId,
        editionId: edition.id,
        editionNumber: edition.number,
        kind: edition.document.kind,
        title: edition.localizations[0]?.title || "(untitled)",
        translatedTitle: null,
        locale: edition.document.originalLocale,
        originalLocale: edition.document.originalLocale,
        href: `/workspace/documents/${edition.documentId}`,
        submittedAt: submission?.at ?? edition.updatedAt,
        submittedBy: submission?.by ?? edition.submittedBy,
        blockedBy: reasonOf(explain(user, "edition.publish", subject)),
      };
    }),
    ...translations.map((translation): ReviewItem => {
        const { edition } = translation;
        const submission = translationSubmissions.get(translation.id);
        const subject: TranslationSubject = {
          type: "translation",
          locale: translation.locale,
          originalLocale: edition.document.originalLocale,
          state: "SUBMITTED",
          editionState: edition.state,
        };
        return {
          key: `translation-${translation.id}`,
          type: "translation",
          documentId: edition.documentId,
          editionId: edition.id,
          editionNumber: edition.number,
          kind: edition.document.kind,
          title: edition.localizations[0]?.title || "(untitled)",
          translatedTitle: translation.title || null,
          locale: translation.locale,
          originalLocale: edition.document.originalLocale,
          href: `/workspace/documents/${edition.documentId}/translate/${encodeURIComponent(translation.locale)}`,
          submittedAt: submission?.at ?? translation.updatedAt,
          submittedBy: submission?.by ?? translation.translator,
          blockedBy: reasonOf(explain(user, "translation.publish", subject)),
        };
      }),
  ];
  return items.sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime() || a.key.localeCompare(b.key));
}

export function filterReviewItems(items: readonly ReviewItem[], filter: ReviewFilter, now: Date = new Date()): ReviewItem[] {
  const olderThan = now.getTime() - REVIEW_AGES[filter.age] * DAY;
  return items.filter(
    (item) =>
      (filter.what === "all" || (filter.what === "editions") === (item.type === "edition")) &&
      (filter.kind === null || item.kind === filter.kind) &&
      (filter.locale === null || item.locale === filter.locale) &&
      (filter.submittedBy === null || item.submittedBy?.id === filter.submittedBy) &&
      (filter.age === "any" || item.submittedAt.getTime() <= olderThan),
  );
}

/** The inbox page: the filtered list, and what the filter can offer. */
export async function loadReviewInbox(user: PolicyUser, filter: ReviewFilter, now: Date = new Date()): Promise<ReviewInbox> {
  const all = await listAwaitingReview(user);
  const submitters = new Map<string, { id: string; name: string }>();
  for (const item of all) if (item.submittedBy) submitters.set(item.submittedBy.id, item.submittedBy);
  return {
    filter,
    items: filterReviewItems(all, filter, now),
    total: all.length,
    submitters: [...submitters.values()].sort((a, b) => a.name.localeCompare(b.name)),
    locales: [...new Set(all.map((item) => item.locale))].sort(),
  };
}
