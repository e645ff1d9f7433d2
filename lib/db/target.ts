import type { Env } from "@/lib/env";
import type { DatabaseTarget } from "./open-database";

export function targetFromEnv(env: Pick<Env, "DATABASE_URL" | "CHANCERY_DATA_DIR">): DatabaseTarget {
  return env.DATABASE_URL ? { backend: "postgres", url: env.DATABASE_URL } : { backend: "pglite", dataDir: env.CHANCERY_DATA_DIR };
}
