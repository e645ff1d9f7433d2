import { describe, expect, it } from "vitest";
import { atomProblems, parseXml, readFeed, rssProblems } from "@/test-support/feed-checks";
import { atomFeed, rssFeed, type Feed, type FeedEntry } from "./feed-xml";

const HOSTILE = `Minister says "<b>no</b>" & </script><!-- ]]> it's \u0001done`;

function entry(overrides: Partial<FeedEntry> = {}): FeedEntry {
  return {
    url: "https://mofa.example/en/press-releases/korea-azerbaijan",
    title: "Korea and Azerbaijan Hold 3rd Policy Consultation",
    summary: "The two sides discussed cooperation.",
    locale: "en",
    published: "2017-11-20T00:00:00.000Z",
    updated: "2017-11-22T03:00:00.000Z",
    change: { date: "2017-11-22", note: "Corrected the date of the forum." },
    changeLine: "Updated 2017-11-22: Corrected the date of the forum.",
    categories: [{ term: "central-asia", label: "Central Asia", scheme: "https://mofa.example/en#topics" }],
    ...overrides,
  };
}

function feed(entries: FeedEntry[], overrides: Partial<Feed> = {}): Feed {
  return {
    locale: "en",
    title: "Press releases — Ministry of Foreign Affairs",
    subtitle: "Press releases — Ministry of Foreign Affairs, Republic of Korea.",
    listUrl: "https://mofa.example/en/press-releases",
    atomUrl: "https://mofa.example/en/press-releases/feed.atom",
    rssUrl: "https://mofa.example/en/press-releases/feed.rss",
    updated: entries[0]?.updated ?? null,
    author: { name: "Ministry of Foreign Affairs", uri: "https://mofa.example/en" },
    entries,
    ...overrides,
  };
}

describe("the Atom feed", () => {
  it("is a valid Atom 1.0 document that a feed reader reads entry by entry", () => {
    const xml = atomFeed(feed([entry(), entry({ url: "https://mofa.example/en/press-releases/second", title: "Second", change: null, changeLine: null })]));
    expect(atomProblems(xml)).toEqual([]);
    const read = readFeed(xml);
    expect(read.meta.type).toBe("atom");
    expect(read.title).toBe("Press releases — Ministry of Foreign Affairs");
    expect(read.self).toBe("https://mofa.example/en/press-releases/feed.atom");
    expect(read.url).toBe("https://mofa.example/en/press-releases");
    expect(read.language).toBe("en");
    expect(read.authors[0]?.name).toBe("Ministry of Foreign Affairs");
    expect(read.items).toHaveLength(2);
    const [first] = read.items;
    expect(first?.id).toBe("https://mofa.example/en/press-releases/korea-azerbaijan");
    expect(first?.url).toBe("https://mofa.example/en/press-releases/korea-azerbaijan");
    expect(first?.published?.toISOString()).toBe("2017-11-20T00:00:00.000Z");
    expect(first?.updated?.toISOString()).toBe("2017-11-22T03:00:00.000Z");
    expect(first?.content).toContain("Updated 2017-11-22: Corrected the date of the forum.");
    expect(first?.categories.map((category) => category.term)).toEqual(["central-asia"]);
  });

  it("keeps hostile text as text: escaped, control characters dropped, nothing becomes markup", () => {
    const xml = atomFeed(feed([entry({ title: HOSTILE, summary: HOSTILE, changeLine: null })], { title: HOSTILE }));
    expect(atomProblems(xml)).toEqual([]);
    const read = readFeed(xml);
    const expected = HOSTILE.replace("\u0001", "");
    expect(read.title).toBe(expected);
    expect(read.items[0]?.title).toBe(expected);
    // The HTML content is the summary as text inside <p>: once the XML is read, the HTML holds escaped text only.
    const raw = parseXml(xml) as { feed: { entry: { content: { "#text": string } }[] } };
    expect(raw.feed.entry[0]?.content["#text"]).toBe(`<p>${expected.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;")}</p>`);
  });

  it("is valid with no entries yet", () => {
    const xml = atomFeed(feed([]));
    expect(atomProblems(xml)).toEqual([]);
    expect(readFeed(xml).items).toEqual([]);
  });
});

describe("the RSS 2.0 feed", () => {
  it("is a valid RSS 2.0 document with permanent guids, RFC 822 dates and the update as atom:updated", () => {
    const xml = rssFeed(feed([entry()]));
    expect(rssProblems(xml)).toEqual([]);
    const read = readFeed(xml);
    expect(read.meta.type).toBe("rss");
    expect(read.self).toBe("https://mofa.example/en/press-releases/feed.rss");
    expect(read.items[0]?.id).toBe("https://mofa.example/en/press-releases/korea-azerbaijan");
    expect(read.items[0]?.published?.toISOString()).toBe("2017-11-20T00:00:00.000Z");
    const raw = parseXml(xml) as { rss: { channel: { item: { pubDate: string; "atom:updated": string; guid: { "@isPermaLink": string } }[] } } };
    expect(raw.rss.channel.item[0]?.pubDate).toBe("Mon, 20 Nov 2017 00:00:00 GMT");
    expect(raw.rss.channel.item[0]?.["atom:updated"]).toBe("2017-11-22T03:00:00.000Z");
    expect(raw.rss.channel.item[0]?.guid["@isPermaLink"]).toBe("true");
  });

  it("keeps hostile text as text", () => {
    const xml = rssFeed(feed([entry({ title: HOSTILE })]));
    expect(rssProblems(xml)).toEqual([]);
    expect(readFeed(xml).items[0]?.title).toBe(HOSTILE.replace("\u0001", ""));
  });
});
