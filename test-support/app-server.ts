import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";

/**
 * The built app (`next build` first) served by `next start` as in production, on a database of the caller's
 * choosing: for journeys and the soak that must run against a real server rather than in-process.
 */
export interface AppServer {
  url: string;
  pid: number;
  /** Resident memory of the server process, in MB (Linux). */
  rssMb(): number;
  /** What the server printed, for a failing test's message. */
  output(): string;
  stop(): Promise<void>;
}

/**
 * Public caches (data, and pages rendered on demand) live in the build folder and outlive the database they were
 * read from: a fresh database needs fresh caches, or requests are answered with the previous run's documents.
 */
export function clearPublicCaches(distDir = process.env.NEXT_DIST_DIR ?? ".next"): void {
  for (const cache of [join(distDir, "cache", "fetch-cache"), join(distDir, "server", "route-cache")]) {
    rmSync(cache, { recursive: true, force: true });
  }
}

export const APP_SERVER_SECRET = "app-server-secret-app-server-secret-0123";

export async function startAppServer(options: {
  port: number;
  databaseUrl: string;
  dataDir: string;
  env?: Record<string, string>;
  /** Options for the server's node itself ("--trace-gc"; not all of them are allowed in NODE_OPTIONS). */
  nodeArguments?: string[];
  /** Everything the server prints, as it prints it (the kept `output()` is only the tail). */
  onOutput?: (text: string) => void;
}): Promise<AppServer> {
  const url = `http://127.0.0.1:${options.port}`;
  const child: ChildProcess = spawn(process.execPath, [...(options.nodeArguments ?? []), join(process.cwd(), "node_modules", "next", "dist", "bin", "next"), "start", "-p", String(options.port)], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(options.port),
      DATABASE_URL: options.databaseUrl,
      NEXTAUTH_URL: url,
      NEXTAUTH_SECRET: APP_SERVER_SECRET,
      CHANCERY_DATA_DIR: options.dataDir,
      NEXT_TELEMETRY_DISABLED: "1",
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  const keep = (chunk: Buffer) => {
    options.onOutput?.(chunk.toString());
    log = (log + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));

  const server: AppServer = {
    url,
    pid: child.pid!,
    rssMb() {
      const status = readFileSync(`/proc/${child.pid}/status`, "utf8");
      return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
    },
    output: () => log,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill("SIGTERM");
      const killer = setTimeout(() => child.kill("SIGKILL"), 5_000);
      await exited;
      clearTimeout(killer);
    },
  };

  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}):\n${log}`);
    const ready = await fetch(`${url}/api/health`).then((response) => response.ok, () => false);
    if (ready) return server;
    if (Date.now() > deadline) {
      await server.stop();
      throw new Error(`the server did not become healthy in 90 s:\n${log}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}
