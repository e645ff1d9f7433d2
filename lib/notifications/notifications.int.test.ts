import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/changes/actor";
import { createTranslationFixture } from "@/test-support/fixtures/translation";
import { testBackends } from "@/test-support/test-database";
import { NEWSROOM, useTestNewsroom } from "@/test-support/test-newsroom";
import { listNotifications, markNotificationsRead, unreadCount } from "./inbox";
import { walkTheWorkflow } from "@/test-support/fixtures/notification-scenario";

process.env.CHANCERY_LOCALES = "ko,en";
delete process.env.SMTP_URL;

describe.each(testBackends())("notifications in the workspace, on %s", (backend) => {
  const { database, ...people } = useTestNewsroom(backend, { ...NEWSROOM, translator: "TRANSLATOR" });

  beforeAll(async () => {
    const translation = await createTranslationFixture(database.prisma, { translation: "IN_PROGRESS" });
    await walkTheWorkflow(people, translation.localizationId!);
  });

  const kinds = async (actor: Actor) => (await listNotifications({ ...actor })).map((item) => item.kind).sort();

  it("tells each person what concerns them, and nobody what they did themselves", async () => {
    expect(await kinds(people.writer)).toEqual(["edition.publishedOnSchedule", "edition.sentBack"]);
    // The editor scheduled it, so hears it went live; reviewers hear of submissions and the other editor's force publication.
    expect(await kinds(people.editor)).toEqual([
      "edition.forcePublished",
      "edition.publishedOnSchedule",
      "edition.submitted",
      "edition.submitted",
      "translation.submitted",
    ]);
    expect(await kinds(people.otherEditor)).toEqual(["edition.submitted", "edition.submitted", "translation.submitted"]);
    expect(await kinds(people.translator)).toEqual([]);

    const [sentBack] = (await listNotifications(people.writer)).filter((item) => item.kind === "edition.sentBack");
    expect(sentBack).toMatchObject({ body: "Check the date in paragraph 2.", href: expect.stringMatching(/^\/workspace\/documents\//) });
    expect(sentBack!.title).toMatch(/^“차관 면담 \d+” was sent back to draft by editor/);
    const [forced] = (await listNotifications(people.editor)).filter((item) => item.kind === "edition.forcePublished");
    expect(forced!.body).toContain("Reason given: The statement had to go out before the briefing.");
  });

  it("counts unread, marks one's own read, and never someone else's", async () => {
    expect(await unreadCount(people.writer)).toBe(2);
    const [first] = await listNotifications(people.writer);
    expect(await markNotificationsRead(people.editor, { notificationId: first!.id })).toEqual({ marked: 0 });
    expect(await markNotificationsRead(people.writer, { notificationId: first!.id })).toEqual({ marked: 1 });
    expect(await unreadCount(people.writer)).toBe(1);
    expect(await markNotificationsRead(people.writer, {})).toEqual({ marked: 1 });
    expect(await unreadCount(people.writer)).toBe(0);
  });

  it("sends no e-mail when SMTP_URL is not set: notifications stay in the workspace", async () => {
    expect(await database.prisma.outboundMail.count({ where: { purpose: "notification" } })).toBe(0);
  });
});
