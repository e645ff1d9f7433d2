import type { FeedMessages } from "@/lib/public/feeds/feed-messages";

/** The visible way to the feeds of what a page lists (the same addresses as its `<link rel="alternate">`). */
export function FeedLinks({ atomHref, rssHref, messages: t }: { atomHref: string; rssHref: string; messages: FeedMessages }) {
  return (
    <p className="no-print mt-6 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-muted" data-feed-links="">
      <span>{t.follow}:</span>
      <a href={atomHref} type="application/atom+xml" className="text-brand underline underline-offset-2">
        {t.atom}
      </a>
      <span aria-hidden="true">·</span>
      <a href={rssHref} type="application/rss+xml" className="text-brand underline underline-offset-2">
        {t.rss}
      </a>
    </p>
  );
}
