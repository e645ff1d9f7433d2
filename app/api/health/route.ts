import { database } from "@/lib/db";

// For load balancers, uptime checks and proxy.ts (lib/security/database-gate.ts): 200 when the app can reach its
// database, 503 when it cannot (or it takes longer than a reader would wait).
export const dynamic = "force-dynamic";

const TIMEOUT_MS = 2_000;

export async function GET(): Promise<Response> {
  const started = performance.now();
  try {
    const { prisma, target } = await database();
    await Promise.race([
      prisma.$queryRaw`SELECT 1`,
      new Promise((_, reject) => setTimeout(() => reject(new Error(`no answer in ${TIMEOUT_MS} ms`)), TIMEOUT_MS).unref()),
    ]);
    return Response.json(
      { status: "ok", database: target.backend, latencyMs: Math.round(performance.now() - started) },
      { headers: { "Cache-Control": "no-store" } },
    );
  } catch {
    // The cause goes to no one here: a connection error can name hosts and users.
    return Response.json(
      { status: "unavailable", database: "unreachable" },
      { status: 503, headers: { "Cache-Control": "no-store", "Retry-After": "30" } },
    );
  }
}
