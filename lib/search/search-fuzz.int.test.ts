import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { resolveDocumentSlug } from "@/lib/public/document-page";
import { createPublishedDocument, releaseFixture } from "@/test-support/fixtures/public";
import { testBackends } from "@/test-support/test-database";
import { useTestDatabase } from "@/test-support/test-newsroom";
import { searchDocuments } from "./search-documents";

/* What a reader types reaches SQL here: any text (NUL, lone surrogates, LIKE wildcards, quotes) must be answered. */
describe.each(testBackends())("public search and address lookup fuzzed on %s", (backend) => {
  const database = useTestDatabase(backend);

  beforeAll(async () => {
    await createPublishedDocument(database.prisma, releaseFixture("fuzz-target", "2020-01-02", { original: { title: "Fuzz target", body: "1. Azerbaijan 100% _underscore_ \\backslash 'quote'." } }));
  });

  const hostile = fc.oneof(
    fc.string({ unit: "binary", maxLength: 200 }),
    fc.string({ unit: "grapheme", maxLength: 120 }),
    fc.constantFrom("%", "_", "\\", "'", "\u0000", "a\u0000b", "\uD800", "%%%%", "' OR 1=1 --", "Azerbaijan%", "\\%", "*", "(", "[", "?"),
  );

  it("answers every query, within a second each", async () => {
    await fc.assert(
      fc.asyncProperty(hostile, fc.constantFrom("en", "ko"), async (query, locale) => {
        const started = performance.now();
        const results = await searchDocuments({ query, locale, page: 1 });
        expect(results.items.length).toBeLessThanOrEqual(10);
        expect(performance.now() - started).toBeLessThan(1000);
      }),
      { numRuns: 300 },
    );
  }, 120_000);

  it("LIKE wildcards in a query are text, not patterns", async () => {
    expect((await searchDocuments({ query: "100%", locale: "en", page: 1 })).items.map((item) => item.slug)).toEqual(["fuzz-target"]);
    expect((await searchDocuments({ query: "Azer%jan", locale: "en", page: 1 })).items).toEqual([]);
  });

  it("looks up any address segment without an error", async () => {
    await fc.assert(
      fc.asyncProperty(hostile, async (slug) => {
        expect(await resolveDocumentSlug("PRESS_RELEASE", slug)).toBeNull();
      }),
      { numRuns: 200 },
    );
  }, 120_000);
});
