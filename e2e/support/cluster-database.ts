/**
 * The database side of e2e/two-instances-share-cache.spec.ts, run as `tsx --conditions=react-server` (the editorial
 * services are server-only). One command a run, on DATABASE_URL; prints one JSON line.
 *   create <admin-url> <name>   a fresh PostgreSQL database, migrated, with the demo accounts
 *   drop <admin-url> <name>
 *   release <title>             a published press release, and one immediate-alert subscriber for press releases
 *   correct <documentId> <title> publishes a correction and tells the server at NEXTAUTH_URL (like `npm run publish-due`)
 *   due <count>                 that many releases scheduled, then their time come (scheduledAt set to now)
 *   tally <editionId…>          per edition: its state and how often it was published; every mail queued
 */
import pg from "pg";
import { createDocument } from "@/lib/editorial/create-document";
import { correct } from "@/lib/editorial/correct";
import { publish } from "@/lib/editorial/publish";
import { saveEdition } from "@/lib/editorial/save-edition";
import { schedule } from "@/lib/editorial/schedule";
import { submit } from "@/lib/editorial/submit";
import { createNewsroom, paragraphs } from "@/test-support/fixtures/content";
import { closeDatabase, db } from "@/lib/db";
import { migrateDatabase, withDatabase } from "@/lib/db/prepare";
import { loadEnvOrExit } from "@/lib/env";
import { notifyRunningServer, settleRevalidations } from "@/lib/public/revalidate";

async function admin<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const newsroom = async () => createNewsroom(await db());

async function release(title: string) {
  const { writer, editor } = await newsroom();
  const created = await createDocument(writer, { kind: "PRESS_RELEASE", title, summary: `${title}, in short.`, body: paragraphs(`${title}: the text.`) });
  await submit(writer, { editionId: created.editionId });
  await publish(editor, { editionId: created.editionId });
  return created;
}

const commands: Record<string, (...args: string[]) => Promise<unknown>> = {
  async create(adminUrl, name) {
    await admin(adminUrl!, (client) => client.query(`CREATE DATABASE "${name}"`));
    await withDatabase(loadEnvOrExit(), (database) => migrateDatabase(database, () => undefined));
    return { created: name };
  },
  async drop(adminUrl, name) {
    await admin(adminUrl!, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    return { dropped: name };
  },
  async release(title) {
    const created = await release(title!);
    const prisma = await db();
    await prisma.alertSubscriber.create({
      data: {
        email: `desk-${created.documentId}@wire.example`,
        locale: "en",
        subscriptions: { create: { filter: "KIND", value: "PRESS_RELEASE", frequency: "IMMEDIATE" } },
      },
    });
    return { documentId: created.documentId, slug: (await prisma.document.findUniqueOrThrow({ where: { id: created.documentId } })).slug };
  },
  async correct(documentId, title) {
    notifyRunningServer();
    const { editor, otherEditor } = await newsroom();
    const draft = await correct(editor, { documentId: documentId!, changeType: "MAJOR", changeNote: "Title corrected." });
    const edition = await (await db()).edition.findUniqueOrThrow({ where: { id: draft.editionId }, select: { lockVersion: true } });
    await saveEdition(editor, { editionId: draft.editionId, lockVersion: edition.lockVersion, title: title! });
    await submit(editor, { editionId: draft.editionId });
    await publish(otherEditor, { editionId: draft.editionId });
    await settleRevalidations();
    return { publishedAt: Date.now() };
  },
  async due(count) {
    const { writer, editor } = await newsroom();
    const editionIds: string[] = [];
    const titles: string[] = [];
    for (let index = 0; index < Number(count); index++) {
      titles.push(`Scheduled release ${Date.now()} ${index}`);
      const created = await createDocument(writer, { kind: "PRESS_RELEASE", title: titles.at(-1)!, summary: "Due.", body: paragraphs("Due now.") });
      await submit(writer, { editionId: created.editionId });
      await schedule(editor, { editionId: created.editionId, publishAt: "2040-01-01T09:00" });
      editionIds.push(created.editionId);
    }
    // The time comes for all of them at once, as it would on a summit morning.
    await (await db()).edition.updateMany({ where: { id: { in: editionIds } }, data: { scheduledAt: new Date() } });
    return { editionIds, titles };
  },
  async tally(...editionIds) {
    const prisma = await db();
    const editions = await prisma.edition.findMany({ where: { id: { in: editionIds } }, select: { id: true, state: true } });
    const publications = await prisma.auditEvent.groupBy({ by: ["subjectId"], where: { subjectId: { in: editionIds }, action: { in: ["edition.publish", "edition.publishScheduled"] } }, _count: true });
    const mail = await prisma.outboundMail.findMany({ select: { state: true, messageId: true } });
    return {
      states: Object.fromEntries(editions.map((edition) => [edition.id, edition.state])),
      publications: Object.fromEntries(publications.map((row) => [row.subjectId, row._count])),
      mail,
    };
  },
};

async function main(): Promise<void> {
  const [name, ...args] = process.argv.slice(2);
  const command = name ? commands[name] : undefined;
  if (!command) throw new Error(`unknown command ${name}`);
  const result = await command(...args);
  console.log(JSON.stringify(result));
  await closeDatabase();
  // The shared cache's Redis connection would keep the process alive.
  process.exit(0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
