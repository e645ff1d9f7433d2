import pg from "pg";
import type { Database } from "./open-database";

export type ProbeResult = { reachable: true; latencyMs: number } | { reachable: false };

/**
 * Whether the database answers at all, asked on a connection of its own: through the application's pool the question
 * would wait behind every busy query, and a saturated pool under load would look like an outage (health 503, and
 * proxy.ts sending search and the workspace to the "cannot be reached" page while the database is merely busy).
 */
export async function probeDatabase(database: Database, timeoutMs: number): Promise<ProbeResult> {
  const started = performance.now();
  const answered = () => ({ reachable: true as const, latencyMs: Math.round(performance.now() - started) });
  if (database.target.backend === "pglite") {
    // In process, no pool: the query itself is the whole question.
    return withTimeout(database.prisma.$queryRaw`SELECT 1`.then(answered), timeoutMs);
  }
  const client = new pg.Client({ connectionString: database.target.url, connectionTimeoutMillis: timeoutMs, query_timeout: timeoutMs });
  // An error after connect (the server going away mid-probe) must not become an unhandled 'error' event.
  client.on("error", () => undefined);
  try {
    return await withTimeout(
      client.connect().then(() => client.query("SELECT 1")).then(answered),
      timeoutMs,
    );
  } finally {
    void client.end().catch(() => undefined);
  }
}

async function withTimeout(answer: Promise<ProbeResult>, timeoutMs: number): Promise<ProbeResult> {
  let timer: NodeJS.Timeout | undefined;
  const silence = new Promise<ProbeResult>((resolve) => {
    timer = setTimeout(() => resolve({ reachable: false }), timeoutMs);
    timer.unref();
  });
  try {
    return await Promise.race([answer.catch((): ProbeResult => ({ reachable: false })), silence]);
  } finally {
    clearTimeout(timer);
  }
}
