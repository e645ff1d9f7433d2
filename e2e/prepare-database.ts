import { rmSync } from "node:fs";
import { parseEnv } from "@/lib/env";
import { migrateDatabase, withDatabase } from "@/lib/db/prepare";
import { seedReaderFixtures } from "@/test-support/fixtures/reader";
import { prepareFirstStart } from "@/lib/seed/first-start";
import { clearPublicCaches } from "@/test-support/app-server";

/**
 * Run by Playwright's webServer command before `next start` (the web server starts before any globalSetup):
 * a fresh embedded database with the demo content, exactly as a first `npm start` makes it, plus the reading site's
 * fixtures (a Korean original with its translations, a withdrawn release, a corrected one, tagged documents).
 */
async function main(): Promise<void> {
  const dataDir = process.env.CHANCERY_DATA_DIR;
  if (!dataDir || !dataDir.includes("e2e")) throw new Error(`refusing to wipe CHANCERY_DATA_DIR=${dataDir}: e2e data folders must contain "e2e"`);
  rmSync(dataDir, { recursive: true, force: true });
  const env = parseEnv({ ...process.env, DATABASE_URL: undefined, CHANCERY_DEMO: "true" });
  await withDatabase(env, async (database) => {
    await migrateDatabase(database, () => undefined);
    await prepareFirstStart(database.prisma, env, () => undefined);
    await seedReaderFixtures(database.prisma);
  });
  clearPublicCaches();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
