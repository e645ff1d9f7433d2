import { writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { loadEnvOrExit } from "@/lib/env";
import { migrateDatabase, withDatabase } from "@/lib/db/prepare";
import { importFiles, listPageFiles, readPageFile, type FileImportResult } from "@/lib/import/import-files";
import { toDryRunJson } from "@/lib/import/dry-run";
import { formatProgress, formatSummaryTable, summarizeImport } from "@/lib/import/import-summary";
import { notifyRunningServer, settleRevalidations } from "@/lib/public/revalidate";
import { CliError, runCli } from "./run-cli";

const USAGE = `usage: npm run import -- [--dry-run] [--json] [--publish] [--report <file>] <files or folders…>
  --dry-run        parse and report, write nothing (no database needed)
  --json           one JSON object per line and file
  --publish        create the documents as published with their original date (default: drafts);
                   a page with a low-confidence field is kept as a draft to check
  --report <file>  where to write the report of a real import (default: import-report-<time>.json)
A folder is searched, all levels, for .txt files.`;

const FLAGS = new Set(["--dry-run", "--json", "--publish"]);
/** How often the progress line is redrawn: every page is too often for thousands of them. */
const PROGRESS_EVERY_MS = 250;
const LIST_AT_MOST = 20;

runCli(async () => {
  const args = process.argv.slice(2);
  const reportAt = args.indexOf("--report");
  const reportPath = reportAt >= 0 ? args[reportAt + 1] : undefined;
  if (reportAt >= 0 && (!reportPath || reportPath.startsWith("--"))) throw new CliError(`--report needs a file name\n${USAGE}`);
  const rest = reportAt < 0 ? args : args.filter((_, i) => i !== reportAt && i !== reportAt + 1);
  const unknown = rest.find((arg) => arg.startsWith("--") && !FLAGS.has(arg));
  if (unknown) throw new CliError(`unknown option ${unknown}\n${USAGE}`);
  const paths = rest.filter((arg) => !FLAGS.has(arg));
  if (paths.length === 0) throw new CliError(`no files given\n${USAGE}`);
  const files = listPageFiles(paths);
  if (files.length === 0) throw new CliError(`no .txt files in ${paths.join(", ")}`);
  const json = rest.includes("--json");

  if (rest.includes("--dry-run")) {
    if (reportAt >= 0) throw new CliError("--report is for a real import; a dry run writes nothing");
    let failures = 0;
    for (const file of files) {
      const result = readPageFile(file);
      if (!result.ok) failures++;
      const line = toDryRunJson(file, result);
      if (json) console.log(JSON.stringify(line));
      else if ("error" in line) console.log(`${file}: error: ${line.error}`);
      else console.log(`${file}: ${line.kind} “${line.title ?? "(no title)"}” ${line.date ?? "no date"}, ${line.paragraphs} paragraphs, ${line.qaPairs} Q/A, ${line.blocks} blocks`);
      if (result.ok) for (const warning of result.page.warnings) console.error(`${file}: warning: ${warning}`);
    }
    return failures ? 1 : 0;
  }

  const env = loadEnvOrExit();
  notifyRunningServer();
  const started = performance.now();
  const startedAt = new Date();
  const progress = progressLine(files.length, started);
  const results = await withDatabase(env, async (database) => {
    await migrateDatabase(database, () => undefined);
    return importFiles(files, {
      publish: rest.includes("--publish"),
      holdUnsureAsDrafts: true,
      actor: null,
      client: database.prisma,
      onResult: (result, done, total) => {
        if (json) console.log(JSON.stringify(result));
        // A few files are listed one by one; thousands are followed by the progress line, and listed in the report.
        else if (total <= LIST_AT_MOST) printResult(result);
        progress(done);
      },
    });
  });
  await settleRevalidations();
  const seconds = (performance.now() - started) / 1000;
  const summary = summarizeImport(results);
  const report = reportPath ?? `import-report-${startedAt.toISOString().replace(/[:.]/g, "-")}.json`;
  writeFileSync(report, `${JSON.stringify({ startedAt: startedAt.toISOString(), seconds: Number(seconds.toFixed(2)), summary, pages: results }, null, 2)}\n`);
  console.error(`\n${formatSummaryTable(summary, seconds)}\nreport: ${report}`);
  return summary.refused > 0 ? 1 : 0;
});

function printResult(result: FileImportResult): void {
  if (result.status === "error") console.log(`${result.file}: refused: ${result.message}`);
  else if (result.status === "unchanged") console.log(`${result.file}: already imported as ${result.slug}, nothing changed`);
  else console.log(`${result.file}: created ${result.state === "PUBLISHED" ? "published" : "draft"} ${result.slug}`);
  if (result.status !== "error") {
    for (const warning of result.warnings) console.error(`${result.file}: warning: ${warning}`);
    for (const low of result.toConfirm) console.error(`${result.file}: check ${low.field}: ${low.reasons.join("; ")}`);
  }
}

/** Progress on stderr: redrawn in place on a terminal, a line every few seconds in a log. */
function progressLine(total: number, started: number): (done: number) => void {
  let last = 0;
  const interval = process.stderr.isTTY ? PROGRESS_EVERY_MS : 5000;
  return (done) => {
    const now = performance.now();
    if (done < total && now - last < interval) return;
    last = now;
    const line = formatProgress(done, total, (now - started) / 1000);
    if (process.stderr.isTTY) process.stderr.write(`\r\u001b[2K${line}`);
    else process.stderr.write(`${line}\n`);
  };
}
