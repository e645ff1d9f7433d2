import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { expect, test, type Browser, type Page } from "@playwright/test";
import pg from "pg";
import { startAppServer, type AppServer } from "@/test-support/app-server";
import { startTcpProxy, type TcpProxy } from "@/test-support/tcp-proxy";
import { screenshot } from "./support/workspace";
import { demoAccount, signInThroughPage } from "./support/staff";

/*
 * The database dying in the middle of a save, in the browser, on PostgreSQL. The suite's own server runs on the
 * embedded database, so this journey serves the same build from a second `next start` on a fresh PostgreSQL database
 * whose connection passes through a relay the test cuts (test-support/tcp-proxy.ts). It only opens the workspace and
 * /api/health, which are never cached, so it leaves nothing in the build's page cache for the other journeys.
 */
const PORT = Number(process.env.E2E_PORT ?? 3100) + 50;
const POSTGRES = new URL(process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test");
const DATABASE = `chancery_e2e_faults_${PORT}`;

async function onPostgres<T>(database: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const url = new URL(POSTGRES);
  url.pathname = `/${database}`;
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

let relay: TcpProxy;
let server: AppServer;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  execFileSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "e2e/prepare-postgres-database.ts", DATABASE], { stdio: "inherit" });
  relay = await startTcpProxy({ host: POSTGRES.hostname, port: Number(POSTGRES.port || 5432) });
  const viaRelay = new URL(POSTGRES);
  viaRelay.host = `127.0.0.1:${relay.port}`;
  viaRelay.pathname = `/${DATABASE}`;
  server = await startAppServer({
    port: PORT,
    databaseUrl: viaRelay.toString(),
    dataDir: join(process.env.E2E_DATA_DIR ?? ".data/e2e", "postgres-faults"),
    env: { CHANCERY_DEMO: "true", CHANCERY_SCHEDULER: "off" },
  });
});

test.afterAll(async () => {
  await server?.stop();
  await relay?.close();
  await onPostgres(POSTGRES.pathname.slice(1), (client) => client.query(`DROP DATABASE IF EXISTS "${DATABASE}" WITH (FORCE)`));
});

/** The desk's body in text mode (it opens in blocks). */
function bodyAsText(page: Page) {
  return test.step("body as text", async () => {
    const tab = page.getByRole("tab", { name: "Text" });
    if ((await tab.getAttribute("aria-selected")) !== "true") await tab.click();
    return page.getByLabel("Body as text");
  });
}

async function editorPage(browser: Browser) {
  const page = await (await browser.newContext({ baseURL: server.url })).newPage();
  const editor = demoAccount("EDITOR");
  await signInThroughPage(page, editor.email, editor.password);
  await page.waitForURL(/\/workspace/);
  return page;
}

test("the database dies mid-save: the editor keeps the text, is told why, and saves again once it is back", async ({ browser, request }, testInfo) => {
  test.setTimeout(90_000);
  const page = await editorPage(browser);
  await page.goto("/workspace/documents/new");
  await page.getByLabel("Title", { exact: true }).fill("Statement on the consular helpline");
  await page.getByLabel("Body as text").fill("1. The consular helpline answers day and night.");
  await page.getByRole("button", { name: "Create draft" }).click();
  await page.waitForURL(/\/workspace\/documents\/(?!new$)[a-z0-9]+$/);
  const documentId = new URL(page.url()).pathname.split("/").at(-1)!;

  // The database stops answering; the editor's changes are sent (by autosave or Ctrl+S), then the connection dies.
  const body = await bodyAsText(page);
  relay.hold();
  const title = "Statement on the consular helpline, with the new number";
  await page.getByLabel("Title", { exact: true }).fill(title);
  const typed = `${await body.inputValue()}\n2. The new number is +82 2 3210 0404.`;
  await body.fill(typed);
  await page.keyboard.press("Control+s");
  await expect(page.getByRole("button", { name: "Saving…" })).toBeVisible();
  await page.waitForTimeout(500);
  await relay.cut();
  const status = page.locator("[data-save-status]");
  await expect(status).toContainText("Not saved: The database cannot be reached just now");
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue(title);
  await expect(body).toHaveValue(typed);
  await screenshot(page, testInfo, "save-while-the-database-is-down");

  // While it is down: the health check and the workspace's pages say so; another save is refused the same way.
  const health = await request.get(`${server.url}/api/health`);
  expect(health.status()).toBe(503);
  expect(await health.json()).toMatchObject({ status: "unavailable", database: "unreachable" });
  const other = await (await browser.newContext()).newPage();
  await expect.poll(async () => (await other.goto(`${server.url}/workspace`))?.status(), { timeout: 10_000 }).toBe(503);
  await expect(other.getByRole("heading", { name: "Temporarily unavailable" })).toBeVisible();
  expect((await other.goto(`${server.url}/workspace`))?.headers()["retry-after"]).toBe("30");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(status).toContainText("Not saved: The database cannot be reached just now");
  await expect(body).toHaveValue(typed);

  // Back, with no restart: health is green within seconds, and the same page saves.
  await relay.restore();
  await expect.poll(async () => (await request.get(`${server.url}/api/health`)).status(), { timeout: 15_000 }).toBe(200);
  // The workspace's gate believes its last health answer for 2 s (lib/security/database-gate.ts), then opens again.
  await expect.poll(async () => (await other.goto(`${server.url}/workspace`))?.status(), { timeout: 10_000 }).toBe(200);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(status).toContainText("Saved at");
  await page.reload();
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue(title);
  const lines = (text: string) => text.split("\n").filter((line) => line.trim() !== "");
  expect(lines(await (await bodyAsText(page)).inputValue())).toEqual(lines(typed));

  // One revision for the draft and one for the save that reached the database: none half-written, none twice.
  const revisions = await onPostgres(DATABASE, async (client) =>
    (
      await client.query<{ title: string }>(
        `SELECT r.title FROM "Revision" r JOIN "Localization" l ON l.id = r."localizationId" JOIN "Edition" e ON e.id = l."editionId"
         WHERE e."documentId" = $1 ORDER BY r.number`,
        [documentId],
      )
    ).rows,
  );
  expect(revisions.map((revision) => revision.title)).toEqual(["Statement on the consular helpline", title]);
});
