/**
 * `npm run bench`: prints numbers, asserts nothing. Parsing and importing throughput, then the reader's queries
 * (list pages, filtered lists, article pages) on an archive of BENCH_DOCUMENTS documents, on PGlite and on
 * PostgreSQL (TEST_DATABASE_URL) when it is reachable. Run it on an otherwise idle machine.
 */
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { installDatabase } from "@/lib/db";
import { parseBody } from "@/lib/content/body/parse";
import { serializeBody } from "@/lib/content/body/serialize";
import { parsePage, type ParsedPage } from "@/lib/import/parse-page";
import { importPage } from "@/lib/import/import-page";
import { samplePaths } from "@/lib/seed/samples";
import { loadDocumentList } from "@/lib/public/document-lists";
import { loadPublicDocument } from "@/lib/public/document-page";
import { parseListFilters } from "@/lib/public/list-filters";
import { createTestDatabase, postgresReachable, TEST_DATABASE_URL, type Backend } from "@/lib/testing/test-database";

const DOCUMENTS = Number(process.env.BENCH_DOCUMENTS ?? 2000);

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

function samplePages(): ParsedPage[] {
  return samplePaths().map((path) => {
    const result = parsePage(readFileSync(path), path);
    if (!result.ok) throw new Error(`${path}: ${result.error.message}`);
    return result.page;
  });
}

function variant(page: ParsedPage, index: number): ParsedPage {
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

async function benchDatabase(backend: Backend, pages: ParsedPage[]): Promise<void> {
  console.log(`\n${backend}: archive of ${DOCUMENTS} documents`);
  const database = await createTestDatabase(backend);
  installDatabase(database);
  try {
    const importStart = performance.now();
    for (let index = 0; index < DOCUMENTS; index++) {
      await importPage(variant(pages[index % pages.length]!, index), { publish: true, actor: null, client: database.prisma });
    }
    const importSeconds = (performance.now() - importStart) / 1000;
    console.log(`  import (one transaction per page)               ${(DOCUMENTS / importSeconds).toFixed(0)} documents/s (${importSeconds.toFixed(1)} s)`);

    const ids = (await database.prisma.document.findMany({ select: { id: true }, take: 200 })).map((document) => document.id);
    await timeEach("list page 1 (press releases, en)", 100, () => loadDocumentList("PRESS_RELEASE", "en", parseListFilters({})));
    await timeEach("list page 50", 100, () => loadDocumentList("PRESS_RELEASE", "en", parseListFilters({ page: "50" })));
    await timeEach("list filtered by year and month", 100, (index) =>
      loadDocumentList("PRESS_RELEASE", "en", parseListFilters({ year: String(2010 + (index % 15)), month: String((index % 12) + 1) })),
    );
    await timeEach("article page data (document, text, related)", 200, (index) => loadPublicDocument(ids[index % ids.length]!, "en"));
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

  await benchDatabase("pglite", pages);
  if (await postgresReachable()) await benchDatabase("postgres", pages);
  else console.log(`\npostgres: ${TEST_DATABASE_URL} unreachable, skipped`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
