// `npm run import -- <folder>` on an archive of generated pages: progress, the summary table, the report file, and
// the second run over the same folder changing nothing.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "@/lib/db/open-database";
import type { ImportSummary } from "@/lib/import/import-summary";
import { generateArchive, type GeneratedArchive } from "@/test-support/import/generate-pages";
import { createEmptyTestDatabase, testBackends, type TestDatabase } from "@/test-support/test-database";

const TSX = join(process.cwd(), "node_modules", "tsx", "dist", "cli.mjs");
const PAGES = Number(process.env.IMPORT_TEST_PAGES ?? 120);

type Run = { code: number | null; stdout: string; stderr: string; seconds: number };

function importCommand(args: string[], env: Record<string, string>): Promise<Run> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [TSX, "scripts/import.ts", ...args], {
      cwd: process.cwd(),
      env: { ...process.env, DATABASE_URL: "", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr, seconds: (performance.now() - started) / 1000 }));
  });
}

describe.each(testBackends())("npm run import on a folder of pages, on %s", (backend) => {
  let env: Record<string, string>;
  let postgres: TestDatabase | undefined;
  let work: string;
  let archive: GeneratedArchive;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), "chancery-import-folder-"));
    archive = generateArchive(join(work, "archive"), PAGES);
    if (backend === "postgres") {
      postgres = await createEmptyTestDatabase("postgres");
      env = { DATABASE_URL: postgres.url! };
    } else {
      env = { CHANCERY_DATA_DIR: join(work, "data") };
    }
  });
  afterAll(async () => {
    await postgres?.close();
    rmSync(work, { recursive: true, force: true });
  });

  const summaryOf = (report: string) => (JSON.parse(readFileSync(report, "utf8")) as { summary: ImportSummary }).summary;

  it("imports every distinct page once, counts the copies and refusals, and writes the report", async () => {
    const report = join(work, "first.json");
    const run = await importCommand(["--report", report, join(work, "archive")], env);
    console.log(`${backend}: first import of ${archive.files} files in ${run.seconds.toFixed(1)} s\n${run.stderr.split("\n").filter((line) => !line.includes("%")).join("\n")}`);
    expect(run.code).toBe(1); // three files are refused
    expect(run.stderr).toMatch(new RegExp(`${archive.files}/${archive.files} pages {2}100%`));
    expect(run.stderr).toMatch(/^imported +\d+ \(0 published, \d+ drafts\)$/m);
    expect(run.stderr).toContain(`report: ${report}`);
    expect(summaryOf(report)).toMatchObject({
      files: archive.files,
      imported: archive.distinct,
      duplicates: archive.copies,
      refused: archive.unreadable,
      refusedBy: expect.arrayContaining([
        { code: "empty", count: 1, example: "empty file" },
        { code: "binary", count: 1, example: "binary file (contains NUL bytes)" },
        { code: "no_title", count: 1, example: "no title found" },
      ]),
    });
    expect(summaryOf(report).lowConfidence).toBeGreaterThan(0);
    const database = postgres ? await openDatabase({ backend: "postgres", url: postgres.url! }) : await openDatabase({ backend: "pglite", dataDir: env.CHANCERY_DATA_DIR });
    try {
      expect(await database.prisma.document.count()).toBe(archive.distinct);
    } finally {
      await database.close();
    }
  }, 600_000);

  it("run again over the same folder, changes nothing", async () => {
    const report = join(work, "second.json");
    const run = await importCommand(["--report", report, join(work, "archive")], env);
    console.log(`${backend}: second import of ${archive.files} files in ${run.seconds.toFixed(1)} s`);
    expect(existsSync(report)).toBe(true);
    expect(summaryOf(report)).toMatchObject({ imported: 0, duplicates: archive.distinct + archive.copies, refused: archive.unreadable });
  }, 600_000);
});
