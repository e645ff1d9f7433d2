import { database } from "@/lib/db";
import { probeDatabase } from "@/lib/db/probe-database";

// For load balancers, uptime checks and proxy.ts (lib/security/database-gate.ts): 200 when the app can reach its
// database, 503 when it cannot (or it takes longer than a reader would wait). The probe has its own connection, so a
// pool busy with readers' queries is not mistaken for an outage.
export const dynamic = "force-dynamic";

const TIMEOUT_MS = 2_000;

export async function GET(): Promise<Response> {
  const current = await database().catch(() => null);
  const probe = current ? await probeDatabase(current, TIMEOUT_MS) : ({ reachable: false } as const);
  if (current && probe.reachable) {
    return Response.json(
      { status: "ok", database: current.target.backend, latencyMs: probe.latencyMs },
      { headers: { "Cache-Control": "no-store" } },
    );
  }
  // The cause goes to no one here: a connection error can name hosts and users.
  return Response.json(
    { status: "unavailable", database: "unreachable" },
    { status: 503, headers: { "Cache-Control": "no-store", "Retry-After": "30" } },
  );
}
