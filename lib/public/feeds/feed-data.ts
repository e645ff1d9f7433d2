import "server-only";
import { publiclyVisibleLocalization } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { messages } from "@/lib/i18n/messages";
import { cachedRead } from "../cache";
import { changeDate, latestMajorChanges, latestWithdrawal, newestOf, publishedInstant, syndicatedDocumentSelect, updatedInstant } from "../document-dates";
import { listedWhere } from "../document-lists";
import { LISTING_ORDER } from "../listing-order";
import { documentPath, feedFiltersQuery, feedPath, homePath, listPath, type FeedFilters, type PublicKind } from "../paths";
import { localName, readableTitle, titleLocalizationSelect } from "../readable-text";
import { PUBLIC_TAGS } from "../revalidate";
import { siteOrigin } from "../site";
import type { Feed, FeedEntry } from "./feed-xml";
import { feedMessages } from "./feed-messages";
import { optionalCalendarDate } from "@/lib/time/office-time";

/** Entries in a feed: the newest, as on the list's first pages. */
export const FEED_SIZE = 50;

export interface FeedData {
  feed: Feed;
  /** For Last-Modified: the newest entry's update or the latest withdrawal from this feed (ISO), or null. */
  lastModified: string | null;
}

/**
 * A feed of the documents readers can read in `locale` of this kind (null: both), with the filters' country, topic
 * and person: published editions only (a withdrawn document leaves it), newest first by the release's date. An
 * entry's `updated` moves when a major change note is published, never for a minor change.
 */
export async function loadFeed(locale: string, kind: PublicKind | null, filters: FeedFilters): Promise<FeedData> {
  const prisma = await db();
  const timeZone = env().CHANCERY_TIME_ZONE;
  const origin = siteOrigin();
  const absolute = (path: string) => new URL(path, origin).href;
  const t = messages(locale);
  const words = feedMessages(locale);

  const editions = await prisma.edition.findMany({
    where: listedWhere(kind, locale, filters),
    orderBy: [...LISTING_ORDER, { id: "desc" }],
    take: FEED_SIZE,
    select: {
      publicDate: true,
      document: { select: syndicatedDocumentSelect },
      localizations: { where: { AND: [{ locale }, publiclyVisibleLocalization] }, select: { ...titleLocalizationSelect, publishedAt: true } },
    },
  });
  const changes = await latestMajorChanges(editions.map((edition) => edition.document.id));

  const entries = editions.flatMap((edition): FeedEntry[] => {
    const row = edition.localizations[0];
    const text = row ? readableTitle(row) : null;
    if (!row || !text) return [];
    const { document } = edition;
    const published = publishedInstant(optionalCalendarDate(edition.publicDate), document.firstPublishedAt, timeZone);
    const change = changes.get(document.id);
    const updated = updatedInstant(published, change, row.isOriginal ? null : row.publishedAt);
    return [
      {
        url: absolute(documentPath(locale, document.kind, document.slug)),
        title: text.title,
        summary: text.summary,
        locale,
        published: published.toISOString(),
        updated: updated.toISOString(),
        change: change ? { date: changeDate(change, timeZone), note: change.note } : null,
        changeLine: change ? words.updated(changeDate(change, timeZone), change.note) : null,
        categories: [
          ...document.topics.map(({ topic }) => ({ term: topic.slug, label: localName(topic.names, locale, topic.slug), scheme: absolute(`${homePath(locale)}#topics`) })),
          ...document.countries.map(({ country }) => ({
            term: country.code,
            label: localName(country.names, locale, country.code),
            scheme: absolute(`${homePath(locale)}#countries`),
          })),
        ],
      },
    ];
  });

  const newest = newestOf(entries.map((entry) => entry.updated));
  const lastModified = newestOf([newest, await latestWithdrawal(kind, filters)]);

  const what = kind ? t.kinds[kind].many : words.everything;
  const narrowedBy = await filterNames(locale, filters);
  return {
    feed: {
      locale,
      title: `${narrowedBy.length > 0 ? `${what}: ${narrowedBy.join(", ")}` : what} — ${t.site.ministry}`,
      subtitle: `${what} — ${t.site.ministry}, ${t.site.country}.`,
      listUrl: absolute(kind ? listPath(locale, kind, feedFiltersQuery(filters)) : homePath(locale)),
      atomUrl: absolute(feedPath(locale, kind, "atom", filters)),
      rssUrl: absolute(feedPath(locale, kind, "rss", filters)),
      updated: newest,
      author: { name: t.site.ministry, uri: absolute(homePath(locale)) },
      entries,
    },
    lastModified,
  };
}

/** The names of what the feed is narrowed to, in its language, for its title. */
async function filterNames(locale: string, filters: FeedFilters): Promise<string[]> {
  const prisma = await db();
  const [country, topic, person] = await Promise.all([
    filters.country ? prisma.country.findUnique({ where: { code: filters.country }, select: { names: true } }) : null,
    filters.topic ? prisma.topic.findUnique({ where: { slug: filters.topic }, select: { names: true } }) : null,
    filters.person ? prisma.person.findUnique({ where: { id: filters.person }, select: { names: true } }) : null,
  ]);
  return [
    ...(filters.country ? [localName(country?.names ?? null, locale, filters.country)] : []),
    ...(filters.topic ? [localName(topic?.names ?? null, locale, filters.topic)] : []),
    ...(filters.person && person ? [localName(person.names, locale, filters.person)] : []),
  ];
}

const cachedFeed = cachedRead("public:feed", loadFeed, () => [PUBLIC_TAGS.lists]);

/** For feed routes: through the public cache, revalidated with the lists (every publish, withdrawal, correction). */
export function getFeed(locale: string, kind: PublicKind | null, filters: FeedFilters): Promise<FeedData> {
  return cachedFeed(locale, kind, { country: filters.country, topic: filters.topic, person: filters.person });
}
