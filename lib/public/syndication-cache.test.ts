import { beforeEach, describe, expect, it, vi } from "vitest";

// What the feeds and the API hand to Next's data cache: the stand-in records each read instead of running it.
const reads: { key: string[]; tags: string[]; revalidate: number | false | undefined; args: unknown[] }[] = [];
vi.mock("next/cache", () => ({
  unstable_cache:
    (_load: unknown, key: string[], options: { tags: string[]; revalidate?: number | false }) =>
    async (...args: unknown[]) => {
      reads.push({ key, tags: options.tags, revalidate: options.revalidate, args });
      return null;
    },
  revalidateTag: vi.fn(),
}));

const { getFeed } = await import("./feeds/feed-data");
const { getApiDocument, getApiDocumentList } = await import("./api/documents-api");
const { PUBLIC_TAGS } = await import("./revalidate");
const { PUBLIC_REVALIDATE_SECONDS } = await import("./cache");

describe("feeds and the API are cached like the pages", () => {
  beforeEach(() => {
    reads.length = 0;
  });

  it("with the lists tag every publish, correction and withdrawal revalidates, and the pages' time bound", async () => {
    await getFeed("en", "PRESS_RELEASE", { topic: "central-asia" });
    await getApiDocumentList({ locale: "en", kind: null, filters: {}, since: null, after: null, limit: 20 });
    await getApiDocument("korea-azerbaijan", "en");
    expect(reads.map((read) => read.key[0])).toEqual(["public:feed", "public:api-list", "public:api-document"]);
    for (const read of reads) {
      expect(read.tags).toContain(PUBLIC_TAGS.lists);
      expect(read.revalidate).toBe(PUBLIC_REVALIDATE_SECONDS);
    }
  });

  it("a feed's cache key is its language, kind and filters in one order, whatever order they came in", async () => {
    await getFeed("en", null, { person: "p1", country: "AZ" });
    await getFeed("en", null, { country: "AZ", person: "p1" });
    expect(JSON.stringify(reads[0]!.args)).toBe(JSON.stringify(reads[1]!.args));
  });
});
