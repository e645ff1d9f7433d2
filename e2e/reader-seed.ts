import { rmSync } from "node:fs";
import { join } from "node:path";
import { parseEnv } from "@/lib/env";
import { withDatabase } from "@/lib/db/prepare";
import { seedReaderFixtures } from "@/lib/testing/reader-fixtures";

/**
 * Adds the reading site's fixtures to the e2e database that e2e/prepare-database.ts has just made (see
 * e2e/reader.config.ts). Once e2e/prepare-database.ts calls seedReaderFixtures itself, this file can go.
 */
async function main(): Promise<void> {
  const dataDir = process.env.CHANCERY_DATA_DIR;
  if (!dataDir || !dataDir.includes("e2e")) throw new Error(`refusing to seed CHANCERY_DATA_DIR=${dataDir}: e2e data folders must contain "e2e"`);
  const env = parseEnv({ ...process.env, DATABASE_URL: undefined, CHANCERY_DEMO: "true" });
  await withDatabase(env, async (database) => {
    await seedReaderFixtures(database.prisma);
  });
  // The public data cache lives in the build folder and outlives the database it was read from: a fresh database
  // needs a fresh cache, or the first requests are answered from the previous run's documents.
  rmSync(join(process.env.NEXT_DIST_DIR ?? ".next", "cache", "fetch-cache"), { recursive: true, force: true });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
