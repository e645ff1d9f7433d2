import { loadEnvOrExit } from "@/lib/env";
import { migrateDatabase, withDatabase } from "@/lib/db/prepare";
import { importFiles, readPageFile } from "@/lib/import/import-files";
import { toDryRunJson } from "@/lib/import/dry-run";
import { notifyRunningServer, settleRevalidations } from "@/lib/public/revalidate";
import { CliError, runCli } from "./run-cli";

const USAGE = `usage: npm run import -- [--dry-run] [--json] [--publish] <files…>
  --dry-run   parse and report, write nothing (no database needed)
  --json      one JSON object per line and file
  --publish   create the documents as published with their original date (default: drafts)`;

const FLAGS = new Set(["--dry-run", "--json", "--publish"]);

runCli(async () => {
  const args = process.argv.slice(2);
  const unknown = args.find((arg) => arg.startsWith("--") && !FLAGS.has(arg));
  if (unknown) throw new CliError(`unknown option ${unknown}\n${USAGE}`);
  const files = args.filter((arg) => !FLAGS.has(arg));
  if (files.length === 0) throw new CliError(`no files given\n${USAGE}`);
  const json = args.includes("--json");

  if (args.includes("--dry-run")) {
    let failures = 0;
    for (const file of files) {
      const result = readPageFile(file);
      if (!result.ok) failures++;
      const line = toDryRunJson(file, result);
      if (json) console.log(JSON.stringify(line));
      else if ("error" in line) console.log(`${file}: error: ${line.error}`);
      else console.log(`${file}: ${line.kind} “${line.title}” ${line.date ?? "no date"}, ${line.paragraphs} paragraphs, ${line.qaPairs} Q/A, ${line.blocks} blocks`);
      if (result.ok) for (const warning of result.page.warnings) console.error(`${file}: warning: ${warning}`);
    }
    return failures ? 1 : 0;
  }

  const env = loadEnvOrExit();
  notifyRunningServer();
  const results = await withDatabase(env, async (database) => {
    await migrateDatabase(database, () => undefined);
    return importFiles(files, { publish: args.includes("--publish"), actor: null, client: database.prisma });
  });
  await settleRevalidations();
  for (const result of results) {
    if (json) console.log(JSON.stringify(result));
    else if (result.status === "error") console.log(`${result.file}: error: ${result.message}`);
    else if (result.status === "unchanged") console.log(`${result.file}: already imported as ${result.slug}, nothing changed`);
    else console.log(`${result.file}: created ${result.state === "PUBLISHED" ? "published" : "draft"} ${result.slug}`);
    if (result.status !== "error") for (const warning of result.warnings) console.error(`${result.file}: warning: ${warning}`);
  }
  return results.some((result) => result.status === "error") ? 1 : 0;
});
