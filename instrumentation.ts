/**
 * Runs once when a Next.js server instance starts. Starts the scheduler that publishes scheduled editions (at start,
 * then every CHANCERY_SCHEDULER_INTERVAL_SECONDS, default 30 s), unless CHANCERY_SCHEDULER=off, e.g. when cron runs `npm run publish-due` instead.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // `next build` loads this too; the build must never open the database.
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  // Every request learns its socket address (per-address sign-in throttle, view counting), scheduler or not.
  const { installPeerAddressHeader } = await import("@/lib/auth/peer-address");
  installPeerAddressHeader();
  const { env } = await import("@/lib/env");
  const config = env();
  if (config.CHANCERY_SCHEDULER !== "on") return;
  const { startScheduler } = await import("@/lib/editorial/scheduler");
  startScheduler({ intervalMs: config.CHANCERY_SCHEDULER_INTERVAL_SECONDS * 1000 });
}
