import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { loadEnvOrExit } from "@/lib/env";
import { resolveAuthSecret } from "@/lib/auth/secret";
import { migrateDatabase, withDatabase } from "@/lib/db/prepare";
import { prepareFirstStart } from "@/lib/seed/first-start";
import { runCli } from "./run-cli";

/** `npm start`: build if the sources changed since the last build, migrate, seed an empty demo database, serve. */
const SOURCES = ["app", "components", "lib", "public", "proxy.ts", "instrumentation.ts", "next.config.js", "package-lock.json", "postcss.config.mjs"];
const NEXT_BIN = join(process.cwd(), "node_modules", "next", "dist", "bin", "next");

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === "generated" || entry.startsWith(".")) continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

function buildIsCurrent(): boolean {
  const buildId = join(process.cwd(), ".next", "BUILD_ID");
  if (!existsSync(buildId)) return false;
  const builtAt = statSync(buildId).mtimeMs;
  return SOURCES.every((source) => newestMtime(source) <= builtAt);
}

runCli(async () => {
  const env = loadEnvOrExit();
  if (!buildIsCurrent()) {
    console.log("Building Chancery (first start or sources changed)…");
    const build = spawnSync(process.execPath, [NEXT_BIN, "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
    if (build.status !== 0) return build.status ?? 1;
  }

  await withDatabase(env, async (database) => {
    await migrateDatabase(database);
    await prepareFirstStart(database.prisma, env, console.log);
  });

  if (!env.NEXTAUTH_SECRET) {
    console.warn(
      `NEXTAUTH_SECRET is not set: sessions are signed with a secret generated into ${env.CHANCERY_DATA_DIR}/auth-secret. ` +
        "Set NEXTAUTH_SECRET in production, and the same value on every instance.",
    );
  }
  const secret = resolveAuthSecret(env);
  const child = spawn(process.execPath, [NEXT_BIN, "start", "-p", String(env.PORT)], {
    stdio: "inherit",
    env: {
      ...process.env,
      NEXTAUTH_SECRET: secret,
      NEXTAUTH_URL: env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`,
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
  return new Promise<number>((resolve) => child.on("exit", (code, signal) => resolve(code ?? (signal ? 0 : 1))));
});
