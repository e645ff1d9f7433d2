/**
 * `npm run soak`: mixed traffic for SOAK_SECONDS (default 600) on a throwaway database — readers listing, reading and
 * searching while editors create, save, submit, publish and correct in parallel — then prints the figures: operations
 * and errors, p50/p95 per kind, revisions made against revisions stored (none lost, none duplicated), and memory
 * sampled every 10 s. On PostgreSQL (TEST_DATABASE_URL) when reachable, else PGlite. Exits 1 on any error or any
 * lost or duplicated revision.
 */
import { performance } from "node:perf_hooks";
import { createDocument } from "@/lib/content/create-document";
import { correct } from "@/lib/content/correct";
import { publish } from "@/lib/content/publish";
import { saveEdition } from "@/lib/content/save-edition";
import { submit } from "@/lib/content/submit";
import { createActor } from "@/lib/content/test-fixtures";
import { installDatabase } from "@/lib/db";
import { importFiles } from "@/lib/import/import-files";
import { loadDocumentList } from "@/lib/public/document-lists";
import { loadPublicDocument } from "@/lib/public/document-page";
import { parseListFilters } from "@/lib/public/list-filters";
import { searchDocuments } from "@/lib/search/search-documents";
import { samplePaths } from "@/lib/seed/samples";
import { createTestDatabase } from "@/lib/testing/test-database";

const SECONDS = Number(process.env.SOAK_SECONDS ?? 600);
const READERS = Number(process.env.SOAK_READERS ?? 8);
const EDITORS = Number(process.env.SOAK_EDITORS ?? 3);

type Kind = "list" | "article" | "search" | "create" | "save" | "publish" | "correct";
const times = new Map<Kind, number[]>();
const errors: string[] = [];
let revisionsMade = 0;

async function timed<T>(kind: Kind, work: () => Promise<T>): Promise<T | undefined> {
  const started = performance.now();
  try {
    return await work();
  } catch (error) {
    errors.push(`${kind}: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
    return undefined;
  } finally {
    (times.get(kind) ?? times.set(kind, []).get(kind)!).push(performance.now() - started);
  }
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

async function main(): Promise<number> {
  let backend: "postgres" | "pglite" = process.env.SOAK_BACKEND === "pglite" ? "pglite" : "postgres";
  const database = await createTestDatabase(backend).catch(() => {
    backend = "pglite";
    return createTestDatabase(backend);
  });
  installDatabase(database);
  try {
    await importFiles(samplePaths(), { publish: true, actor: null, client: database.prisma });
    const documentIds = (await database.prisma.document.findMany({ select: { id: true } })).map((row) => row.id);
    const until = Date.now() + SECONDS * 1000;
    const memory: string[] = [];
    const sampler = setInterval(() => {
      const { rss, heapUsed } = process.memoryUsage();
      memory.push(`${Math.round(rss / 1e6)}/${Math.round(heapUsed / 1e6)}`);
    }, 10_000);

    const reader = async (index: number) => {
      for (let round = 0; Date.now() < until; round++) {
        const pick = (round + index) % 3;
        if (pick === 0) await timed("list", () => loadDocumentList(round % 2 ? "PRESS_RELEASE" : "INTERVIEW", "en", parseListFilters({ page: String((round % 3) + 1) })));
        if (pick === 1) await timed("article", () => loadPublicDocument(documentIds[round % documentIds.length]!, "en"));
        if (pick === 2) await timed("search", () => searchDocuments({ query: ["Azerbaijan", "soak release", "cooperation"][round % 3]!, locale: "en", page: 1 }));
      }
    };
    const editorLoop = async (index: number) => {
      const writer = await createActor(database.prisma, "WRITER", `soak-writer-${index}`);
      const editor = await createActor(database.prisma, "EDITOR", `soak-editor-${index}`);
      for (let round = 0; Date.now() < until; round++) {
        const created = await timed("create", () =>
          createDocument(writer, { kind: "PRESS_RELEASE", title: `Soak release ${index}-${round}`, bodyText: `1. Soak release ${index}-${round}, first text.` }),
        );
        if (!created) continue;
        revisionsMade++;
        let lockVersion = created.lockVersion;
        for (let save = 1; save <= 3; save++) {
          const saved = await timed("save", () => saveEdition(writer, { editionId: created.editionId, lockVersion, bodyText: `1. Soak release ${index}-${round}, save ${save}.` }));
          if (saved) {
            lockVersion = saved.lockVersion;
            if (saved.revisionNumber !== null) revisionsMade++;
          }
        }
        await timed("publish", async () => {
          await submit(writer, { editionId: created.editionId });
          await publish(editor, { editionId: created.editionId });
        });
        const correction = await timed("correct", () => correct(writer, { documentId: created.documentId, changeType: "MINOR" }));
        if (correction) {
          revisionsMade++;
          const saved = await timed("save", () => saveEdition(writer, { editionId: correction.editionId, lockVersion: correction.lockVersion, bodyText: `1. Soak release ${index}-${round}, corrected.` }));
          if (saved?.revisionNumber) revisionsMade++;
          await timed("publish", async () => {
            await submit(writer, { editionId: correction.editionId });
            await publish(editor, { editionId: correction.editionId });
          });
        }
      }
    };
    const startedAt = performance.now();
    await Promise.all([...Array.from({ length: READERS }, (_, index) => reader(index)), ...Array.from({ length: EDITORS }, (_, index) => editorLoop(index))]);
    clearInterval(sampler);
    const elapsed = (performance.now() - startedAt) / 1000;

    const stored = await database.prisma.revision.count({ where: { localization: { edition: { document: { slug: { startsWith: "soak-release" } } } } } });
    const duplicates = await database.prisma.$queryRawUnsafe<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM (SELECT "localizationId", "number" FROM "Revision" GROUP BY 1, 2 HAVING count(*) > 1) d`,
    );
    console.log(`Soak on ${backend}: ${elapsed.toFixed(0)} s, ${READERS} readers, ${EDITORS} editor pairs`);
    for (const [kind, list] of [...times].sort()) {
      const sorted = [...list].sort((a, b) => a - b);
      console.log(`  ${kind.padEnd(8)} n=${String(sorted.length).padStart(6)}  p50 ${percentile(sorted, 50).toFixed(1).padStart(7)} ms  p95 ${percentile(sorted, 95).toFixed(1).padStart(7)} ms`);
    }
    console.log(`  errors: ${errors.length}${errors.length ? ` (first: ${errors.slice(0, 3).join(" | ")})` : ""}`);
    console.log(`  revisions: ${revisionsMade} made, ${stored} stored, ${duplicates[0]?.n ?? 0} duplicated numbers`);
    console.log(`  memory rss/heap MB every 10 s: ${memory.join(" ")}`);
    return errors.length === 0 && stored === revisionsMade && (duplicates[0]?.n ?? 0) === 0 ? 0 : 1;
  } finally {
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
