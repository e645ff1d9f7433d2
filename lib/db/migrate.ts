import { createHash, randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { SqlConnection } from "./sql-connection";

/**
 * Applies prisma/migrations/<timestamp>_<name>/migration.sql in order and records each in `_prisma_migrations`
 * with the same table, checksum (sha256 of the file) and fields as `prisma migrate deploy`, so the Prisma CLI
 * agrees with this runner wherever its schema engine is available. Each migration runs in its own transaction.
 */
const MIGRATIONS_DIR = resolve(process.cwd(), "prisma/migrations");

// Prisma's own advisory lock key, so this runner and `prisma migrate deploy` never run at once.
const PRISMA_MIGRATE_LOCK_KEY = 72707369;

const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
);`;

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

export class MigrationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "MigrationError";
  }
}

export function checksumOf(sql: string | Buffer): string {
  return createHash("sha256").update(sql).digest("hex");
}

export function readMigrations(dir: string = MIGRATIONS_DIR): MigrationFile[] {
  if (!existsSync(dir)) throw new MigrationError(`No migrations folder at ${dir}.`);
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const path = join(dir, name, "migration.sql");
      if (!existsSync(path)) throw new MigrationError(`Migration ${name} has no migration.sql (${path}).`);
      const bytes = readFileSync(path);
      return { name, sql: bytes.toString("utf8"), checksum: checksumOf(bytes) };
    });
}

interface AppliedRow extends Record<string, unknown> {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
}

export interface MigrateResult {
  applied: string[];
  alreadyApplied: number;
}

export async function migrate(connection: SqlConnection, migrations: MigrationFile[] = readMigrations()): Promise<MigrateResult> {
  await connection.exec(CREATE_MIGRATIONS_TABLE);
  if (connection.backend === "postgres") await connection.query("SELECT pg_advisory_lock($1)", [PRISMA_MIGRATE_LOCK_KEY]);
  try {
    const appliedRows = await connection.query<AppliedRow>(
      `SELECT "migration_name", "checksum", "finished_at" FROM "_prisma_migrations" WHERE "rolled_back_at" IS NULL ORDER BY "started_at"`,
    );
    const applied = new Map(appliedRows.map((row) => [row.migration_name, row]));
    const known = new Set(migrations.map((migration) => migration.name));

    for (const row of appliedRows) {
      if (row.finished_at === null) {
        throw new MigrationError(
          `Migration ${row.migration_name} was started but never finished. Inspect the database, then mark it rolled back ` +
            `(UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE migration_name = '${row.migration_name}') before retrying.`,
        );
      }
      if (!known.has(row.migration_name)) {
        throw new MigrationError(
          `The database has migration ${row.migration_name} applied, but prisma/migrations has no such folder. ` +
            "Is this an older checkout of Chancery than the one that migrated this database?",
        );
      }
    }
    for (const migration of migrations) {
      const row = applied.get(migration.name);
      if (row && row.checksum !== migration.checksum) {
        throw new MigrationError(
          `Migration ${migration.name} was edited after it was applied to this database ` +
            `(recorded checksum ${row.checksum.slice(0, 12)}…, file now ${migration.checksum.slice(0, 12)}…). ` +
            "Applied migrations are immutable: restore the original file and put the change in a new migration.",
        );
      }
    }

    const pending = migrations.filter((migration) => !applied.has(migration.name));
    for (const migration of pending) {
      await connection.transaction(async (tx) => {
        const id = randomUUID();
        await tx.query(
          `INSERT INTO "_prisma_migrations" ("id", "checksum", "migration_name", "started_at", "applied_steps_count") VALUES ($1, $2, $3, now(), 0)`,
          [id, migration.checksum, migration.name],
        );
        try {
          await tx.exec(migration.sql);
        } catch (error) {
          throw new MigrationError(`Migration ${migration.name} failed and was rolled back: ${(error as Error).message}`);
        }
        await tx.query(`UPDATE "_prisma_migrations" SET "finished_at" = now(), "applied_steps_count" = 1 WHERE "id" = $1`, [id]);
      });
    }
    return { applied: pending.map((migration) => migration.name), alreadyApplied: migrations.length - pending.length };
  } finally {
    if (connection.backend === "postgres") await connection.query("SELECT pg_advisory_unlock($1)", [PRISMA_MIGRATE_LOCK_KEY]);
  }
}
