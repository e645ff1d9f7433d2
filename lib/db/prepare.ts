import type { Env } from "@/lib/env";
import { migrate } from "./migrate";
import { describeTarget, openDatabase, type Database } from "./open-database";
import { targetFromEnv } from "./target";

/** Opens the configured database for a command-line task and always closes it (releasing PGlite's folder lock). */
export async function withDatabase<T>(env: Env, work: (database: Database) => Promise<T>): Promise<T> {
  const database = await openDatabase(targetFromEnv(env));
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}

export async function migrateDatabase(database: Database, log: (line: string) => void = console.log): Promise<void> {
  const connection = await database.sql();
  try {
    const result = await migrate(connection);
    log(
      result.applied.length
        ? `Migrated ${describeTarget(database.target)}: applied ${result.applied.join(", ")}`
        : `Database ${describeTarget(database.target)} is up to date (${result.alreadyApplied} migrations).`,
    );
  } finally {
    await connection.close();
  }
}
