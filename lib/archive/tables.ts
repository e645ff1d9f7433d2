// What the archive reads from the database's own catalogue, so every table and column — including ones added by
// later migrations — is exported and restored without a list to keep up to date.
import type { PrismaClient } from "@/lib/db/generated/client";

type Sql = Pick<PrismaClient, "$queryRawUnsafe">;

/** Operational state, not the record: sign-in throttles and view receipts expire on their own. */
const NOT_ARCHIVED = new Set(["_prisma_migrations", "SignInThrottle", "ViewReceipt"]);

export type TableInfo = {
  name: string;
  primaryKey: string[];
  /** Foreign keys to tables restored later (or to itself): written as null first, then filled in. */
  deferredColumns: string[];
  /** Columns the database computes (GENERATED ALWAYS … STORED, e.g. search's tsvector): neither archived nor written. */
  generatedColumns: string[];
};

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** Every archived table, in an order in which rows can be inserted (parents first; cycles broken by deferring). */
export async function archivedTables(sql: Sql): Promise<TableInfo[]> {
  const tables = (
    await sql.$queryRawUnsafe<{ name: string }[]>(
      `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`,
    )
  )
    .map((row) => row.name)
    .filter((name) => !NOT_ARCHIVED.has(name));
  const keys = await sql.$queryRawUnsafe<{ table: string; column: string; position: number }[]>(
    `SELECT c.relname AS "table", a.attname AS "column", array_position(i.indkey::int2[], a.attnum)::int AS position
       FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = ANY(i.indkey)
      WHERE i.indisprimary AND n.nspname = current_schema()`,
  );
  const foreign = await sql.$queryRawUnsafe<{ table: string; references: string; columns: string[] }[]>(
    `SELECT c.relname AS "table", r.relname AS "references",
            ARRAY(SELECT a.attname::text FROM pg_attribute a WHERE a.attrelid = k.conrelid AND a.attnum = ANY(k.conkey)) AS columns
       FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class r ON r.oid = k.confrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE k.contype = 'f' AND n.nspname = current_schema()`,
  );

  const generated = await sql.$queryRawUnsafe<{ table: string; column: string }[]>(
    `SELECT c.relname AS "table", a.attname AS "column"
       FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE a.attgenerated <> '' AND a.attnum > 0 AND NOT a.attisdropped AND n.nspname = current_schema()`,
  );

  const primaryKey = (table: string) =>
    keys
      .filter((key) => key.table === table)
      .sort((a, b) => a.position - b.position)
      .map((key) => key.column);
  const ordered: TableInfo[] = [];
  const placed = new Set<string>();
  const remaining = new Set(tables);
  while (remaining.size > 0) {
    const waitingOn = (table: string) =>
      foreign.filter((key) => key.table === table && key.references !== table && remaining.has(key.references) && !placed.has(key.references));
    // Prefer a table whose parents are all in; in a cycle, the one waiting on the fewest.
    const next = [...remaining].sort((a, b) => waitingOn(a).length - waitingOn(b).length || a.localeCompare(b))[0]!;
    const deferred = foreign
      .filter((key) => key.table === next && (key.references === next || waitingOn(next).includes(key)))
      .flatMap((key) => key.columns);
    ordered.push({
      name: next,
      primaryKey: primaryKey(next),
      deferredColumns: [...new Set(deferred)].sort(),
      generatedColumns: generated.filter((column) => column.table === next).map((column) => column.column).sort(),
    });
    placed.add(next);
    remaining.delete(next);
  }
  return ordered;
}

/** The migrations applied to this database, in order: the archive's schema version. */
export async function appliedMigrations(sql: Sql): Promise<string[]> {
  const rows = await sql.$queryRawUnsafe<{ name: string }[]>(
    `SELECT migration_name AS name FROM "_prisma_migrations" WHERE rolled_back_at IS NULL AND finished_at IS NOT NULL ORDER BY migration_name`,
  );
  return rows.map((row) => row.name);
}

/** All rows of a table as JSON objects, in primary-key order. */
export async function tableRows(sql: Sql, table: TableInfo): Promise<Record<string, unknown>[]> {
  const order = table.primaryKey.map(quoteIdent).join(", ") || "1";
  const rows = await sql.$queryRawUnsafe<{ row: Record<string, unknown> }[]>(
    `SELECT row_to_json(t) AS row FROM ${quoteIdent(table.name)} t ORDER BY ${order}`,
  );
  return rows.map(({ row }) => {
    for (const column of table.generatedColumns) delete row[column];
    return row;
  });
}
