import pg from "pg";
import { parseEnv } from "@/lib/env";
import { migrateDatabase, withDatabase } from "@/lib/db/prepare";
import { prepareFirstStart } from "@/lib/seed/first-start";

/**
 * `tsx e2e/prepare-postgres-database.ts <name>`: a fresh PostgreSQL database on the test server (TEST_DATABASE_URL)
 * with the demo content, as a first `npm start` in demo mode makes it, for a journey that serves the app from
 * PostgreSQL (Playwright's own process cannot load the Prisma client). The journey drops it afterwards.
 */
async function main(): Promise<void> {
  const name = process.argv[2] ?? "";
  if (!/^chancery_e2e_[a-z0-9_]+$/.test(name)) throw new Error(`refusing database name ${JSON.stringify(name)}: it must start with chancery_e2e_`);
  const server = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(server);
  url.pathname = `/${name}`;
  const env = parseEnv({ ...process.env, DATABASE_URL: url.toString(), CHANCERY_DEMO: "true" });
  await withDatabase(env, async (database) => {
    await migrateDatabase(database, () => undefined);
    await prepareFirstStart(database.prisma, env, () => undefined);
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
