import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { publiclyListed, publiclyVisibleLocalization } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { cachedRead } from "./cache";
import { publicDateRange, type ListFilters } from "./list-filters";
import { LISTING_ORDER } from "./listing-order";
import { PAGE_SIZE, pageWindow, type PageWindow } from "./pagination";
import type { PublicKind } from "./paths";
import { localName, readableTitle, titleLocalizationSelect } from "./readable-text";
import { PUBLIC_TAGS } from "./revalidate";
import type { ImageView } from "@/lib/media/media-view";
import { MEDIA_VIEW_SELECT, mediaViewOf } from "@/lib/media/media-views";
import { optionalCalendarDate } from "@/lib/time/office-time";

export interface ListedDocument {
  id: string;
  kind: PublicKind;
  slug: string;
  title: string;
  summary: string;
  /** null: undated (no date line; placed by lib/public/listing-order.ts). */
  publicDate: string | null;
  viewCount: number;
  outlet: string | null;
  /** Set when the listed text is a translation. */
  translationKind: "OFFICIAL" | "UNOFFICIAL" | null;
  /** The language of the listed title: the list's, or the original's when it is not translated into the list's. */
  locale: string;
  /** No version in the list's language yet: the original is listed, marked "not yet translated", linking to it. */
  untranslated: boolean;
  /** The document's lead image, its words in the list's language where translated. */
  leadImage: ImageView | null;
}

export interface DocumentList {
  items: ListedDocument[];
  window: PageWindow;
}

export interface ListFilterOptions {
  /** Newest first: the years some listed document is dated in. */
  years: number[];
  /** Only entries some listed document is tagged with (empty until editors tag). */
  countries: { code: string; name: string }[];
  topics: { slug: string; name: string }[];
}

/** Documents of this kind (null: either) tagged with the filters' country, topic and person. */
export function documentScope(kind: PublicKind | null, filters: Pick<ListFilters, "country" | "topic" | "person">): Prisma.DocumentWhereInput {
  return {
    ...(kind ? { kind } : {}),
    ...(filters.country ? { countries: { some: { country: { code: filters.country } } } } : {}),
    ...(filters.topic ? { topics: { some: { topic: { slug: filters.topic } } } } : {}),
    ...(filters.person ? { people: { some: { personId: filters.person } } } : {}),
  };
}

/**
 * Live, published editions of documents of this kind (null: either) that readers can read in `locale` (with
 * `withUntranslated`, every one: those not translated yet are listed in their original). Lists, feeds and the public
 * API all select through this.
 */
export function listedWhere(
  kind: PublicKind | null,
  locale: string,
  filters: Omit<ListFilters, "page"> = {},
  withUntranslated = false,
): Prisma.EditionWhereInput {
  const range = publicDateRange(filters);
  return {
    AND: [
      publiclyListed,
      ...(withUntranslated ? [] : [{ localizations: { some: { AND: [{ locale }, publiclyVisibleLocalization] } } }]),
      { document: documentScope(kind, filters) },
      ...(range ? [{ publicDate: range }] : []),
    ],
  };
}

/**
 * One page of a list, newest first. A page past the end gives the last page (the window says which). With
 * `withUntranslated`, documents not yet readable in `locale` are listed too, in their original (CHANCERY_SHOW_UNTRANSLATED).
 */
export async function loadDocumentList(
  kind: PublicKind,
  locale: string,
  filters: ListFilters,
  pageSize: number = PAGE_SIZE,
  withUntranslated = false,
): Promise<DocumentList> {
  const prisma = await db();
  const where = listedWhere(kind, locale, filters, withUntranslated);
  const total = await prisma.edition.count({ where });
  const window = pageWindow(total, filters.page, pageSize);
  const editions =
    total === 0
      ? []
      : await prisma.edition.findMany({
          where,
          orderBy: [...LISTING_ORDER, { id: "desc" }],
          skip: window.offset,
          take: window.pageSize,
          select: {
            publicDate: true,
            leadImage: { select: MEDIA_VIEW_SELECT },
            document: { select: { id: true, kind: true, slug: true, viewCount: true, outlet: true } },
            localizations: {
              where: { AND: [withUntranslated ? { OR: [{ locale }, { isOriginal: true }] } : { locale }, publiclyVisibleLocalization] },
              select: titleLocalizationSelect,
            },
          },
        });
  const items = editions.flatMap((edition): ListedDocument[] => {
    const inLocale = edition.localizations.find((candidate) => candidate.locale === locale);
    const row = inLocale && readableTitle(inLocale) ? inLocale : edition.localizations.find((candidate) => candidate.isOriginal);
    const readable = row ? readableTitle(row) : null;
    if (!row || !readable) return [];
    return [
      {
        id: edition.document.id,
        kind: edition.document.kind,
        slug: edition.document.slug,
        title: readable.title,
        summary: readable.summary,
        publicDate: optionalCalendarDate(edition.publicDate),
        viewCount: edition.document.viewCount,
        outlet: edition.document.outlet,
        translationKind: row.translationKind === "UNOFFICIAL" ? "UNOFFICIAL" : row.isOriginal ? null : (row.translationKind ?? "OFFICIAL"),
        locale: row.locale,
        untranslated: row.locale !== locale,
        leadImage: edition.leadImage ? (mediaViewOf(edition.leadImage, locale) as ImageView) : null,
      },
    ];
  });
  return { items, window };
}

/**
 * The years some listed edition is dated in, newest first, so an archive with gaps offers no empty year. One statement
 * whatever the archive's size: the listed editions grouped by public date (a few thousand days at most), folded
 * into years here. The filter options are cached with the lists, so this runs once per change, not per reader.
 */
async function listedYears(where: Prisma.EditionWhereInput): Promise<number[]> {
  const days = await (await db()).edition.groupBy({ by: ["publicDate"], where: { AND: [where, { publicDate: { not: null } }] }, orderBy: { publicDate: "desc" } });
  return [...new Set(days.flatMap((day) => (day.publicDate ? [day.publicDate.getUTCFullYear()] : [])))];
}

/** The values the filter form offers for this list. */
export async function loadListFilterOptions(kind: PublicKind, locale: string, withUntranslated = false): Promise<ListFilterOptions> {
  const prisma = await db();
  const where = listedWhere(kind, locale, {}, withUntranslated);
  const [years, countries, topics] = await Promise.all([
    listedYears(where),
    prisma.country.findMany({
      where: { documents: { some: { document: { editions: { some: where } } } } },
      select: { code: true, names: true },
    }),
    prisma.topic.findMany({
      where: { documents: { some: { document: { editions: { some: where } } } } },
      select: { slug: true, names: true },
    }),
  ]);
  return {
    years,
    countries: countries
      .map((country) => ({ code: country.code, name: localName(country.names, locale, country.code) }))
      .sort((a, b) => a.name.localeCompare(b.name, locale)),
    topics: topics
      .map((topic) => ({ slug: topic.slug, name: localName(topic.names, locale, topic.slug) }))
      .sort((a, b) => a.name.localeCompare(b.name, locale)),
  };
}

const cachedList = cachedRead("public:list", loadDocumentList, () => [PUBLIC_TAGS.lists]);
const cachedFilterOptions = cachedRead("public:list-filters", loadListFilterOptions, () => [PUBLIC_TAGS.lists]);

/** For pages: one page of a list through the public cache. */
export function getDocumentList(kind: PublicKind, locale: string, filters: ListFilters): Promise<DocumentList> {
  // A fixed key order, so equal filters share a cache entry.
  const key: ListFilters = { page: filters.page, year: filters.year, month: filters.month, country: filters.country, topic: filters.topic, person: filters.person };
  return cachedList(kind, locale, key, PAGE_SIZE, env().CHANCERY_SHOW_UNTRANSLATED);
}

export function getListFilterOptions(kind: PublicKind, locale: string): Promise<ListFilterOptions> {
  return cachedFilterOptions(kind, locale, env().CHANCERY_SHOW_UNTRANSLATED);
}

/** For the home page: the newest `count` documents of a kind. */
export async function getLatestDocuments(kind: PublicKind, locale: string, count: number): Promise<ListedDocument[]> {
  return (await cachedList(kind, locale, { page: 1 }, count, env().CHANCERY_SHOW_UNTRANSLATED)).items;
}
