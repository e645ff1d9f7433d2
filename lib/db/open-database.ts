import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { join, resolve } from "node:path";
import { countingAdapter } from "./counting-adapter";
import { PrismaClient } from "./generated/client";
import { lockDataFolder } from "./pglite-lock";
import { pgliteConnection, postgresConnection, type SqlConnection } from "./sql-connection";

export type DatabaseTarget =
  | { backend: "postgres"; url: string }
  /** dataDir undefined = in memory (tests). */
  | { backend: "pglite"; dataDir?: string };

export interface Database {
  target: DatabaseTarget;
  prisma: PrismaClient;
  /** Raw SQL on the same database (migrations, locks, maintenance). */
  sql(): Promise<SqlConnection>;
  close(): Promise<void>;
}

export function describeTarget(target: DatabaseTarget): string {
  if (target.backend === "postgres") {
    const url = new URL(target.url);
    return `PostgreSQL ${url.hostname}:${url.port || 5432}${url.pathname}`;
  }
  return target.dataDir ? `embedded PGlite in ${target.dataDir}` : "embedded PGlite in memory";
}

export interface OpenOptions {
  /** Told the SQL of every statement the Prisma Client sends (tests and the bench count queries per page). */
  onQuery?: (sql: string) => void;
}

export async function openDatabase(target: DatabaseTarget, options: OpenOptions = {}): Promise<Database> {
  const adapted = <Factory extends { connect(): Promise<unknown> }>(factory: Factory) =>
    options.onQuery ? countingAdapter(factory, options.onQuery) : factory;
  if (target.backend === "postgres") {
    const prisma = new PrismaClient({ adapter: adapted(new PrismaPg({ connectionString: target.url, max: 10 })) });
    const openConnections: SqlConnection[] = [];
    return {
      target,
      prisma,
      async sql() {
        const connection = await postgresConnection(target.url);
        openConnections.push(connection);
        return connection;
      },
      async close() {
        await prisma.$disconnect();
        await Promise.all(openConnections.map((connection) => connection.close().catch(() => undefined)));
      },
    };
  }

  const release = target.dataDir ? lockDataFolder(resolve(target.dataDir)) : () => undefined;
  try {
    // Options must be the first argument: `new PGlite(undefined, options)` silently ignores them.
    const pglite = new PGlite({
      dataDir: target.dataDir ? join(resolve(target.dataDir), "pgdata") : undefined,
      extensions: { pg_trgm },
    });
    await pglite.waitReady;
    const prisma = new PrismaClient({ adapter: adapted(new PrismaPGlite(pglite)) });
    return {
      target,
      prisma,
      sql: async () => pgliteConnection(pglite),
      async close() {
        await prisma.$disconnect();
        await pglite.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}
