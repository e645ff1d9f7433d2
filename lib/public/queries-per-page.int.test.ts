import { beforeAll, describe, expect, it } from "vitest";
import { searchDocuments } from "@/lib/search/search-documents";
import { createPublishedDocument, relateDocuments, releaseFixture } from "@/test-support/fixtures/public";
import { testBackends } from "@/test-support/test-database";
import { useTestDatabase } from "@/test-support/test-newsroom";
import { loadDocumentList, loadListFilterOptions } from "./document-lists";
import { loadPublicDocument, resolveDocumentSlug } from "./document-page";
import { parseListFilters } from "./list-filters";

/**
 * What one render of each public page costs in SQL on a cache miss — the loaders each page calls, in the order it
 * calls them. At most 5 statements a page, and the same number however many documents, tags and related documents
 * there are (no query per item).
 */
const BUDGET = 5;

describe.each(testBackends())("SQL statements per public page on %s", (backend) => {
  let statements: string[] = [];
  const database = useTestDatabase(backend, { onQuery: (sql) => statements.push(sql) });
  const ids: string[] = [];

  async function cost(render: () => Promise<unknown>): Promise<number> {
    statements = [];
    await render();
    return statements.length;
  }

  const pages = {
    home: () => Promise.all([loadDocumentList("PRESS_RELEASE", "en", { page: 1 }, 5), loadDocumentList("INTERVIEW", "en", { page: 1 }, 5)]),
    list: () => Promise.all([loadDocumentList("PRESS_RELEASE", "en", parseListFilters({ page: "2" })), loadListFilterOptions("PRESS_RELEASE", "en")]),
    "filtered list": () =>
      Promise.all([loadDocumentList("PRESS_RELEASE", "en", parseListFilters({ year: "2021", country: "AZ", topic: "energy" })), loadListFilterOptions("PRESS_RELEASE", "en")]),
    article: async () => loadPublicDocument((await resolveDocumentSlug("PRESS_RELEASE", "release-0"))!, "en"),
    search: () => searchDocuments({ query: "paragraph", locale: "en", page: 1 }),
  } as const;

  async function publish(from: number, to: number): Promise<void> {
    for (let index = from; index < to; index++) {
      const created = await createPublishedDocument(
        database.prisma,
        releaseFixture(`release-${index}`, `2021-0${1 + (index % 9)}-1${index % 10}`, {
          countries: ["AZ", "UZ", "KZ"].slice(0, 1 + (index % 3)),
          topics: ["energy", "central-asia"],
          people: [`Person ${index % 4}`],
        }),
      );
      ids.push(created.documentId);
    }
    for (let index = Math.max(1, from); index < to; index++) await relateDocuments(database.prisma, ids[0]!, ids[index]!);
  }

  beforeAll(async () => {
    await publish(0, 3);
  });

  it(`stays within ${BUDGET} statements a page, and does not grow with the number of documents`, async () => {
    const few: Record<string, number> = {};
    for (const [name, render] of Object.entries(pages)) few[name] = await cost(render);
    await publish(3, 30);
    const many: Record<string, number> = {};
    for (const [name, render] of Object.entries(pages)) many[name] = await cost(render);
    for (const name of Object.keys(pages)) {
      expect(many[name], `${name}: ${many[name]} statements`).toBeLessThanOrEqual(BUDGET);
      expect(many[name], `${name} with 30 documents`).toBe(few[name]);
    }
    // The counter sees what the pages send: an article is read, not skipped.
    expect(many.article).toBeGreaterThan(0);
  });
});
