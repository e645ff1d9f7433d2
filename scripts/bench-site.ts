/**
 * The site benchmark (`npm run bench`, after bench.ts and bench-media.ts): the production build (`.next`, built if
 * missing) served by `next start` on an archive in PostgreSQL, measured over HTTP the way readers and staff use it.
 * Prints, per page: req/s at BENCH_CONNECTIONS connections, p50/p95/p99, errors and the ratio to the trivial static
 * Next.js page and a static file of the same run; latency at a fixed offered load (50% of the page's maximum); SQL
 * statements per render; client JavaScript per page type; server RSS at the start and end of a mixed run; the
 * seconds until a published correction is served. Targets are printed beside the figures.
 *
 * BENCH_SITE_DOCUMENTS (default 100000) documents are generated first when the database holds fewer
 * (scripts/bench-corpus.ts). BENCH_SHORT=1 shortens every phase (a try-out: about 4 minutes on 10,000 documents).
 * BENCH_SITE_DATABASE_URL (default: a database `chancery_bench` on TEST_DATABASE_URL's server), BENCH_PORT (3990),
 * BENCH_REDIS_URL (optional: run the server with the shared cache), BENCH_ONLY ("search,admin": only the pages whose
 * names hold one of these, with the references, and none of the later phases).
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { gzipSync } from "node:zlib";
import pg from "pg";
import { hashPassword } from "@/lib/auth/password";
import { installDatabase } from "@/lib/db";
import { openDatabase } from "@/lib/db/open-database";
import { migrateDatabase } from "@/lib/db/prepare";
import { loadDocumentList, loadListFilterOptions } from "@/lib/public/document-lists";
import { loadPublicDocument, resolveDocumentSlug } from "@/lib/public/document-page";
import { parseListFilters } from "@/lib/public/list-filters";
import { REVALIDATION_SIGNATURE_HEADER, signRevalidation } from "@/lib/public/revalidate";
import { searchDocuments } from "@/lib/search/search-documents";
import { TEST_DATABASE_URL } from "@/test-support/test-database";
import { generateCorpus } from "./bench-corpus";
import { runCli } from "./run-cli";

const SHORT = process.env.BENCH_SHORT === "1";
const DOCUMENTS = Number(process.env.BENCH_SITE_DOCUMENTS ?? 100_000);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const SECONDS = Number(process.env.BENCH_SITE_SECONDS ?? (SHORT ? 4 : 10));
const SOAK_SECONDS = Number(process.env.BENCH_SOAK_SECONDS ?? (SHORT ? 30 : 300));
const PORT = Number(process.env.BENCH_PORT ?? 3990);
/** Comma-separated parts of page names ("search,admin"): only those pages (and the references) are measured. */
const ONLY = (process.env.BENCH_ONLY ?? "").split(",").map((part) => part.trim()).filter(Boolean);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const SECRET = "bench-secret-bench-secret-bench-secret-0";
const DATABASE_URL = process.env.BENCH_SITE_DATABASE_URL ?? Object.assign(new URL(TEST_DATABASE_URL), { pathname: "/chancery_bench" }).toString();
const STAFF = { email: "bench-editor@chancery.example", password: "Bench-editor-password-2026" };

interface Result {
  requests: number;
  errors: number;
  seconds: number;
  latencies: number[];
}

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : Number.NaN);

async function hit(path: string, headers: Record<string, string>): Promise<boolean> {
  const response = await fetch(`${ORIGIN}${path}`, { headers, redirect: "manual" });
  await response.arrayBuffer();
  return response.status === 200;
}

/** Closed loop: `connections` clients, each sending its next request when the last one answered. */
async function saturate(paths: string[], seconds: number, headers: Record<string, string> = {}, connections = CONNECTIONS): Promise<Result> {
  const latencies: number[] = [];
  let errors = 0;
  let index = 0;
  const end = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < end) {
        const path = paths[index++ % paths.length]!;
        const start = performance.now();
        const ok = await hit(path, headers).catch(() => false);
        latencies.push(performance.now() - start);
        if (!ok) errors++;
      }
    }),
  );
  return { requests: latencies.length, errors, seconds: (performance.now() - started) / 1000, latencies: latencies.sort((a, b) => a - b) };
}

/** Open loop: requests sent at `rate` per second whatever the answers, so queueing shows in the latency. */
async function offer(paths: string[], rate: number, seconds: number, headers: Record<string, string> = {}): Promise<Result> {
  const latencies: number[] = [];
  let errors = 0;
  const total = Math.max(1, Math.round(rate * seconds));
  const started = performance.now();
  const pending: Promise<void>[] = [];
  for (let n = 0; n < total; n++) {
    const due = started + (n * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const start = performance.now();
    pending.push(
      hit(paths[n % paths.length]!, headers)
        .catch(() => false)
        .then((ok) => {
          latencies.push(performance.now() - start);
          if (!ok) errors++;
        }),
    );
  }
  await Promise.all(pending);
  return { requests: latencies.length, errors, seconds: (performance.now() - started) / 1000, latencies: latencies.sort((a, b) => a - b) };
}

const rps = (result: Result) => result.requests / result.seconds;
const ms = (value: number) => `${value.toFixed(1).padStart(7)} ms`;

function descendants(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // the process ended while we looked
    }
  }
  const all = [pid];
  for (let at = 0; at < all.length; at++) all.push(...(children.get(all[at]!) ?? []));
  return all;
}

/** Resident memory of the server and every process it started, in MB. */
function serverRss(pid: number): number {
  let kilobytes = 0;
  for (const id of descendants(pid)) {
    try {
      kilobytes += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${id}/status`, "utf8"))?.[1] ?? 0);
    } catch {
      // gone
    }
  }
  return kilobytes / 1024;
}

async function ensureDatabase(): Promise<void> {
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await admin.connect();
  const name = new URL(DATABASE_URL).pathname.slice(1);
  const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
  if (exists.rowCount === 0) await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const database = await openDatabase({ backend: "postgres", url: DATABASE_URL });
  try {
    await migrateDatabase(database, () => undefined);
    const have = await database.prisma.document.count();
    if (have < DOCUMENTS) {
      console.log(`generating ${DOCUMENTS - have} documents (the database has ${have})`);
      const sql = await database.sql();
      await generateCorpus(sql, DOCUMENTS - have);
      await sql.close();
    }
    const passwordHash = await hashPassword(STAFF.password);
    await database.prisma.user.upsert({
      where: { email: STAFF.email },
      update: { passwordHash, active: true, mustChangePassword: false },
      create: { email: STAFF.email, name: "Bench editor", role: "EDITOR", passwordHash, mustChangePassword: false },
    });
  } finally {
    await database.close();
  }
}

function startServer(): ChildProcess {
  if (!existsSync(".next/BUILD_ID")) execFileSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], { stdio: "inherit" });
  return spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(PORT)], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL,
      NEXTAUTH_URL: ORIGIN,
      NEXTAUTH_SECRET: SECRET,
      CHANCERY_SCHEDULER: "off",
      NEXT_TELEMETRY_DISABLED: "1",
      ...(process.env.BENCH_REDIS_URL ? { REDIS_URL: process.env.BENCH_REDIS_URL, REDIS_KEY_PREFIX: `chancery-bench:${Date.now()}:` } : { REDIS_URL: "" }),
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
}

async function waitFor(path: string): Promise<void> {
  for (let attempt = 0; attempt < 240; attempt++) {
    if (await hit(path, {}).catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${ORIGIN}${path} did not answer`);
}

async function signIn(): Promise<Record<string, string>> {
  const csrf = await fetch(`${ORIGIN}/api/auth/csrf`);
  const cookies = csrf.headers.getSetCookie().map((cookie) => cookie.split(";")[0]).join("; ");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${ORIGIN}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookies, origin: ORIGIN },
    body: new URLSearchParams({ csrfToken, email: STAFF.email, password: STAFF.password, callbackUrl: `${ORIGIN}/workspace` }),
  });
  const session = response.headers.getSetCookie().find((cookie) => cookie.includes("chancery.session"));
  if (!session) throw new Error(`sign-in failed: HTTP ${response.status}`);
  return { cookie: session.split(";")[0]! };
}

/** Gzipped bytes of the JavaScript files a page loads. */
async function clientScriptBytes(path: string): Promise<number> {
  const html = await (await fetch(`${ORIGIN}${path}`)).text();
  const sources = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((match) => match[1]!))];
  let bytes = 0;
  for (const source of sources) bytes += gzipSync(Buffer.from(await (await fetch(new URL(source, ORIGIN))).arrayBuffer())).length;
  return bytes;
}

async function sqlPerRender(samples: { articleSlug: string }): Promise<Record<string, number>> {
  let statements = 0;
  const database = await openDatabase({ backend: "postgres", url: DATABASE_URL }, { onQuery: () => statements++ });
  installDatabase(database);
  const count = async (work: () => Promise<unknown>) => {
    statements = 0;
    await work();
    return statements;
  };
  try {
    return {
      home: await count(() => Promise.all([loadDocumentList("PRESS_RELEASE", "en", { page: 1 }, 5), loadDocumentList("INTERVIEW", "en", { page: 1 }, 5)])),
      list: await count(() => Promise.all([loadDocumentList("PRESS_RELEASE", "en", parseListFilters({ year: "2020", page: "2" })), loadListFilterOptions("PRESS_RELEASE", "en")])),
      article: await count(async () => loadPublicDocument((await resolveDocumentSlug("PRESS_RELEASE", samples.articleSlug))!, "en")),
      search: await count(() => searchDocuments({ query: "cooperation", locale: "en", page: 1 })),
    };
  } finally {
    await database.close();
  }
}

async function main(): Promise<void> {
  // Before anything reads the environment (lib/env caches it): the in-process publish signs its refresh request
  // with the server's secret, and talks to the server's database.
  Object.assign(process.env, { DATABASE_URL, NEXTAUTH_URL: ORIGIN, NEXTAUTH_SECRET: SECRET });
  console.log(`\nSite benchmark: ${DOCUMENTS.toLocaleString("en")} documents on PostgreSQL, ${CONNECTIONS} connections, ${SECONDS} s a page${SHORT ? " (BENCH_SHORT)" : ""}`);
  await ensureDatabase();
  const server = startServer();
  try {
    await waitFor("/en");
    const rssStart = serverRss(server.pid!);
    const samples = new pg.Client({ connectionString: DATABASE_URL });
    await samples.connect();
    const slugs = async (kind: string, limit: number) =>
      (await samples.query<{ slug: string }>(`SELECT d."slug" FROM "Document" d JOIN "Edition" e ON e."documentId" = d."id" AND e."state" = 'PUBLISHED' WHERE d."kind" = $1 AND d."originalLocale" = 'en' ORDER BY d."slug" LIMIT $2`, [kind, limit])).rows.map((row) => row.slug);
    const articles = await slugs("PRESS_RELEASE", 200);
    const interviews = await slugs("INTERVIEW", 50);
    const person = (await samples.query<{ en: string }>(`SELECT "names"->>'en' AS en FROM "Person" WHERE "names"->>'en' LIKE 'Bench person %' LIMIT 1`)).rows[0]?.en ?? "Bench person 1";
    const rare = (await samples.query<{ word: string }>(`SELECT split_part("title", ' ', 3) AS word FROM "Localization" WHERE "locale" = 'en' ORDER BY "id" DESC LIMIT 1`)).rows[0]?.word ?? "tanzen";
    const document = (await samples.query<{ id: string }>(`SELECT d."id" FROM "Document" d WHERE d."slug" = $1`, [articles[0]])).rows[0]!.id;
    await samples.end();
    const misspelled = person.replace("person", "persn");
    const session = await signIn();

    const cases: { name: string; paths: string[]; headers?: Record<string, string>; target?: string }[] = [
      { name: "static file (reference)", paths: ["/bench-static.txt"] },
      { name: "static Next.js page (reference)", paths: ["/bench-static"] },
      { name: "home (cached)", paths: ["/en"], target: "≥ 0.9× static page" },
      { name: "list (cached)", paths: ["/en/press-releases"], target: "≥ 0.9× static page" },
      { name: "list with filters (cached)", paths: ["/en/press-releases?year=2020", "/en/press-releases?country=AZ&topic=energy", "/en/press-releases?year=2019&month=4"], target: "≥ 0.9× static page" },
      { name: "list page 500 (cached)", paths: ["/en/press-releases?page=500"], target: "≥ 0.9× static page" },
      { name: "article (cached)", paths: articles.slice(0, 50).map((slug) => `/en/press-releases/${slug}`), target: "≥ 0.9× static page" },
      { name: "interview (cached)", paths: interviews.slice(0, 20).map((slug) => `/en/interviews/${slug}`), target: "≥ 0.9× static page" },
      { name: "search: rare word", paths: [`/en/search?q=${encodeURIComponent(rare)}`], target: "p95 ≤ 50 ms" },
      { name: "search: medium word", paths: ["/en/search?q=tanka"], target: "p95 ≤ 50 ms" },
      { name: "search: common word", paths: ["/en/search?q=cooperation"], target: "p95 ≤ 50 ms" },
      { name: "search: Korean", paths: [`/ko/search?q=${encodeURIComponent("협력")}`], target: "p95 ≤ 50 ms" },
      { name: "search: misspelled name", paths: [`/en/search?q=${encodeURIComponent(misspelled)}`], target: "p95 ≤ 50 ms" },
      { name: "Atom feed", paths: ["/en/press-releases/feed.atom"] },
      { name: "JSON API list", paths: ["/api/v1/documents?locale=en&limit=20"] },
      { name: "admin documents list (signed in)", paths: ["/workspace/documents", "/workspace/documents?state=published&kind=press_release", "/workspace/documents?q=cooperation&page=2"], headers: session, target: "p95 ≤ 150 ms" },
    ];

    console.log(`\n${"page".padEnd(36)} ${"req/s".padStart(8)}  ${"p50".padStart(10)} ${"p95".padStart(10)} ${"p99".padStart(10)} errors  ×static  ${"at 50% load p50/p95".padStart(22)}  target`);
    let reference = Number.NaN;
    const measured = ONLY.length === 0 ? cases : cases.filter((entry) => entry.name.includes("(reference)") || ONLY.some((part) => entry.name.includes(part)));
    for (const entry of measured) {
      for (const path of entry.paths) await hit(path, entry.headers ?? {});
      await saturate(entry.paths, 1, entry.headers);
      const result = await saturate(entry.paths, SECONDS, entry.headers);
      if (entry.name.startsWith("static Next.js")) reference = rps(result);
      const fixed = await offer(entry.paths, Math.max(1, rps(result) / 2), Math.max(2, SECONDS / 2), entry.headers);
      const ratio = Number.isFinite(reference) ? (rps(result) / reference).toFixed(2) : "";
      console.log(
        `${entry.name.padEnd(36)} ${rps(result).toFixed(0).padStart(8)}  ${ms(percentile(result.latencies, 50))} ${ms(percentile(result.latencies, 95))} ${ms(percentile(result.latencies, 99))} ${String(result.errors).padStart(6)}  ${ratio.padStart(7)}  ${ms(percentile(fixed.latencies, 50))}/${ms(percentile(fixed.latencies, 95)).trim()}  ${entry.target ?? ""}`,
      );
    }

    if (ONLY.length > 0) return;

    // An article rendered afresh: its tags purged (as a publish does) before each request.
    const uncached: number[] = [];
    for (let n = 0; n < (SHORT ? 30 : 100); n++) {
      // the same article each time: its tags are purged and it is rendered on the next request
      const body = JSON.stringify({ documentIds: [document] });
      await fetch(`${ORIGIN}/api/revalidate`, { method: "POST", headers: { "content-type": "application/json", [REVALIDATION_SIGNATURE_HEADER]: signRevalidation(body, SECRET) }, body });
      const start = performance.now();
      await hit(`/en/press-releases/${articles[0]}`, {});
      uncached.push(performance.now() - start);
    }
    uncached.sort((a, b) => a - b);
    console.log(`${"article (forced uncached), sequential".padEnd(36)} ${"".padStart(8)}  ${ms(percentile(uncached, 50))} ${ms(percentile(uncached, 95))} ${ms(percentile(uncached, 99))}                                   p95 ≤ 50 ms`);

    console.log(`\nSQL statements per render (cache miss): ${JSON.stringify(await sqlPerRender({ articleSlug: articles[0]! }))}   target ≤ 5`);

    const floor = await clientScriptBytes("/bench-static");
    const scripts: Record<string, number> = {};
    for (const [name, path] of [["home", "/en"], ["list", "/en/press-releases"], ["article", `/en/press-releases/${articles[0]}`], ["search", "/en/search?q=cooperation"]] as const) {
      scripts[name] = await clientScriptBytes(path);
    }
    console.log(`client JS, gzipped: Next.js runtime floor (static page) ${(floor / 1024).toFixed(1)} KB; ${Object.entries(scripts).map(([name, bytes]) => `${name} ${(bytes / 1024).toFixed(1)} KB (+${((bytes - floor) / 1024).toFixed(1)})`).join(", ")}   target ≤ 20 KB above the floor`);

    // Memory: a mixed reading load for SOAK_SECONDS.
    const rssWarm = serverRss(server.pid!);
    const mixed = [...cases.filter((entry) => !entry.headers).flatMap((entry) => entry.paths)];
    await saturate(mixed, SOAK_SECONDS);
    const rssEnd = serverRss(server.pid!);
    console.log(`server RSS: ${rssStart.toFixed(0)} MB at start, ${rssWarm.toFixed(0)} MB after warm-up, ${rssEnd.toFixed(0)} MB after a ${SOAK_SECONDS} s mixed run (${(rssEnd / rssWarm).toFixed(2)}×)   target ≤ 1.1×`);

    // Freshness: a correction, published the way the desk does, and the seconds until a reader sees it.
    const fresh = await freshness(articles[1]!);
    console.log(`freshness: the corrected title was served ${fresh.toFixed(2)} s after the publish returned`);
  } finally {
    server.kill("SIGTERM");
  }
}

async function freshness(slug: string): Promise<number> {
  const database = await openDatabase({ backend: "postgres", url: DATABASE_URL });
  installDatabase(database);
  const [{ correct }, { saveEdition }, { submit }, { publish }, { createNewsroom }, { notifyRunningServer, settleRevalidations }] = await Promise.all([
    import("@/lib/editorial/correct"),
    import("@/lib/editorial/save-edition"),
    import("@/lib/editorial/submit"),
    import("@/lib/editorial/publish"),
    import("@/test-support/fixtures/content"),
    import("@/lib/public/revalidate"),
  ]);
  try {
    notifyRunningServer();
    await hit(`/en/press-releases/${slug}`, {});
    const { editor, otherEditor } = await createNewsroom(database.prisma);
    const documentId = (await database.prisma.document.findUniqueOrThrow({ where: { slug } })).id;
    const draft = await correct(editor, { documentId, changeType: "MAJOR", changeNote: "Benchmark correction." });
    const { lockVersion } = await database.prisma.edition.findUniqueOrThrow({ where: { id: draft.editionId } });
    const title = `Corrected for the benchmark ${Date.now()}`;
    await saveEdition(editor, { editionId: draft.editionId, lockVersion, title });
    await submit(editor, { editionId: draft.editionId });
    await publish(otherEditor, { editionId: draft.editionId });
    const published = performance.now();
    await settleRevalidations();
    for (;;) {
      const html = await (await fetch(`${ORIGIN}/en/press-releases/${slug}`)).text();
      if (html.includes(title)) return (performance.now() - published) / 1000;
      if (performance.now() - published > 60_000) return Number.POSITIVE_INFINITY;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    await database.close();
  }
}

runCli(main);
