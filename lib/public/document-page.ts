import "server-only";
import { isValidSlug } from "@/lib/validation/slug";
import { publiclyListed, publiclyVisible, publiclyVisibleLocalization } from "@/lib/auth/policy";
import type { Block } from "@/lib/body/schema";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { formatDateInZone } from "@/lib/i18n/messages";
import { publicTranslationStatus } from "@/lib/translation/public-status";
import type { ParagraphAnchors } from "@/lib/body/paragraph-anchors";
import { cachedRead } from "./cache";
import { newestOf } from "./document-dates";
import { loadParagraphAnchors } from "./paragraph-anchors";
import type { PublicKind } from "./paths";
import {
  localName,
  readableLocalizationSelect,
  readableText,
  readableTitle,
  safeExternalUrl,
  titleLocalizationSelect,
} from "./readable-text";
import { PUBLIC_TAGS } from "./revalidate";
import { leadImageOf, mediaViewsFor } from "@/lib/media/library";
import type { ImageView, MediaViews } from "@/lib/media/media-view";
import { mediaIdsOf, type MediaBaseOf } from "@/lib/media/media-views";
import { optionalCalendarDate } from "@/lib/time/office-time";
import { newestDateFirst } from "./listing-order";

export interface PublicDocument {
  id: string;
  kind: PublicKind;
  slug: string;
  /** The language of the text shown. */
  locale: string;
  originalLocale: string;
  title: string;
  /** Summary of a release, lede of an interview ("" when there is none). */
  summary: string;
  body: Block[];
  /** Numbered paragraph block id → anchor (#p3), the same in every language and through corrections. */
  anchors: ParagraphAnchors;
  /** The photos and files the body shows, in this language (none on a withdrawn page: its files are no longer public). */
  media: MediaViews;
  /** The document's lead image (lists, the article, link previews), in this language; null when none or withdrawn. */
  leadImage: ImageView | null;
  /** The release's own date, YYYY-MM-DD; null when its source showed none (the page then shows no date line). */
  publicDate: string | null;
  /** When the document first went public (ISO instant; null for imported documents never dated). */
  firstPublishedAt: string | null;
  /** When the text shown last changed for readers: the live edition going public, or a later translation (ISO instant). */
  modifiedAt: string | null;
  viewCount: number;
  interviewee: string | null;
  outlet: string | null;
  /** http(s) only. */
  sourceUrl: string | null;
  /**
   * Set when the text shown is a translation: a translation of this document's original (`original` names it, and
   * whether readers can open it here), or an imported text of record that is itself the ministry's unofficial
   * translation of an original this site does not hold (`original` null).
   */
  translation: {
    kind: "OFFICIAL" | "UNOFFICIAL";
    credit: string | null;
    original: { locale: string; available: boolean } | null;
    /** YYYY-MM-DD when the original readers see changed after this translation was made (docs/adr/0004), else null. */
    behindOriginalSince: string | null;
  } | null;
  /** Set when the live edition is withdrawn: the page stays, with the notice, and leaves every list. */
  withdrawal: { date: string | null; reason: string | null } | null;
  /**
   * Major changes, newest first ("Updated 2024-03-02: …"), in the page's language when the note was translated;
   * otherwise the original's note with `noteLocale` naming its language, so the page can say so.
   */
  history: { date: string; note: string; noteLocale?: string }[];
  /** Every language readers can read this document in (this one included), in site order. */
  languages: { locale: string; title: string }[];
  related: RelatedDocument[];
  countries: { code: string; name: string }[];
  topics: { slug: string; name: string }[];
  /** People the document is tagged with (the public API lists them; the page does not). */
  people: { id: string; name: string }[];
}

export interface RelatedDocument {
  kind: PublicKind;
  slug: string;
  /** The language the link leads to: the reader's when the related document has it, else its original. */
  locale: string;
  title: string;
  publicDate: string | null;
}

/**
 * The id of the publicly visible (published or withdrawn) document of this kind with this slug, or null.
 * Tagged with the lists tag: publishing anything revalidates it, so a new slug resolves at once.
 */
export async function resolveDocumentSlug(kind: PublicKind, slug: string): Promise<string | null> {
  // No stored slug breaks the rule; anything else (a NUL byte among it) never reaches the database.
  if (!isValidSlug(slug)) return null;
  const prisma = await db();
  const document = await prisma.document.findFirst({
    where: { slug, kind, editions: { some: publiclyVisible } },
    select: { id: true },
  });
  return document?.id ?? null;
}

const relatedSelect = {
  kind: true,
  slug: true,
  originalLocale: true,
  editions: {
    where: publiclyListed,
    orderBy: { number: "desc" },
    take: 1,
    select: { publicDate: true, localizations: { where: publiclyVisibleLocalization, select: titleLocalizationSelect } },
  },
} as const;

/**
 * The document as readers see it in `locale`, or null when it has no readable version in that language.
 * `preview.editionId` renders that edition instead of the live one, exactly as readers would see it once published:
 * only for lib/preview, after a preview link was checked; its photos and files are served by `preview.mediaBase`'s
 * route, which checks the link again.
 */
export async function loadPublicDocument(
  documentId: string,
  locale: string,
  preview?: { editionId: string; mediaBase: MediaBaseOf },
): Promise<PublicDocument | null> {
  const prisma = await db();
  const document = await prisma.document.findUnique({
    where: { id: documentId },
    select: {
      id: true,
      kind: true,
      slug: true,
      originalLocale: true,
      firstPublishedAt: true,
      viewCount: true,
      interviewee: true,
      outlet: true,
      sourceUrl: true,
      editions: {
        where: preview ? { id: preview.editionId } : publiclyVisible,
        orderBy: { number: "desc" },
        take: 1,
        select: {
          number: true,
          state: true,
          publicDate: true,
          publishedAt: true,
          withdrawnAt: true,
          withdrawalReason: true,
          leadImageId: true,
          localizations: { where: publiclyVisibleLocalization, select: readableLocalizationSelect },
        },
      },
      countries: { select: { country: { select: { code: true, names: true } } } },
      topics: { select: { topic: { select: { slug: true, names: true } } } },
      people: { select: { person: { select: { id: true, names: true } } } },
      relatedTo: { select: { to: { select: relatedSelect } } },
      relatedFrom: { select: { from: { select: relatedSelect } } },
    },
  });
  const edition = document?.editions[0];
  if (!document || !edition) return null;

  const shown = edition.localizations.find((row) => row.locale === locale);
  const text = shown ? readableText(shown) : null;
  if (!shown || !text) return null;

  const anchors = await loadParagraphAnchors(documentId, edition.number);
  const history = await prisma.edition.findMany({
    // Editions up to the live one that went public with a major change note. publishedAt is set only on going live.
    where: { documentId, number: { lte: edition.number }, publishedAt: { not: null }, changeType: "MAJOR", changeNote: { not: null } },
    orderBy: { publishedAt: "desc" },
    select: { publishedAt: true, changeNote: true, localizations: { where: { locale, isOriginal: false }, select: { changeNote: true } } },
  });

  // A translation made from an earlier text of the original says so (the "honest line" of docs/adr/0004).
  const status = shown.isOriginal ? null : await publicTranslationStatus(documentId, locale);
  const timeZone = env().CHANCERY_TIME_ZONE;
  const order = siteOrder();
  // Only a published edition's files are public (lib/media/media-usage.ts): a withdrawn page shows none.
  const showsMedia = preview !== undefined || edition.state === "PUBLISHED";
  const media = showsMedia
    ? await mediaViewsFor([...mediaIdsOf(text.body), ...(edition.leadImageId ? [edition.leadImageId] : [])], locale, preview?.mediaBase)
    : {};
  const languages = edition.localizations
    .filter((row) => env().CHANCERY_LOCALES.includes(row.locale))
    .flatMap((row) => {
      const readable = readableTitle(row);
      return readable ? [{ locale: row.locale, title: readable.title }] : [];
    })
    .sort((a, b) => order(a.locale) - order(b.locale));

  const related = [...document.relatedTo.map((row) => row.to), ...document.relatedFrom.map((row) => row.from)]
    .flatMap((other): RelatedDocument[] => {
      const otherEdition = other.editions[0];
      if (!otherEdition) return [];
      const pick =
        otherEdition.localizations.find((row) => row.locale === locale) ??
        otherEdition.localizations.find((row) => row.isOriginal);
      const readable = pick ? readableTitle(pick) : null;
      if (!pick || !readable) return [];
      return [{ kind: other.kind, slug: other.slug, locale: pick.locale, title: readable.title, publicDate: optionalCalendarDate(otherEdition.publicDate) }];
    })
    .filter((item, index, all) => all.findIndex((other) => other.slug === item.slug) === index)
    .sort((a, b) => newestDateFirst(a.publicDate, b.publicDate));

  return {
    id: document.id,
    kind: document.kind,
    slug: document.slug,
    locale,
    originalLocale: document.originalLocale,
    title: text.title,
    summary: text.summary,
    body: text.body,
    anchors,
    media,
    leadImage: leadImageOf(media, edition.leadImageId),
    publicDate: optionalCalendarDate(edition.publicDate),
    firstPublishedAt: document.firstPublishedAt?.toISOString() ?? null,
    modifiedAt: newestOf([edition.publishedAt?.toISOString(), shown.publishedAt?.toISOString()]),
    viewCount: document.viewCount,
    interviewee: document.interviewee,
    outlet: document.outlet,
    sourceUrl: safeExternalUrl(document.sourceUrl),
    translation: !shown.isOriginal
      ? {
          kind: shown.translationKind ?? "OFFICIAL",
          credit: shown.translatorCredit,
          original: { locale: document.originalLocale, available: edition.localizations.some((row) => row.isOriginal) },
          behindOriginalSince: status?.behind ? status.originalUpdatedOn : null,
        }
      : shown.translationKind === "UNOFFICIAL"
        ? { kind: "UNOFFICIAL", credit: shown.translatorCredit, original: null, behindOriginalSince: null }
        : null,
    withdrawal:
      edition.state === "WITHDRAWN"
        ? { date: edition.withdrawnAt ? formatDateInZone(edition.withdrawnAt, timeZone) : null, reason: edition.withdrawalReason }
        : null,
    history: history.flatMap((row) => {
      if (!row.publishedAt || !row.changeNote) return [];
      const date = formatDateInZone(row.publishedAt, timeZone);
      if (locale === document.originalLocale) return [{ date, note: row.changeNote }];
      const translated = row.localizations[0]?.changeNote;
      return [translated ? { date, note: translated } : { date, note: row.changeNote, noteLocale: document.originalLocale }];
    }),
    languages,
    related,
    countries: document.countries
      .map(({ country }) => ({ code: country.code, name: localName(country.names, locale, country.code) }))
      .sort((a, b) => a.name.localeCompare(b.name, locale)),
    topics: document.topics
      .map(({ topic }) => ({ slug: topic.slug, name: localName(topic.names, locale, topic.slug) }))
      .sort((a, b) => a.name.localeCompare(b.name, locale)),
    people: document.people
      .map(({ person }) => ({ id: person.id, name: localName(person.names, locale, person.id) }))
      .sort((a, b) => a.name.localeCompare(b.name, locale)),
  };
}

function siteOrder(): (locale: string) => number {
  const locales = env().CHANCERY_LOCALES;
  return (locale) => {
    const index = locales.indexOf(locale);
    return index < 0 ? locales.length : index;
  };
}

const cachedSlug = cachedRead("public:slug", resolveDocumentSlug, () => [PUBLIC_TAGS.lists]);
// Also tagged with the lists tag: a page shows other documents' titles (related documents), which change when
// those are published.
const cachedDocument = cachedRead("public:document", loadPublicDocument, (documentId) => [
  PUBLIC_TAGS.document(documentId),
  PUBLIC_TAGS.lists,
]);

/** For pages: the document by kind and slug in `locale`, through the public cache; null → 404. */
export async function getPublicDocument(kind: PublicKind, slug: string, locale: string): Promise<PublicDocument | null> {
  const documentId = await cachedSlug(kind, slug);
  return documentId ? cachedDocument(documentId, locale) : null;
}
