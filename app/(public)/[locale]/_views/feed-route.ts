import { isSiteLocale } from "@/lib/i18n/locales";
import { conditionalResponse } from "@/lib/public/http-cache";
import { getFeed } from "@/lib/public/feeds/feed-data";
import { atomFeed, rssFeed } from "@/lib/public/feeds/feed-xml";
import type { FeedFormat, PublicKind } from "@/lib/public/paths";
import { feedParamsSchema, readParams } from "@/lib/public/request-params";

const CONTENT_TYPES: Record<FeedFormat, string> = {
  atom: "application/atom+xml; charset=utf-8",
  rss: "application/rss+xml; charset=utf-8",
};

function plain(status: number, message: string): Response {
  return new Response(`${message}\n`, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

/** The GET handler of one feed address (`/en/press-releases/feed.atom`…): the data is cached with the lists. */
export function feedRoute(kind: PublicKind | null, format: FeedFormat) {
  return async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }): Promise<Response> {
    const { locale } = await params;
    if (!isSiteLocale(locale)) return plain(404, `No feed in “${locale}”.`);
    const query = readParams(feedParamsSchema, new URL(request.url).searchParams);
    if (!query.ok) return plain(400, query.message);
    const { feed, lastModified } = await getFeed(locale, kind, query.value);
    return conditionalResponse(request, {
      body: format === "atom" ? atomFeed(feed) : rssFeed(feed),
      contentType: CONTENT_TYPES[format],
      lastModified,
    });
  };
}
