import "server-only";
import { isSiteLocale } from "@/lib/i18n/locales";
import { conditionalResponse, plainTextResponse } from "../http-cache";
import type { FeedFilters, FeedFormat, PublicKind } from "../paths";
import { feedParamsSchema, readParams } from "../request-params";
import { getFeed, type FeedData } from "./feed-data";
import { atomFeed, rssFeed } from "./feed-xml";

const CONTENT_TYPES: Record<FeedFormat, string> = {
  atom: "application/atom+xml; charset=utf-8",
  rss: "application/rss+xml; charset=utf-8",
};

export type FeedLoader = (locale: string, kind: PublicKind | null, filters: FeedFilters) => Promise<FeedData>;

/**
 * The answer to a GET of one feed address: 404 for a language the site does not have, 400 naming a bad parameter,
 * else the feed (or 304). `load` is the cached read in routes, the plain one in tests.
 */
export async function feedResponse(request: Request, locale: string, kind: PublicKind | null, format: FeedFormat, load: FeedLoader = getFeed): Promise<Response> {
  if (!isSiteLocale(locale)) return plainTextResponse(404, `No feed in “${locale}”.`);
  const query = readParams(feedParamsSchema, new URL(request.url).searchParams);
  if (!query.ok) return plainTextResponse(400, query.message);
  const { feed, lastModified } = await load(locale, kind, query.value);
  return conditionalResponse(request, { body: format === "atom" ? atomFeed(feed) : rssFeed(feed), contentType: CONTENT_TYPES[format], lastModified });
}
