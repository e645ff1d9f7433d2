// Atom 1.0 (RFC 4287) and RSS 2.0 documents of one feed. Pure: the data comes from ./feed-data.ts.
import { element, emptyElement, escapeXml } from "./xml";

export interface FeedEntry {
  /** The document's page in the feed's language (absolute); also the entry's permanent id. */
  url: string;
  title: string;
  summary: string;
  /** The text's language (a feed holds only texts in its own). */
  locale: string;
  /** ISO instants. `updated` moves only when a major change note (or a translation) is published. */
  published: string;
  updated: string;
  /** The latest major change, as the page's history shows it. */
  change: { date: string; note: string } | null;
  /** "Updated 2024-03-02: …", in the feed's language. */
  changeLine: string | null;
  categories: { term: string; label: string; scheme: string }[];
}

export interface Feed {
  locale: string;
  title: string;
  subtitle: string;
  /** The HTML list this feed follows (absolute). */
  listUrl: string;
  /** This feed's own address in each format (absolute). */
  atomUrl: string;
  rssUrl: string;
  /** The newest entry's `updated` (ISO), or null for a feed with no entries. */
  updated: string | null;
  author: { name: string; uri: string };
  entries: FeedEntry[];
}

/** When a feed has no entries yet: Atom requires an `updated`, and nothing in it ever changed. */
const EMPTY_FEED_UPDATED = new Date(0).toISOString();

/** The entry's text as a feed reader shows it: the summary, then the latest change note. HTML made from text only. */
function entryHtml(entry: FeedEntry): string {
  const paragraphs = [entry.summary, entry.changeLine ?? ""].filter((text) => text !== "");
  return paragraphs.map((text) => `<p>${escapeXml(text)}</p>`).join("");
}

export function atomFeed(feed: Feed): string {
  const lines = [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.locale)}">`,
    element("id", feed.atomUrl),
    element("title", feed.title),
    element("subtitle", feed.subtitle),
    element("updated", feed.updated ?? EMPTY_FEED_UPDATED),
    emptyElement("link", { rel: "self", type: "application/atom+xml", href: feed.atomUrl }),
    emptyElement("link", { rel: "alternate", type: "text/html", hreflang: feed.locale, href: feed.listUrl }),
    emptyElement("link", { rel: "alternate", type: "application/rss+xml", href: feed.rssUrl }),
    `<author>${element("name", feed.author.name)}${element("uri", feed.author.uri)}</author>`,
    element("generator", "Chancery"),
    ...feed.entries.map((entry) =>
      [
        `<entry xml:lang="${escapeXml(entry.locale)}">`,
        element("id", entry.url),
        element("title", entry.title, { type: "text" }),
        emptyElement("link", { rel: "alternate", type: "text/html", hreflang: entry.locale, href: entry.url }),
        element("published", entry.published),
        element("updated", entry.updated),
        ...(entry.summary ? [element("summary", entry.summary, { type: "text" })] : []),
        element("content", entryHtml(entry), { type: "html" }),
        ...entry.categories.map((category) => emptyElement("category", { term: category.term, label: category.label, scheme: category.scheme })),
        `</entry>`,
      ].join(""),
    ),
    `</feed>`,
  ];
  return `${lines.join("\n")}\n`;
}

/** RFC 822 dates, as RSS 2.0 wants them ("Tue, 03 Dec 2026 06:20:00 GMT"). */
function rfc822(iso: string): string {
  return new Date(iso).toUTCString();
}

export function rssFeed(feed: Feed): string {
  const lines = [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">`,
    `<channel>`,
    element("title", feed.title),
    element("link", feed.listUrl),
    element("description", feed.subtitle),
    element("language", feed.locale),
    element("lastBuildDate", rfc822(feed.updated ?? EMPTY_FEED_UPDATED)),
    element("generator", "Chancery"),
    emptyElement("atom:link", { rel: "self", type: "application/rss+xml", href: feed.rssUrl }),
    ...feed.entries.map((entry) =>
      [
        `<item>`,
        element("title", entry.title),
        element("link", entry.url),
        element("guid", entry.url, { isPermaLink: "true" }),
        element("pubDate", rfc822(entry.published)),
        // RSS has no "updated"; Atom's element says when a major change was published.
        element("atom:updated", entry.updated),
        element("description", entryHtml(entry)),
        ...entry.categories.map((category) => element("category", category.label, { domain: category.scheme })),
        `</item>`,
      ].join(""),
    ),
    `</channel>`,
    `</rss>`,
  ];
  return `${lines.join("\n")}\n`;
}
