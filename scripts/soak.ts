/**
 * `npm run soak`: mixed traffic for SOAK_SECONDS (default 600) against the built app served by `next start` (run
 * `npx next build` first) on a throwaway PostgreSQL database (TEST_DATABASE_URL's server) with the demo content.
 * Readers fetch the home page, lists, articles, search, feeds and the API over HTTP while writers and editors,
 * signed in through next-auth, create, save, submit, publish and correct through the workspace's own server actions,
 * in parallel. Prints operations, errors and p50/p95 per kind, revisions acknowledged against revisions stored (none
 * lost, none duplicated), how soon each publish reached its public page, the press-release RSS feed at start and
 * end, and the server's memory every 10 s. Exits 1 on any error, lost or duplicated revision, or stale page.
 */
import { randomBytes } from "node:crypto";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { parseBody } from "@/lib/body/parse";
import { migrateDatabase, withDatabase } from "@/lib/db/prepare";
import { parseEnv } from "@/lib/env";
import { prepareFirstStart } from "@/lib/seed/first-start";
import { DEMO_ACCOUNTS } from "@/lib/seed/demo-accounts";
import { clearPublicCaches, startAppServer } from "@/test-support/app-server";
import { readFeed, rssProblems } from "@/test-support/feed-checks";
import { callAction, serverActionIds, signInOverHttp, type StaffSession } from "@/test-support/http-staff";
import { TEST_DATABASE_URL } from "@/test-support/test-database";
import { fullCollections, liveHeapByWindow } from "./gc-trace";
import { runCli } from "./run-cli";

const SECONDS = Number(process.env.SOAK_SECONDS ?? 600);
const READERS = Number(process.env.SOAK_READERS ?? 8);
const EDITORS = Number(process.env.SOAK_EDITORS ?? 3);
const PORT = Number(process.env.SOAK_PORT ?? 3290);
/** Optional V8 heap limit for the server (`--max-old-space-size`), to tell a leak from a heap that is never shrunk. */
const HEAP_MB = process.env.SOAK_HEAP_MB ? Number(process.env.SOAK_HEAP_MB) : null;
/** A published edition's page must show it within this long (the publish purges its pages' caches). */
const FRESH_WITHIN_MS = 5_000;

type Kind = "home" | "list" | "article" | "search" | "feed" | "api" | "workspace" | "create" | "save" | "submit" | "publish" | "correct";
const times = new Map<Kind, number[]>();
const errors: string[] = [];
const freshness: number[] = [];
let revisionsAcknowledged = 0;

function fail(kind: Kind, what: string): void {
  errors.push(`${kind}: ${what}`);
}

async function timed<T>(kind: Kind, work: () => Promise<T>): Promise<T | undefined> {
  const started = performance.now();
  try {
    return await work();
  } catch (error) {
    fail(kind, error instanceof Error ? error.message.split("\n")[0]! : String(error));
    return undefined;
  } finally {
    (times.get(kind) ?? times.set(kind, []).get(kind)!).push(performance.now() - started);
  }
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

type Outcome<T> = { ok: true; data: T } | { ok: false; code: string; error: string; fieldErrors: Record<string, string[]> };

async function main(): Promise<number> {
  const name = `chancery_soak_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  const env = parseEnv({ ...process.env, DATABASE_URL: databaseUrl, CHANCERY_DEMO: "true" });
  await withDatabase(env, async (database) => {
    await migrateDatabase(database, () => undefined);
    await prepareFirstStart(database.prisma, env, () => undefined);
  });
  const sql = new pg.Pool({ connectionString: databaseUrl, max: 4 });
  // The build's page caches belong to whichever database served last; this one starts empty (and so does the next).
  clearPublicCaches();
  // The server traces its garbage collections: the live heap after each full one is the soak's memory measure.
  let gcTrace = "";
  let partialLine = "";
  const server = await startAppServer({
    port: PORT,
    databaseUrl,
    dataDir: join(".data", "soak"),
    env: { CHANCERY_DEMO: "true" },
    nodeArguments: ["--trace-gc", ...(HEAP_MB ? [`--max-old-space-size=${HEAP_MB}`] : [])],
    onOutput: (text) => {
      const lines = (partialLine + text).split("\n");
      partialLine = lines.pop() ?? "";
      for (const line of lines) if (line.includes("Mark-Compact")) gcTrace += `${line}\n`;
    },
  });
  const base = server.url;
  try {
    const actions = serverActionIds();
    const action = (name: string) => {
      const id = actions.get(`app/workspace/documents/actions.ts#${name}`);
      if (!id) throw new Error(`no server action ${name} in the build`);
      return id;
    };
    const ids = {
      create: action("createDocumentAction"),
      save: action("saveEditionAction"),
      submit: action("submitAction"),
      publish: action("publishAction"),
      correct: action("correctAction"),
    };
    const account = (role: string) => DEMO_ACCOUNTS.find((entry) => entry.role === role)!;
    const slugs = (await sql.query<{ slug: string; kind: string }>(`SELECT slug, kind FROM "Document"`)).rows;

    const feedAt = async () => {
      const xml = await (await fetch(`${base}/en/press-releases/feed.rss`)).text();
      const problems = rssProblems(xml);
      const feed = readFeed(xml);
      return { problems, items: feed.items.length, newest: feed.items[0]?.title ?? "(none)" };
    };
    const feedBefore = await feedAt();

    const until = Date.now() + SECONDS * 1000;
    const memory: number[] = [];
    const sampler = setInterval(() => memory.push(server.rssMb()), 10_000);
    memory.push(server.rssMb());

    const get = async (kind: Kind, path: string, expectText?: string, session?: StaffSession) =>
      timed(kind, async () => {
        const response = await fetch(`${base}${path}`, { redirect: "manual", headers: session ? { Cookie: session.cookie } : {} });
        const body = await response.text();
        if (response.status !== 200) throw new Error(`${response.status} for ${path}`);
        if (expectText && !body.includes(expectText)) throw new Error(`${path} does not show ${JSON.stringify(expectText)}`);
        return body;
      });

    const reader = async (index: number) => {
      for (let round = 0; Date.now() < until; round++) {
        const document = slugs[(round * 7 + index) % slugs.length]!;
        const section = document.kind === "INTERVIEW" ? "interviews" : "press-releases";
        switch ((round + index) % 6) {
          case 0:
            await get("home", "/en");
            break;
          case 1:
            await get("list", [`/en/press-releases`, `/en/interviews`, `/en/press-releases?year=${new Date().getFullYear()}`][round % 3]!);
            break;
          case 2:
            await get("article", `/en/${section}/${document.slug}`);
            break;
          case 3:
            await get("search", `/en/search?q=${["Azerbaijan", "soak release", "cooperation"][round % 3]}`);
            break;
          case 4:
            await get("feed", ["/en/feed.atom", "/en/press-releases/feed.rss", "/en/interviews/feed.atom"][round % 3]!);
            break;
          default:
            await get("api", "/api/v1/documents?limit=20");
        }
      }
    };

    const run = async <T>(kind: Kind, session: StaffSession, page: string, id: string, input: Record<string, unknown>): Promise<T | undefined> =>
      timed(kind, async () => {
        const answer = await callAction<Outcome<T>>(base, session, page, id, input);
        if (answer.status >= 400) throw new Error(`HTTP ${answer.status}`);
        if (answer.redirect) return answer.redirect as T;
        if (!answer.result) throw new Error(`no answer (HTTP ${answer.status})`);
        if (!answer.result.ok) throw new Error(`${answer.result.code}: ${answer.result.error} ${JSON.stringify(answer.result.fieldErrors)}`);
        return answer.result.data;
      });

    const editorLoop = async (index: number) => {
      const writer = await signInOverHttp(base, account("WRITER").email, account("WRITER").password);
      const editor = await signInOverHttp(base, account("EDITOR").email, account("EDITOR").password);
      const today = new Date().toISOString().slice(0, 10);
      const fields = (title: string, text: string) => ({ title, summary: "", publicDate: today, body: JSON.stringify(parseBody(text)) });

      for (let round = 0; Date.now() < until; round++) {
        const title = `Soak release ${index}-${round}`;
        const redirect = await run<string>("create", writer, "/workspace/documents/new", ids.create, {
          kind: "PRESS_RELEASE",
          originalLocale: "en",
          slug: "",
          ...fields(title, `1. ${title}, first text.`),
        });
        const documentId = typeof redirect === "string" ? redirect.split("/").at(-1) : undefined;
        if (!documentId) continue;
        revisionsAcknowledged++;
        const documentPage = `/workspace/documents/${documentId}`;
        await get("workspace", documentPage, title, writer);
        const created = await sql.query<{ id: string; lockVersion: number }>(`SELECT id, "lockVersion" FROM "Edition" WHERE "documentId" = $1`, [documentId]);
        const editionId = created.rows[0]!.id;
        let lockVersion = created.rows[0]!.lockVersion;

        const saveAll = async (label: string, editionId: string, times: number) => {
          for (let save = 1; save <= times; save++) {
            const saved = await run<{ outcome: string; lockVersion: number; revisionNumber: number | null }>("save", writer, documentPage, ids.save, {
              editionId,
              lockVersion: String(lockVersion),
              changeType: "MINOR",
              ...fields(`${title}${label}`, `1. ${title}, ${label || "save"} ${save}.`),
            });
            if (!saved) continue;
            if (saved.outcome !== "saved") fail("save", `${saved.outcome} on ${title}`);
            else {
              lockVersion = saved.lockVersion;
              if (saved.revisionNumber !== null) revisionsAcknowledged++;
            }
          }
        };
        const publishAndCheck = async (editionId: string, shown: string) => {
          const submitted = await run<{ lockVersion: number }>("submit", writer, documentPage, ids.submit, { editionId, lockVersion: String(lockVersion) });
          if (!submitted) return null;
          const published = await run<{ lockVersion: number; slug: string }>("publish", editor, documentPage, ids.publish, { editionId, lockVersion: String(submitted.lockVersion) });
          if (!published) return null;
          const started = performance.now();
          for (;;) {
            const page = await fetch(`${base}/en/press-releases/${published.slug}`).then((response) => response.text());
            if (page.includes(shown)) break;
            if (performance.now() - started > FRESH_WITHIN_MS) {
              fail("publish", `${published.slug} did not show ${JSON.stringify(shown)} within ${FRESH_WITHIN_MS} ms`);
              break;
            }
            await new Promise((resolve) => setTimeout(resolve, 100));
          }
          freshness.push(performance.now() - started);
          return published;
        };

        await saveAll("", editionId, 3);
        if (!(await publishAndCheck(editionId, `${title}, save 3.`))) continue;
        const correction = await run<{ editionId: string; lockVersion: number }>("correct", writer, documentPage, ids.correct, { documentId, changeType: "MINOR", changeNote: "" });
        if (!correction) continue;
        revisionsAcknowledged++;
        lockVersion = correction.lockVersion;
        await saveAll(" (corrected)", correction.editionId, 1);
        await publishAndCheck(correction.editionId, `${title}, (corrected) 1.`);
      }
    };

    const startedAt = performance.now();
    await Promise.all([...Array.from({ length: READERS }, (_, index) => reader(index)), ...Array.from({ length: EDITORS }, (_, index) => editorLoop(index))]);
    clearInterval(sampler);
    memory.push(server.rssMb());
    const elapsed = (performance.now() - startedAt) / 1000;
    const feedAfter = await feedAt();

    const stored = Number(
      (
        await sql.query<{ n: string }>(
          `SELECT count(*) AS n FROM "Revision" r JOIN "Localization" l ON l.id = r."localizationId" JOIN "Edition" e ON e.id = l."editionId"
           JOIN "Document" d ON d.id = e."documentId" WHERE d.slug LIKE 'soak-release-%'`,
        )
      ).rows[0]!.n,
    );
    const duplicates = Number(
      (await sql.query<{ n: string }>(`SELECT count(*) AS n FROM (SELECT "localizationId", number FROM "Revision" GROUP BY 1, 2 HAVING count(*) > 1) d`)).rows[0]!.n,
    );
    const twoLive = Number(
      (await sql.query<{ n: string }>(`SELECT count(*) AS n FROM (SELECT "documentId" FROM "Edition" WHERE state IN ('PUBLISHED', 'WITHDRAWN') GROUP BY 1 HAVING count(*) > 1) d`)).rows[0]!.n,
    );
    const requests = [...times.values()].reduce((sum, list) => sum + list.length, 0);

    console.log(`Soak over HTTP against next start on PostgreSQL: ${elapsed.toFixed(0)} s, ${READERS} readers, ${EDITORS} writer/editor pairs, ${requests} requests`);
    for (const [kind, list] of [...times].sort()) {
      const sorted = [...list].sort((a, b) => a - b);
      console.log(`  ${kind.padEnd(8)} n=${String(sorted.length).padStart(6)}  p50 ${percentile(sorted, 50).toFixed(1).padStart(7)} ms  p95 ${percentile(sorted, 95).toFixed(1).padStart(7)} ms`);
    }
    const fresh = [...freshness].sort((a, b) => a - b);
    console.log(`  publish → public page shows it: p50 ${percentile(fresh, 50).toFixed(0)} ms, max ${(fresh.at(-1) ?? 0).toFixed(0)} ms (${fresh.length} publishes)`);
    console.log(`  errors: ${errors.length}${errors.length ? ` (first: ${errors.slice(0, 3).join(" | ")})` : ""}`);
    console.log(`  revisions: ${revisionsAcknowledged} acknowledged, ${stored} stored, ${duplicates} duplicated numbers; documents with two live editions: ${twoLive}`);
    for (const [label, feed] of [["start", feedBefore], ["end", feedAfter]] as const) {
      console.log(`  RSS at ${label}: ${feed.items} items, newest ${JSON.stringify(feed.newest)}, ${feed.problems.length ? `problems: ${feed.problems.join("; ")}` : "valid"}`);
    }
    console.log(`  server memory (RSS MB, every 10 s${HEAP_MB ? `, heap limit ${HEAP_MB} MB` : ""}): ${memory.join(" ")}`);
    const collections = fullCollections(gcTrace);
    const byMinute = liveHeapByWindow(collections, 60_000).map(({ fromMs, liveMb }) => `${Math.round(fromMs / 60_000)}m ${liveMb.toFixed(0)}`);
    console.log(`  live heap after the last full GC of each minute of the server's life (MB; ${collections.length} full GCs): ${byMinute.join(", ")}`);
    const last = collections.at(-1);
    if (last) console.log(`  after the last full GC: ${last.liveMb.toFixed(0)} MB live of ${last.committedMb.toFixed(0)} MB of heap V8 holds; the rest of RSS is outside the JS heap`);
    const healthy = errors.length === 0 && stored === revisionsAcknowledged && duplicates === 0 && twoLive === 0 && feedAfter.problems.length === 0;
    return healthy ? 0 : 1;
  } finally {
    await server.stop();
    clearPublicCaches();
    await sql.end();
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
}

runCli(main);
