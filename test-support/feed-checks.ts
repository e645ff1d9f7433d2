// Reading feeds and sitemaps in tests the way their consumers do: well-formed XML (fast-xml-parser's validator),
// the elements the formats require, then a real feed reader's parser (@rowanmanning/feed-parser).
import { parseFeed } from "@rowanmanning/feed-parser";
import { XMLParser, XMLValidator } from "fast-xml-parser";

type Node = Record<string, unknown>;

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: (name) => ["entry", "item", "link", "category", "url", "sitemap", "xhtml:link"].includes(name) });

/** The document as objects; throws with the parser's message when it is not well-formed XML. */
export function parseXml(xml: string): Node {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`Not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`);
  return parser.parse(xml) as Node;
}

function text(node: unknown): string | undefined {
  if (Array.isArray(node)) return text(node[0]);
  if (typeof node === "string" || typeof node === "number") return String(node);
  if (node && typeof node === "object" && "#text" in node) return String((node as Node)["#text"]);
  return undefined;
}

/** What RFC 4287 requires of a feed and its entries; returns the problems found (none: a valid Atom feed). */
export function atomProblems(xml: string): string[] {
  const feed = parseXml(xml).feed as Node | undefined;
  if (!feed) return ["no <feed> root"];
  const problems: string[] = [];
  if (feed["@xmlns"] !== "http://www.w3.org/2005/Atom") problems.push("feed is not in the Atom namespace");
  for (const name of ["id", "title", "updated"]) if (!text(feed[name])) problems.push(`feed has no <${name}>`);
  const feedAuthor = feed.author as Node | undefined;
  const entries = (feed.entry as Node[] | undefined) ?? [];
  entries.forEach((entry, index) => {
    for (const name of ["id", "title", "updated"]) if (!text(entry[name])) problems.push(`entry ${index} has no <${name}>`);
    if (!feedAuthor?.name && !(entry.author as Node | undefined)?.name) problems.push(`entry ${index} has no author`);
    const links = (entry.link as Node[] | undefined) ?? [];
    if (!entry.content && !links.some((link) => (link["@rel"] ?? "alternate") === "alternate")) problems.push(`entry ${index} has neither content nor an alternate link`);
    for (const name of ["updated", "published"]) {
      const value = text(entry[name]);
      if (value && !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(value)) problems.push(`entry ${index} <${name}> is not an RFC 3339 date-time`);
    }
  });
  return problems;
}

/** What RSS 2.0 requires of a channel and its items. */
export function rssProblems(xml: string): string[] {
  const rss = parseXml(xml).rss as Node | undefined;
  if (!rss) return ["no <rss> root"];
  const problems: string[] = [];
  if (rss["@version"] !== "2.0") problems.push("rss version is not 2.0");
  const channel = rss.channel as Node | undefined;
  if (!channel) return [...problems, "no <channel>"];
  for (const name of ["title", "link", "description"]) if (text(channel[name]) === undefined) problems.push(`channel has no <${name}>`);
  ((channel.item as Node[] | undefined) ?? []).forEach((item, index) => {
    if (!text(item.title) && !text(item.description)) problems.push(`item ${index} has neither title nor description`);
    const date = text(item.pubDate);
    if (date && Number.isNaN(Date.parse(date))) problems.push(`item ${index} pubDate is not a date`);
  });
  return problems;
}

/** A feed as a feed reader sees it. */
export function readFeed(xml: string) {
  return parseFeed(xml);
}
