import type { PGlite } from "@electric-sql/pglite";
import pg from "pg";

/**
 * The minimal raw SQL surface the migration runner and a few maintenance tasks need,
 * over either backend. Application code uses Prisma, never this.
 */
export interface SqlConnection {
  readonly backend: "pglite" | "postgres";
  query<Row extends Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>;
  /** Runs a script of several statements (no parameters). */
  exec(sql: string): Promise<void>;
  /** Runs `work` in one transaction on this connection. */
  transaction<T>(work: (tx: SqlConnection) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export function pgliteConnection(pglite: PGlite, options: { closeUnderlying?: boolean } = {}): SqlConnection {
  const wrap = (client: Pick<PGlite, "query" | "exec">): SqlConnection => ({
    backend: "pglite",
    async query(sql, params) {
      const result = await client.query(sql, params);
      return result.rows as never;
    },
    async exec(sql) {
      await client.exec(sql);
    },
    transaction: (work) => pglite.transaction((tx) => work(wrap(tx))),
    async close() {
      if (options.closeUnderlying) await pglite.close();
    },
  });
  return wrap(pglite);
}

export async function postgresConnection(connectionString: string): Promise<SqlConnection> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  const connection: SqlConnection = {
    backend: "postgres",
    async query(sql, params) {
      const result = await client.query(sql, params as unknown[] | undefined);
      return result.rows as never;
    },
    async exec(sql) {
      await client.query(sql);
    },
    async transaction(work) {
      await client.query("BEGIN");
      try {
        const result = await work(connection);
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw error;
      }
    },
    async close() {
      await client.end();
    },
  };
  return connection;
}
