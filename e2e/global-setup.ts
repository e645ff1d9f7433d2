import { rmSync } from "node:fs";
import { parseEnv } from "@/lib/env";
import { migrateDatabase, withDatabase } from "@/lib/db/prepare";
import { prepareFirstStart } from "@/lib/seed/first-start";
import { E2E_DATA_DIR } from "../playwright.config";

/** A fresh embedded database with the demo content, exactly as a first `npm start` makes it. */
export default async function globalSetup(): Promise<void> {
  rmSync(E2E_DATA_DIR, { recursive: true, force: true });
  const env = parseEnv({ ...process.env, DATABASE_URL: undefined, CHANCERY_DATA_DIR: E2E_DATA_DIR, CHANCERY_DEMO: "true" });
  await withDatabase(env, async (database) => {
    await migrateDatabase(database, () => undefined);
    await prepareFirstStart(database.prisma, env, () => undefined);
  });
}
