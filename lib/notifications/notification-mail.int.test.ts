import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/changes/actor";
import { createActor, createNewsroom } from "@/test-support/fixtures/content";
import { installDatabase } from "@/lib/db";
import { deliverDueMail } from "@/lib/mail/deliver-mail";
import { createTranslationFixture } from "@/test-support/fixtures/translation";
import { startSmtpSink, type SmtpSink } from "@/test-support/smtp-sink";
import { createTestDatabase, testBackends, type TestDatabase } from "@/test-support/test-database";
import { walkTheWorkflow } from "@/test-support/fixtures/notification-scenario";

process.env.CHANCERY_LOCALES = "ko,en";
process.env.NEXTAUTH_URL = "https://desk.mofa.example";

describe.each(testBackends())("notifications by e-mail through a real SMTP server, on %s", (backend) => {
  let database: TestDatabase;
  let sink: SmtpSink;
  let people: { writer: Actor; editor: Actor; otherEditor: Actor; translator: Actor };

  beforeAll(async () => {
    sink = await startSmtpSink();
    // Before anything reads the environment: with SMTP configured, notifications are mailed too.
    process.env.SMTP_URL ??= sink.url;
    database = await createTestDatabase(backend);
    installDatabase(database);
    const newsroom = await createNewsroom(database.prisma);
    people = { ...newsroom, translator: await createActor(database.prisma, "TRANSLATOR", "translator") };
  });
  afterAll(async () => {
    await sink?.close();
    await database?.close();
  });

  it("mails each notification to its recipient, queued with the event and sent by the worker", async () => {
    const translation = await createTranslationFixture(database.prisma, { translation: "IN_PROGRESS" });
    await walkTheWorkflow(people, translation.localizationId!);
    const queued = await database.prisma.outboundMail.count({ where: { purpose: "notification", state: "QUEUED" } });
    expect(queued).toBe(await database.prisma.notification.count());

    expect(await deliverDueMail({ smtpUrl: sink.url })).toMatchObject({ sent: queued, failed: 0 });
    const received = await sink.waitForMessages(queued);
    const toWriter = received.filter((mail) => mail.to.includes(people.writer.email));
    expect(toWriter.map((mail) => mail.headers["x-chancery-notification"]).sort()).toEqual(["edition.publishedOnSchedule", "edition.sentBack"]);
    const sentBack = toWriter.find((mail) => mail.headers["x-chancery-notification"] === "edition.sentBack")!;
    expect(sentBack.subject).toMatch(/^\[Chancery\] “차관 면담 \d+” was sent back to draft by editor/);
    expect(sentBack.text).toContain("Check the date in paragraph 2.");
    expect(sentBack.text).toMatch(/Open it: https:\/\/desk\.mofa\.example\/workspace\/documents\/\S+/);
    expect(received.some((mail) => mail.to.includes(people.otherEditor.email) && mail.headers["x-chancery-notification"] === "translation.submitted")).toBe(true);
  });
});
