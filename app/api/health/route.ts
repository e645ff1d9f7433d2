import { database } from "@/lib/db";

// For load balancers and uptime checks: 200 when the app can reach its database, 503 when it cannot.
export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  try {
    const { prisma, target } = await database();
    await prisma.$queryRaw`SELECT 1`;
    return Response.json({ status: "ok", database: target.backend }, { headers: { "Cache-Control": "no-store" } });
  } catch {
    return Response.json({ status: "unavailable" }, { status: 503, headers: { "Cache-Control": "no-store" } });
  }
}
