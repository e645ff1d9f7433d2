import { execFile, spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";
import Redis from "ioredis";
import { startSmtpSink, type SmtpSink } from "@/test-support/smtp-sink";

/*
 * The scale path of the README, for real: two production instances (`next start` on the same build) on one fresh
 * PostgreSQL database and one Redis (a key prefix of this run's own). A correction reaches readers of instance B
 * within 2 s of being published; editions falling due together are published once each by whichever instance's
 * scheduler claims them, both instances list them within 2 s, and their mail is sent once each.
 */
const ADMIN_URL = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
const BASE_PORT = Number(process.env.E2E_PORT ?? 3100);
const PORTS = [BASE_PORT + 10, BASE_PORT + 20] as const;
const RUN = `${Date.now().toString(36)}${randomBytes(3).toString("hex")}`;
const DATABASE = `chancery_e2e_cluster_${RUN}`;
const DATABASE_URL = Object.assign(new URL(ADMIN_URL), { pathname: `/${DATABASE}` }).toString();
const SECRET = "cluster-secret-cluster-secret-cluster";
const PREFIX = `chancery-e2e:${RUN}:`;

const run = promisify(execFile);

async function database<T>(command: string, ...args: string[]): Promise<T> {
  const { stdout } = await run(process.execPath, ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "e2e/support/cluster-database.ts", command, ...args], {
    // Configured like every process of the deployment: the same database, secret and Redis; A is its NEXTAUTH_URL.
    env: { ...process.env, DATABASE_URL, NEXTAUTH_SECRET: SECRET, NEXTAUTH_URL: `http://127.0.0.1:${PORTS[0]}`, CHANCERY_DEMO: "true", REDIS_URL, REDIS_KEY_PREFIX: PREFIX },
    maxBuffer: 10 * 1024 * 1024,
  });
  return JSON.parse(stdout.trim().split("\n").at(-1)!) as T;
}

const servers: ChildProcess[] = [];
const logs: string[][] = [[], []];
let smtp: SmtpSink;

function startInstance(index: 0 | 1): ChildProcess {
  const port = PORTS[index];
  const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port)], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL,
      REDIS_URL,
      REDIS_KEY_PREFIX: PREFIX,
      NEXTAUTH_URL: `http://127.0.0.1:${port}`,
      NEXTAUTH_SECRET: SECRET,
      CHANCERY_DATA_DIR: `${process.env.E2E_DATA_DIR ?? ".data/e2e"}-cluster-${index}`,
      CHANCERY_SCHEDULER_INTERVAL_SECONDS: "1",
      SMTP_URL: smtp.url,
      NEXT_TELEMETRY_DISABLED: "1",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  for (const stream of [child.stdout!, child.stderr!]) stream.on("data", (chunk: Buffer) => logs[index]!.push(chunk.toString()));
  return child;
}

async function ready(port: number): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`instance on ${port} did not start:\n${logs[PORTS.indexOf(port as never)]?.join("")}`);
}

const page = async (index: 0 | 1, path: string) => {
  const response = await fetch(`http://127.0.0.1:${PORTS[index]}${path}`);
  return { status: response.status, cache: response.headers.get("x-nextjs-cache"), html: await response.text() };
};

test.describe.configure({ mode: "serial", timeout: 120_000 });

test.beforeAll(async () => {
  test.setTimeout(150_000);
  smtp = await startSmtpSink();
  await database("create", ADMIN_URL, DATABASE);
  servers.push(startInstance(0), startInstance(1));
  await Promise.all(PORTS.map(ready));
});

test.afterAll(async () => {
  for (const server of servers) server.kill("SIGTERM");
  await Promise.all(servers.map((server) => new Promise((resolve) => (server.exitCode !== null ? resolve(null) : server.once("exit", resolve)))));
  await smtp?.close();
  await database("drop", ADMIN_URL, DATABASE);
  // This run's keys, and nobody else's.
  const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
  const keys = await redis.keys(`${PREFIX}*`);
  if (keys.length > 0) await redis.del(...keys);
  redis.disconnect();
});

test("a correction, once published, is served by instance B within 2 seconds", async () => {
  const title = `Cluster release ${RUN}`;
  const { documentId, slug } = await database<{ documentId: string; slug: string }>("release", title);
  const path = `/en/press-releases/${slug}`;
  // Both instances have the page and the list it is on cached before the correction.
  for (const index of [0, 1] as const) {
    for (const address of [path, path, "/en/press-releases", "/en/press-releases"]) expect((await page(index, address)).status).toBe(200);
  }
  const before = await page(1, path);
  expect(before.cache).toBe("HIT");
  expect(before.html).toContain(title);

  // Published by the desk's services from the command line (as `npm run publish-due` does; instance B is told nothing).
  const corrected = `Corrected cluster release ${RUN}`;
  const { publishedAt } = await database<{ publishedAt: number }>("correct", documentId, corrected);
  let seenAfter = Number.NaN;
  await expect
    .poll(
      async () => {
        const seen = (await page(1, path)).html.includes(corrected);
        if (seen) seenAfter = Date.now() - publishedAt;
        return seen;
      },
      { timeout: 2_000, intervals: [50] },
    )
    .toBe(true);
  console.log(`instance B served the correction ${seenAfter} ms after it was published`);
  expect((await page(1, "/en/press-releases")).html).toContain(corrected);
  expect((await page(0, path)).html).toContain(corrected);
});

type Tally = { states: Record<string, string>; publications: Record<string, number>; mail: { state: string; messageId: string | null }[] };

test("editions falling due together are published once each, and each mail sent once, with both schedulers running", async () => {
  const { editionIds, titles } = await database<{ editionIds: string[]; titles: string[] }>("due", "6");
  const published = async () => Object.values((await database<Tally>("tally", ...editionIds)).states).filter((state) => state === "PUBLISHED").length;
  await expect.poll(published, { timeout: 30_000, intervals: [500] }).toBe(editionIds.length);
  const tally = await database<Tally>("tally", ...editionIds);
  for (const id of editionIds) expect(tally.publications[id], `publications of ${id}`).toBe(1);
  // Published on one instance or the other: both list them.
  for (const index of [0, 1] as const) {
    const missing = async () => {
      const { html } = await page(index, "/en/press-releases");
      return titles.filter((title) => !html.includes(title));
    };
    await expect.poll(missing, { timeout: 2_000, intervals: [50] }).toEqual([]);
  }

  // The alerts those publications queued (and the desk's notifications) all go out, each exactly once.
  await expect.poll(async () => (await database<Tally>("tally", ...editionIds)).mail.every((mail) => mail.state === "SENT"), { timeout: 30_000, intervals: [500] }).toBe(true);
  const { mail } = await database<Tally>("tally", ...editionIds);
  expect(mail.length).toBeGreaterThanOrEqual(editionIds.length);
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  const bare = (id: string | null | undefined) => (id ?? "").replace(/^<|>$/g, "");
  const received = smtp.messages.map((message) => bare(message.headers["message-id"]));
  expect(received.length).toBe(mail.length);
  expect(new Set(received)).toEqual(new Set(mail.map((row) => bare(row.messageId))));
  // Both schedulers ran throughout.
  for (const index of [0, 1] as const) expect(logs[index]!.join("")).not.toMatch(/\[scheduler\] run failed/);
});
