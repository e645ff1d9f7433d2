import { env } from "@/lib/env";
import { openDatabase, type Database } from "./open-database";
import { targetFromEnv } from "./target";
import type { PrismaClient } from "./generated/client";

/**
 * The process's one database, opened on first use from the environment (PGlite in CHANCERY_DATA_DIR by default,
 * PostgreSQL when DATABASE_URL is set). Kept on globalThis so dev-mode module reloads don't open PGlite twice.
 */
const holder = globalThis as typeof globalThis & { __chanceryDatabase?: Promise<Database> };

export function database(): Promise<Database> {
  holder.__chanceryDatabase ??= openDatabase(targetFromEnv(env()));
  return holder.__chanceryDatabase;
}

export async function db(): Promise<PrismaClient> {
  return (await database()).prisma;
}

/** Tests and scripts install their own database (e.g. a fresh PGlite in memory). */
export function installDatabase(database: Database): void {
  holder.__chanceryDatabase = Promise.resolve(database);
}

/** Releases the database this process opened (a script that seeds a database other processes will serve). */
export async function closeDatabase(): Promise<void> {
  const current = holder.__chanceryDatabase;
  holder.__chanceryDatabase = undefined;
  if (current) await (await current).close();
}

export type { Database } from "./open-database";
export type { PrismaClient } from "./generated/client";
export type TransactionClient = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
