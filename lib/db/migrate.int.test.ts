import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createEmptyTestDatabase, testBackends, type TestDatabase } from "@/test-support/test-database";
import { checksumOf, migrate, MigrationError, readMigrations, type MigrationFile } from "./migrate";

function migrationsFolder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "chancery-migrations-"));
  for (const [name, sql] of Object.entries(files)) {
    mkdirSync(join(dir, name));
    writeFileSync(join(dir, name, "migration.sql"), sql);
  }
  return dir;
}

describe.each(testBackends())("migration runner on %s", (backend) => {
  let database: TestDatabase | undefined;
  afterEach(async () => {
    await database?.close();
    database = undefined;
  });

  it("migrates an empty database and records each migration as Prisma does", async () => {
    database = await createEmptyTestDatabase(backend);
    const sql = await database.sql();
    const migrations = readMigrations();
    const result = await migrate(sql, migrations);
    expect(result.applied).toEqual(migrations.map((migration) => migration.name));

    const rows = await sql.query<{ migration_name: string; checksum: string; applied_steps_count: number; finished_at: Date | null; rolled_back_at: Date | null; id: string }>(
      `SELECT * FROM "_prisma_migrations" ORDER BY "migration_name"`,
    );
    expect(rows.map((row) => row.migration_name)).toEqual(migrations.map((migration) => migration.name));
    for (const [index, row] of rows.entries()) {
      expect(row.checksum).toBe(migrations[index]!.checksum);
      expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(row.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(row.applied_steps_count).toBe(1);
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.rolled_back_at).toBeNull();
    }
    // The schema is really there and usable through Prisma.
    await expect(database.prisma.user.count()).resolves.toBe(0);
  });

  it("is a no-op when run again", async () => {
    database = await createEmptyTestDatabase(backend);
    const sql = await database.sql();
    await migrate(sql);
    const again = await migrate(sql);
    expect(again.applied).toEqual([]);
    expect(again.alreadyApplied).toBe(readMigrations().length);
    const [{ count }] = (await sql.query<{ count: number }>(`SELECT count(*)::int AS count FROM "_prisma_migrations"`)) as [{ count: number }];
    expect(count).toBe(readMigrations().length);
  });

  it("refuses a migration that was edited after it was applied", async () => {
    database = await createEmptyTestDatabase(backend);
    const sql = await database.sql();
    const original: MigrationFile[] = readMigrations(migrationsFolder({ "20260101000000_a": `CREATE TABLE "A" ("id" TEXT PRIMARY KEY);` }));
    await migrate(sql, original);
    const editedSql = `CREATE TABLE "A" ("id" TEXT PRIMARY KEY, "extra" TEXT);`;
    const edited = [{ name: "20260101000000_a", sql: editedSql, checksum: checksumOf(editedSql) }];
    await expect(migrate(sql, edited)).rejects.toThrow(MigrationError);
    await expect(migrate(sql, edited)).rejects.toThrow(/was edited after it was applied/);
  });

  it("rolls back a failing migration completely and applies nothing after it", async () => {
    database = await createEmptyTestDatabase(backend);
    const sql = await database.sql();
    const dir = migrationsFolder({
      "20260101000000_good": `CREATE TABLE "Good" ("id" TEXT PRIMARY KEY);`,
      "20260102000000_bad": `CREATE TABLE "Half" ("id" TEXT PRIMARY KEY);\nSELECT no_such_function();`,
      "20260103000000_later": `CREATE TABLE "Later" ("id" TEXT PRIMARY KEY);`,
    });
    await expect(migrate(sql, readMigrations(dir))).rejects.toThrow(/20260102000000_bad failed and was rolled back/);
    const tables = await sql.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY table_name`,
    );
    expect(tables.map((table) => table.table_name)).toEqual(["Good", "_prisma_migrations"]);
    const names = await sql.query<{ migration_name: string }>(`SELECT migration_name FROM "_prisma_migrations"`);
    expect(names.map((row) => row.migration_name)).toEqual(["20260101000000_good"]);
  });
});
