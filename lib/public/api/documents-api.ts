import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { publiclyVisible, publiclyVisibleLocalization } from "@/lib/auth/policy";
import { deriveNumbers } from "@/lib/body/structure";
import { paragraphAnchorId } from "@/lib/body/paragraph-anchors";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { cachedRead } from "../cache";
import { latestMajorChanges, latestWithdrawal, newestOf, publishedInstant, syndicatedDocumentSelect, updatedInstant } from "../document-dates";
import { listedWhere } from "../document-lists";
import { LISTING_ORDER } from "../listing-order";
import { loadPublicDocument, type PublicDocument } from "../document-page";
import { apiDocumentPath, documentPath, type FeedFilters, type PublicKind } from "../paths";
import { localName, readableTitle, titleLocalizationSelect } from "../readable-text";
import { PUBLIC_TAGS } from "../revalidate";
import { siteOrigin } from "../site";
import { MEDIA_VIEW_SELECT, mediaViewOf } from "@/lib/media/media-views";
import { apiAttachment, apiImage } from "./api-media";
import { apiKindOf, type ApiDocument, type ApiDocumentSummary } from "./api-schemas";
import type { ListPosition } from "./cursor";
import { optionalCalendarDate } from "@/lib/time/office-time";

export interface ApiListQuery {
  locale: string;
  kind: PublicKind | null;
  filters: FeedFilters;
  /** ISO instant: only documents published, corrected or translated into `locale` since. */
  since: string | null;
  after: ListPosition | null;
  limit: number;
}

export interface ApiListResult {
  items: ApiDocumentSummary[];
  /** Where the next page starts; null on the last page. */
  next: ListPosition | null;
  /** Newest change among the items, or withdrawal from this scope (ISO), for Last-Modified. */
  lastModified: string | null;
}

async function loadSummaries(where: Prisma.EditionWhereInput, locale: string, take: number): Promise<{ summary: ApiDocumentSummary; position: ListPosition }[]> {
  const prisma = await db();
  const editions = await prisma.edition.findMany({
    where,
    orderBy: [...LISTING_ORDER, { documentId: "desc" }],
    take,
    select: {
      publicDate: true,
      publishedAt: true,
      state: true,
      leadImage: { select: MEDIA_VIEW_SELECT },
      document: { select: syndicatedDocumentSelect },
      localizations: { where: { AND: [{ locale }, publiclyVisibleLocalization] }, select: { ...titleLocalizationSelect, publishedAt: true } },
    },
  });
  const changes = await latestMajorChanges(editions.map((edition) => edition.document.id));
  const timeZone = env().CHANCERY_TIME_ZONE;
  const origin = siteOrigin();
  return editions.flatMap((edition) => {
    const row = edition.localizations[0];
    const text = row ? readableTitle(row) : null;
    if (!row || !text) return [];
    const { document } = edition;
    const publicDate = optionalCalendarDate(edition.publicDate);
    const published = publishedInstant(publicDate, document.firstPublishedAt, timeZone, edition.publishedAt);
    const updated = updatedInstant(published, changes.get(document.id), row.isOriginal ? null : row.publishedAt);
    const translationKind = row.translationKind === "UNOFFICIAL" ? "unofficial" : row.isOriginal ? null : "official";
    // Only a published edition's files are public (lib/media/media-usage.ts): a withdrawn document names none.
    const leadImage = edition.state === "PUBLISHED" && edition.leadImage ? mediaViewOf(edition.leadImage, locale) : null;
    const summary: ApiDocumentSummary = {
      slug: document.slug,
      kind: apiKindOf(document.kind),
      locale,
      originalLocale: document.originalLocale,
      title: text.title,
      summary: text.summary,
      publicDate,
      publishedAt: published.toISOString(),
      updatedAt: updated.toISOString(),
      translation: translationKind ? { kind: translationKind } : null,
      url: new URL(documentPath(locale, document.kind, document.slug), origin).href,
      apiUrl: new URL(apiDocumentPath(document.slug, locale), origin).href,
      countries: document.countries
        .map(({ country }) => ({ code: country.code, name: localName(country.names, locale, country.code) }))
        .sort((a, b) => a.code.localeCompare(b.code)),
      topics: document.topics.map(({ topic }) => ({ slug: topic.slug, name: localName(topic.names, locale, topic.slug) })).sort((a, b) => a.slug.localeCompare(b.slug)),
      people: document.people.map(({ person }) => ({ id: person.id, name: localName(person.names, locale, person.id) })).sort((a, b) => a.id.localeCompare(b.id)),
      leadImage: leadImage?.kind === "image" ? apiImage(leadImage, origin) : null,
    };
    const position = { publicDate, publishedAt: (edition.publishedAt ?? new Date(0)).toISOString(), documentId: document.id };
    return [{ summary, position }];
  });
}

/** The editions after `position` in LISTING_ORDER then document id (undated editions come after every dated one). */
function after(position: ListPosition): Prisma.EditionWhereInput {
  const publishedAt = new Date(position.publishedAt);
  const sameDate: Prisma.EditionWhereInput = {
    publicDate: position.publicDate === null ? null : new Date(`${position.publicDate}T00:00:00Z`),
    OR: [{ publishedAt: { lt: publishedAt } }, { publishedAt, documentId: { lt: position.documentId } }],
  };
  if (position.publicDate === null) return sameDate;
  return { OR: [{ publicDate: { lt: new Date(`${position.publicDate}T00:00:00Z`) } }, { publicDate: null }, sameDate] };
}

/** One page of the documents listed in `locale` (published, not withdrawn), newest first. */
export async function loadApiDocumentList(query: ApiListQuery): Promise<ApiListResult> {
  const since = query.since ? new Date(query.since) : null;
  const where: Prisma.EditionWhereInput = {
    AND: [
      listedWhere(query.kind, query.locale, query.filters),
      ...(since
        ? [{ OR: [{ publishedAt: { gte: since } }, { localizations: { some: { locale: query.locale, isOriginal: false, publishedAt: { gte: since } } } }] }]
        : []),
      ...(query.after ? [after(query.after)] : []),
    ],
  };
  const rows = await loadSummaries(where, query.locale, query.limit + 1);
  const page = rows.slice(0, query.limit);
  const withdrawnAt = await latestWithdrawal(query.kind, query.filters);
  return {
    items: page.map((row) => row.summary),
    next: rows.length > query.limit ? (page.at(-1)?.position ?? null) : null,
    lastModified: newestOf([...page.map((row) => row.summary.updatedAt), withdrawnAt]),
  };
}

/** The publicly visible document with this slug, of either kind, or null. */
async function resolveSlug(slug: string): Promise<{ id: string; kind: PublicKind; originalLocale: string } | null> {
  return (await db()).document.findFirst({ where: { slug, editions: { some: publiclyVisible } }, select: { id: true, kind: true, originalLocale: true } });
}

export type ApiDocumentResult =
  | { found: true; document: ApiDocument; lastModified: string | null }
  | { found: false; reason: "unknown" | "language"; languages: string[] };

/**
 * The document as its page shows it in `locale` (default: its original language), body as blocks with each numbered
 * paragraph's number and anchor. Publicly visible only: published, or withdrawn with its notice, as on the page.
 */
export async function loadApiDocument(slug: string, requestedLocale: string | null): Promise<ApiDocumentResult> {
  const resolved = await resolveSlug(slug);
  if (!resolved) return { found: false, reason: "unknown", languages: [] };
  const locale = requestedLocale ?? resolved.originalLocale;
  const page = await loadPublicDocument(resolved.id, locale);
  const [row] = page
    ? await loadSummaries({ AND: [publiclyVisible, { documentId: resolved.id }, { localizations: { some: { AND: [{ locale }, publiclyVisibleLocalization] } } }] }, locale, 1)
    : [];
  if (!page || !row) {
    const other = await loadPublicDocument(resolved.id, resolved.originalLocale);
    return { found: false, reason: "language", languages: other?.languages.map((language) => language.locale) ?? [] };
  }
  return { found: true, document: apiDocument(page, row.summary), lastModified: newestOf([row.summary.updatedAt, page.modifiedAt, withdrawnInstant(page)]) };
}

function withdrawnInstant(page: PublicDocument): string | null {
  return page.withdrawal?.date ? new Date(`${page.withdrawal.date}T00:00:00Z`).toISOString() : null;
}

function apiDocument(page: PublicDocument, summary: ApiDocumentSummary): ApiDocument {
  const numbers = deriveNumbers(page.body);
  const origin = siteOrigin();
  return {
    ...summary,
    // A photo or file readers may not fetch (a withdrawn page's) is not in page.media, and its block is left out.
    body: page.body.flatMap((block): ApiDocument["body"] => {
      if (block.kind === "image" || block.kind === "attachment") {
        const view = page.media[block.mediaId];
        const { mediaId: _mediaId, ...rest } = block;
        if (block.kind === "image" && view?.kind === "image") return [{ ...rest, kind: "image", image: apiImage(view, origin) }];
        if (block.kind === "attachment" && view?.kind === "document") return [{ ...rest, kind: "attachment", attachment: apiAttachment(view, origin) }];
        return [];
      }
      return [
        block.kind === "numbered"
          ? {
              ...block,
              number: numbers.get(block.id) ?? 0,
              anchor: page.anchors[block.id] !== undefined ? paragraphAnchorId(page.anchors[block.id]!) : `b-${block.id}`,
            }
          : block,
      ];
    }),
    languages: page.languages.map((language) => ({ ...language, apiUrl: new URL(apiDocumentPath(page.slug, language.locale), origin).href })),
    history: page.history,
    withdrawal: page.withdrawal,
    interviewee: page.interviewee,
    outlet: page.outlet,
    sourceUrl: page.sourceUrl,
  };
}

const cachedList = cachedRead("public:api-list", loadApiDocumentList, () => [PUBLIC_TAGS.lists]);
// Tagged with the lists: revalidateDocument purges that tag with every change to any document.
const cachedDocument = cachedRead("public:api-document", loadApiDocument, () => [PUBLIC_TAGS.lists]);

export function getApiDocumentList(query: ApiListQuery): Promise<ApiListResult> {
  return cachedList(query);
}

export function getApiDocument(slug: string, locale: string | null): Promise<ApiDocumentResult> {
  return cachedDocument(slug, locale);
}
