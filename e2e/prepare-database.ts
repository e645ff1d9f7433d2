import { rmSync } from "node:fs";
import { parseEnv } from "@/lib/env";
import { migrateDatabase, withDatabase } from "@/lib/db/prepare";
import { prepareFirstStart } from "@/lib/seed/first-start";

/**
 * Run by Playwright's webServer command before `next start` (the web server starts before any globalSetup):
 * a fresh embedded database with the demo content, exactly as a first `npm start` makes it.
 */
async function main(): Promise<void> {
  const dataDir = process.env.CHANCERY_DATA_DIR;
  if (!dataDir || !dataDir.includes("e2e")) throw new Error(`refusing to wipe CHANCERY_DATA_DIR=${dataDir}: e2e data folders must contain "e2e"`);
  rmSync(dataDir, { recursive: true, force: true });
  const env = parseEnv({ ...process.env, DATABASE_URL: undefined, CHANCERY_DEMO: "true" });
  await withDatabase(env, async (database) => {
    await migrateDatabase(database, () => undefined);
    await prepareFirstStart(database.prisma, env, () => undefined);
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
