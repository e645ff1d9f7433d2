import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Env } from "@/lib/env";

/**
 * The session-signing secret. Production with PostgreSQL must set NEXTAUTH_SECRET (lib/env.ts enforces it);
 * the embedded demo generates one on first start and keeps it in its data folder (mode 0600), so sessions
 * survive restarts without any setup and no secret is ever committed.
 */
export function resolveAuthSecret(env: Pick<Env, "NEXTAUTH_SECRET" | "CHANCERY_DATA_DIR">): string {
  if (env.NEXTAUTH_SECRET) return env.NEXTAUTH_SECRET;
  const dir = resolve(env.CHANCERY_DATA_DIR);
  const path = join(dir, "auth-secret");
  if (existsSync(path)) return readFileSync(path, "utf8").trim();
  mkdirSync(dir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(path, secret, { mode: 0o600 });
  return secret;
}
