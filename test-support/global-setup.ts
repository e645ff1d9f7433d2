import pg from "pg";
import { TEST_DATABASE_URL } from "./test-database";

export default async function globalSetup(): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    process.env.CHANCERY_TEST_POSTGRES = "available";
  } catch (error) {
    if (process.env.CI === "true") {
      throw new Error(`PostgreSQL is required under CI=true but ${TEST_DATABASE_URL} is unreachable: ${(error as Error).message}`);
    }
    process.env.CHANCERY_TEST_POSTGRES = "missing";
    const line = "!".repeat(100);
    console.warn(
      `\n${line}\n!! PostgreSQL at ${TEST_DATABASE_URL} is unreachable: the PostgreSQL integration suite is SKIPPED.\n` +
        `!! Only PGlite was tested. Start PostgreSQL or set TEST_DATABASE_URL. (${(error as Error).message})\n${line}\n`,
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}
