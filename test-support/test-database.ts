import { randomBytes } from "node:crypto";
import pg from "pg";
import { openDatabase, type Database, type OpenOptions } from "@/lib/db/open-database";
import { migrate } from "@/lib/db/migrate";

/**
 * Integration tests run on both backends: a fresh in-memory PGlite, and a fresh database on the local PostgreSQL
 * (TEST_DATABASE_URL). Each call makes its own database so parallel files and repeated runs never collide.
 */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

export type Backend = "pglite" | "postgres";

/** Set by test-support/global-setup.ts after probing the server once per run. */
export function postgresAvailable(): boolean {
  return process.env.CHANCERY_TEST_POSTGRES === "available";
}

export const BACKENDS: Backend[] = ["pglite", "postgres"];

function databaseUrl(name: string): string {
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

export interface TestDatabase extends Database {
  backend: Backend;
  /** For postgres: the URL of this test's own database. */
  url?: string;
}

export async function createEmptyTestDatabase(backend: Backend, options: OpenOptions = {}): Promise<TestDatabase> {
  if (backend === "pglite") return { ...(await openDatabase({ backend: "pglite" }, options)), backend };
  const name = `chancery_test_${process.pid}_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = databaseUrl(name);
  const database = await openDatabase({ backend: "postgres", url }, options);
  return {
    ...database,
    backend,
    url,
    async close() {
      await database.close();
      const dropper = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await dropper.connect();
      try {
        await dropper.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await dropper.end();
      }
    },
  };
}

export async function createTestDatabase(backend: Backend, options: OpenOptions = {}): Promise<TestDatabase> {
  const database = await createEmptyTestDatabase(backend, options);
  const connection = await database.sql();
  try {
    await migrate(connection);
  } finally {
    await connection.close();
  }
  return database;
}

/** `describe.each(testBackends())` — PostgreSQL is skipped (loudly, by global setup) only outside CI when it is down. */
export function testBackends(): Backend[] {
  return postgresAvailable() ? BACKENDS : ["pglite"];
}

/** Whether TEST_DATABASE_URL answers (the bench scripts skip PostgreSQL when it does not). */
export async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}
