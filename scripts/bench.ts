/**
 * `npm run bench`: prints numbers, asserts nothing. Parsing and importing throughput, then the reader's queries
 * (list pages, filtered lists, article pages) on an archive of BENCH_DOCUMENTS documents, on PGlite and on
 * PostgreSQL (TEST_DATABASE_URL) when it is reachable. Run it on an otherwise idle machine.
 */
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { installDatabase } from "@/lib/db";
import { parseBody } from "@/lib/body/parse";
import { serializeBody } from "@/lib/body/serialize";
import { parsePage, requireTitle, type TitledPage } from "@/lib/import/parse-page";
import { importPage } from "@/lib/import/import-page";
import { optionalCalendarDate } from "@/lib/time/office-time";
import { samplePaths } from "@/lib/seed/samples";
import { loadDocumentList } from "@/lib/public/document-lists";
import { loadPublicDocument } from "@/lib/public/document-page";
import { parseListFilters } from "@/lib/public/list-filters";
import { loadApiDocument, loadApiDocumentList } from "@/lib/public/api/documents-api";
import { encodeCursor } from "@/lib/public/api/cursor";
import { loadFeed } from "@/lib/public/feeds/feed-data";
import { atomFeed, rssFeed } from "@/lib/public/feeds/feed-xml";
import { countSitemapUrls, loadSitemapUrls, SITEMAP_URL_LIMIT, sitemapXml } from "@/lib/public/sitemap";
import { createTestDatabase, postgresReachable, TEST_DATABASE_URL, type Backend } from "@/test-support/test-database";
import { runCli } from "./run-cli";

const DOCUMENTS = Number(process.env.BENCH_DOCUMENTS ?? 2000);
/** Imported one by one through the importer; the rest of the archive is copied from them in SQL (a 100k archive in minutes). */
const IMPORTED = Math.min(DOCUMENTS, Number(process.env.BENCH_IMPORTED ?? 2000));
const BACKENDS = (process.env.BENCH_BACKENDS ?? "pglite,postgres").split(",");

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function timeEach(label: string, runs: number, work: (index: number) => Promise<unknown> | unknown): Promise<void> {
  const times: number[] = [];
  for (let index = 0; index < runs; index++) {
    const start = performance.now();
    await work(index);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const total = times.reduce((sum, time) => sum + time, 0);
  console.log(
    `  ${label.padEnd(46)} n=${String(runs).padStart(5)}  p50 ${percentile(times, 50).toFixed(2).padStart(8)} ms  p95 ${percentile(times, 95).toFixed(2).padStart(8)} ms  ${(runs / (total / 1000)).toFixed(0).padStart(7)}/s`,
  );
}

function samplePages(): TitledPage[] {
  return samplePaths().map((path) => {
    const read = parsePage(readFileSync(path), path);
    const result = read.ok ? requireTitle(read.page) : read;
    if (!result.ok) throw new Error(`${path}: ${result.error.message}`);
    return result.page;
  });
}

function variant(page: TitledPage, index: number): TitledPage {
  const year = 2010 + (index % 15);
  const month = String((index % 12) + 1).padStart(2, "0");
  return {
    ...page,
    title: `${page.title} (${index})`,
    date: `${year}-${month}-15`,
    sourceHash: `${page.sourceHash.slice(0, 50)}${index.toString(16).padStart(14, "0")}`,
    fileName: `bench-${index}.txt`,
  };
}

/**
 * Copies every document `copies` times with new ids and slugs, each copy's editions dated `copy` days earlier, so lists,
 * feeds and cursors run over a realistic spread of dates. Columns are read from the database, so a new column is copied too.
 */
async function cloneArchive(database: Awaited<ReturnType<typeof createTestDatabase>>, copies: number): Promise<void> {
  const prisma = database.prisma;
  const columns = async (table: string) =>
    (await prisma.$queryRawUnsafe<{ column_name: string }[]>(`SELECT column_name FROM information_schema.columns WHERE table_name = $1 AND table_schema = current_schema() ORDER BY ordinal_position`, table)).map((row) => row.column_name);
  const copy = async (table: string, replace: Record<string, string>) => {
    const names = await columns(table);
    const list = names.map((name) => `"${name}"`).join(", ");
    const select = names.map((name) => replace[name] ?? `t."${name}"`).join(", ");
    await prisma.$executeRawUnsafe(`INSERT INTO "${table}" (${list}) SELECT ${select} FROM "${table}" t CROSS JOIN generate_series(1, ${copies}) g WHERE t."id" NOT LIKE '%~%'`);
  };
  const suffix = (column: string) => `t."${column}" || '~' || g`;
  await copy("Document", { id: suffix("id"), slug: `t."slug" || '-copy-' || g`, importKey: "NULL" });
  await copy("Edition", { id: suffix("id"), documentId: suffix("documentId"), publicDate: `(t."publicDate" - g)` });
  await copy("Localization", { id: suffix("id"), editionId: suffix("editionId"), publishedRevisionId: "NULL" });
  await prisma.$executeRawUnsafe(`ANALYZE`);
}

async function benchDatabase(backend: Backend, pages: TitledPage[]): Promise<void> {
  console.log(`\n${backend}: archive of ${DOCUMENTS} documents`);
  const database = await createTestDatabase(backend);
  installDatabase(database);
  try {
    const importStart = performance.now();
    for (let index = 0; index < IMPORTED; index++) {
      await importPage(variant(pages[index % pages.length]!, index), { publish: true, actor: null, client: database.prisma });
    }
    const importSeconds = (performance.now() - importStart) / 1000;
    console.log(`  import (one transaction per page)               ${(IMPORTED / importSeconds).toFixed(0)} documents/s (${importSeconds.toFixed(1)} s)`);
    if (DOCUMENTS > IMPORTED) {
      const cloneStart = performance.now();
      await cloneArchive(database, Math.ceil(DOCUMENTS / IMPORTED) - 1);
      console.log(`  copied to ${await database.prisma.document.count()} documents in SQL              (${((performance.now() - cloneStart) / 1000).toFixed(1)} s)`);
    }

    const ids = (await database.prisma.document.findMany({ select: { id: true }, take: 200 })).map((document) => document.id);
    await timeEach("list page 1 (press releases, en)", 100, () => loadDocumentList("PRESS_RELEASE", "en", parseListFilters({})));
    await timeEach("list page 50", 100, () => loadDocumentList("PRESS_RELEASE", "en", parseListFilters({ page: "50" })));
    await timeEach("list filtered by year and month", 100, (index) =>
      loadDocumentList("PRESS_RELEASE", "en", parseListFilters({ year: String(2010 + (index % 15)), month: String((index % 12) + 1) })),
    );
    await timeEach("article page data (document, text, related)", 200, (index) => loadPublicDocument(ids[index % ids.length]!, "en"));
    // Feeds and the API as their routes compute them on a cache miss (a hit is a read of Next's data cache).
    await timeEach("Atom feed, press releases (en), 50 entries", 100, async () => atomFeed((await loadFeed("en", "PRESS_RELEASE", {})).feed));
    await timeEach("RSS feed, everything (en)", 100, async () => rssFeed((await loadFeed("en", null, {})).feed));
    await timeEach("Atom feed filtered by country", 100, async () => atomFeed((await loadFeed("en", "PRESS_RELEASE", { country: "AZ" })).feed));
    const firstPage = { locale: "en", kind: null, filters: {}, since: null, after: null, limit: 20 };
    await timeEach("API list, first page of 20", 100, async () => JSON.stringify(await loadApiDocumentList(firstPage)));
    const deep = await database.prisma.edition.findFirst({ where: { state: "PUBLISHED" }, orderBy: { publicDate: "asc" }, skip: Math.floor(DOCUMENTS / 2), select: { publicDate: true, publishedAt: true, documentId: true } });
    if (deep) {
      const after = { publicDate: optionalCalendarDate(deep.publicDate), publishedAt: (deep.publishedAt ?? new Date(0)).toISOString(), documentId: deep.documentId };
      await timeEach(`API list, cursor in the middle (${encodeCursor(after).length}-char cursor)`, 100, async () => JSON.stringify(await loadApiDocumentList({ ...firstPage, after })));
    }
    await timeEach("API list, since a date", 100, async () => JSON.stringify(await loadApiDocumentList({ ...firstPage, since: "2020-01-01T00:00:00.000Z" })));
    const slugs = (await database.prisma.document.findMany({ select: { slug: true }, take: 200 })).map((document) => document.slug);
    await timeEach("API document (body as blocks)", 200, async (index) => JSON.stringify(await loadApiDocument(slugs[index % slugs.length]!, null)));
    await timeEach("sitemap: count of URLs", 20, () => countSitemapUrls());
    await timeEach(`sitemap part (first ${SITEMAP_URL_LIMIT} URLs)`, 5, async () => sitemapXml(await loadSitemapUrls(0, SITEMAP_URL_LIMIT)));
    await timeEach("view count increment", 500, (index) =>
      database.prisma.document.update({ where: { id: ids[index % ids.length]! }, data: { viewCount: { increment: 1 } }, select: { id: true } }),
    );
  } finally {
    await database.close();
  }
}

async function main(): Promise<void> {
  const pages = samplePages();
  const texts = samplePaths().map((path) => readFileSync(path, "utf8"));
  console.log("Pure code (one core)");
  await timeEach("parsePage (importer) on the five samples", 500, (index) => parsePage(texts[index % texts.length]!, "sample.txt"));
  const bodies = pages.map((page) => serializeBody(page.body));
  await timeEach("parseBody (text mode) on the five sample bodies", 2000, (index) => parseBody(bodies[index % bodies.length]!));
  await timeEach("serializeBody", 2000, (index) => serializeBody(pages[index % pages.length]!.body));

  if (BACKENDS.includes("pglite")) await benchDatabase("pglite", pages);
  if (!BACKENDS.includes("postgres")) return;
  if (await postgresReachable()) await benchDatabase("postgres", pages);
  else console.log(`\npostgres: ${TEST_DATABASE_URL} unreachable, skipped`);
}

runCli(main);
