import { readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, testBackends, type TestDatabase } from "@/test-support/test-database";
import { startSmtpSink, type SmtpSink } from "@/test-support/smtp-sink";
import { deliverDueMail, MAX_ATTEMPTS, retryDelayMs } from "./deliver-mail";
import { outboxTransport } from "./mail-transport";
import { enqueueMail, InvalidMailError, type OutgoingMail } from "./outbound-mail";

const release: OutgoingMail = {
  to: "journalist@press.example",
  subject: "Vice Minister meets Central Asian ambassadors",
  text: "The Vice Minister met the ambassadors today.\n\nRead it: https://mofa.example/en/press-releases/vice-minister",
  headers: { "List-Unsubscribe": "<https://mofa.example/unsubscribe/abc>" },
  purpose: "alert",
};

describe("retry delays", () => {
  it("double from a minute and stop growing at six hours", () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([60_000, 120_000, 240_000, 480_000]);
    expect(retryDelayMs(20)).toBe(6 * 60 * 60_000);
  });
});

describe.each(testBackends())("outbound mail on %s", (backend) => {
  let database: TestDatabase;
  let sink: SmtpSink;

  beforeAll(async () => {
    database = await createTestDatabase(backend);
    sink = await startSmtpSink();
  });
  afterAll(async () => {
    await sink?.close();
    await database?.close();
  });
  beforeEach(async () => {
    await database.prisma.outboundMail.deleteMany();
    sink.messages.length = 0;
  });

  const deliver = (now?: Date) => deliverDueMail({ client: database.prisma, smtpUrl: sink.url, now });

  it("sends mail queued in a committed transaction, once, with its headers and a stable Message-ID", async () => {
    await database.prisma.$transaction((tx) => enqueueMail(tx, release));
    expect(await deliver()).toEqual({ sent: 1, retrying: 0, failed: 0 });
    expect(await deliver()).toEqual({ sent: 0, retrying: 0, failed: 0 });

    const [received] = await sink.waitForMessages(1);
    expect(received!.to).toEqual(["journalist@press.example"]);
    expect(received!.subject).toBe(release.subject);
    expect(received!.text).toContain("Read it: https://mofa.example/en/press-releases/vice-minister");
    expect(received!.headers["list-unsubscribe"]).toBe("<https://mofa.example/unsubscribe/abc>");

    const row = await database.prisma.outboundMail.findFirstOrThrow();
    expect(row).toMatchObject({ state: "SENT", attempts: 1, transport: "smtp", lastError: null });
    expect(row.messageId).toBe(`<${row.id}@chancery.example>`);
    expect(received!.headers["message-id"]).toBe(row.messageId);
  });

  it("sends nothing for a transaction that rolled back", async () => {
    await expect(
      database.prisma.$transaction(async (tx) => {
        await enqueueMail(tx, [release, { ...release, to: "desk@agency.example" }]);
        throw new Error("the publish failed");
      }),
    ).rejects.toThrow("the publish failed");
    expect(await database.prisma.outboundMail.count()).toBe(0);
    expect(await deliver()).toEqual({ sent: 0, retrying: 0, failed: 0 });
  });

  it("refuses a subject with a line break (header injection) and an address that is not one, queueing none of the batch", async () => {
    await expect(
      database.prisma.$transaction((tx) => enqueueMail(tx, [release, { ...release, subject: "Hello\r\nBcc: everyone@example.com" }])),
    ).rejects.toThrow(InvalidMailError);
    await expect(database.prisma.$transaction((tx) => enqueueMail(tx, { ...release, to: "not an address" }))).rejects.toThrow(
      "Mail to must be an e-mail address",
    );
    expect(await database.prisma.outboundMail.count()).toBe(0);
  });

  it("retries a temporarily refused mail later with backoff, then sends it", async () => {
    await database.prisma.$transaction((tx) => enqueueMail(tx, release));
    sink.refuseNext(1);
    const now = new Date();
    expect(await deliver(now)).toEqual({ sent: 0, retrying: 1, failed: 0 });
    const waiting = await database.prisma.outboundMail.findFirstOrThrow();
    expect(waiting).toMatchObject({ state: "QUEUED", attempts: 1 });
    expect(waiting.lastError).toMatch(/451/);
    expect(waiting.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + 50_000);

    // Not due yet: nothing happens until the retry time.
    expect(await deliver()).toEqual({ sent: 0, retrying: 0, failed: 0 });
    expect(await deliver(new Date(Date.now() + 61_000))).toEqual({ sent: 1, retrying: 0, failed: 0 });
    expect(sink.messages).toHaveLength(1);
    expect(await database.prisma.outboundMail.findFirstOrThrow()).toMatchObject({ state: "SENT", attempts: 2 });
  });

  it(`marks a mail failed for good after ${MAX_ATTEMPTS} attempts and keeps the last reason`, async () => {
    await database.prisma.$transaction((tx) => enqueueMail(tx, release));
    await database.prisma.outboundMail.updateMany({ data: { attempts: MAX_ATTEMPTS - 1 } });
    sink.refuseNext(1);
    expect(await deliver()).toEqual({ sent: 0, retrying: 0, failed: 1 });
    const row = await database.prisma.outboundMail.findFirstOrThrow();
    expect(row).toMatchObject({ state: "FAILED", attempts: MAX_ATTEMPTS });
    expect(row.lastError).toMatch(/Try again later/);
    expect(await deliver(new Date(Date.now() + 7 * 60 * 60_000))).toEqual({ sent: 0, retrying: 0, failed: 0 });
  });

  it("without SMTP, writes each mail to the outbox folder as a message a mail client opens", async () => {
    const folder = join(tmpdir(), `chancery-outbox-${process.pid}-${backend}`);
    await rm(folder, { recursive: true, force: true });
    await database.prisma.$transaction((tx) => enqueueMail(tx, release));
    const transport = outboxTransport(folder, "Press Office <press@mofa.example>");
    expect(await deliverDueMail({ client: database.prisma, transport })).toMatchObject({ sent: 1 });
    const row = await database.prisma.outboundMail.findFirstOrThrow();
    expect(row).toMatchObject({ state: "SENT", transport: "outbox", messageId: `<${row.id}@mofa.example>` });
    const files = await readdir(folder);
    expect(files).toEqual([`${row.id}.eml`]);
    const message = await readFile(join(folder, files[0]!), "utf8");
    expect(message).toMatch(/^From: Press Office <press@mofa\.example>$/m);
    expect(message).toMatch(/^To: journalist@press\.example$/m);
    expect(message).toMatch(/^List-Unsubscribe: <https:\/\/mofa\.example\/unsubscribe\/abc>$/m);
    await rm(folder, { recursive: true, force: true });
  });

  // Two workers need two connections; PGlite has one.
  if (backend === "postgres") it("sends each mail exactly once when two workers run at the same moment", async () => {
    const second = await import("@/lib/db/open-database").then(({ openDatabase }) => openDatabase({ backend: "postgres", url: database.url! }));
    try {
      await database.prisma.$transaction((tx) =>
        enqueueMail(tx, Array.from({ length: 30 }, (_, index) => ({ ...release, to: `reporter${index}@press.example` }))),
      );
      const results = await Promise.all([
        deliverDueMail({ client: database.prisma, smtpUrl: sink.url, limit: 20 }),
        deliverDueMail({ client: second.prisma, smtpUrl: sink.url, limit: 20 }),
      ]);
      const sent = results[0]!.sent + results[1]!.sent;
      const rest = await deliver();
      expect(sent + rest.sent).toBe(30);
      await sink.waitForMessages(30);
      const recipients = sink.messages.map((message) => message.to[0]);
      expect(new Set(recipients).size).toBe(30);
      expect(recipients).toHaveLength(30);
    } finally {
      await second.close();
    }
  });
});
