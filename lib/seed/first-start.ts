import type { PrismaClient } from "@/lib/db/generated/client";
import type { Env } from "@/lib/env";
import { importFiles } from "@/lib/import/import-files";
import { samplePaths } from "./samples";
import { seedDemo } from "./seed-database";

/**
 * What `npm start` does to a database before serving: in demo mode (the embedded default, or CHANCERY_DEMO=true),
 * an empty database gets the demo accounts, taxonomy and the sample releases as published documents, so a new user
 * sees real pages at once. A database with users is never touched; a production PostgreSQL (demo off) never gets
 * demo accounts.
 */
export async function prepareFirstStart(prisma: PrismaClient, env: Env, log: (line: string) => void): Promise<void> {
  if (!env.demo) return;
  const report = await seedDemo(prisma);
  if (report.skipped) return;
  log(`Demo mode: created ${report.users} demo accounts (see README) and ${report.taxonomy} taxonomy entries.`);
  const results = await importFiles(samplePaths(), { publish: true, actor: null, client: prisma });
  for (const result of results) {
    if (result.status === "error") log(`  sample ${result.file}: ${result.message}`);
  }
  log(`Imported ${results.filter((result) => result.status === "created").length} sample pages as published documents.`);
}
