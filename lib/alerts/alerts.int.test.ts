import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { openDatabase } from "@/lib/db/open-database";
import { correct } from "@/lib/editorial/correct";
import { createDocument } from "@/lib/editorial/create-document";
import { publish } from "@/lib/editorial/publish";
import { saveEdition } from "@/lib/editorial/save-edition";
import { submit } from "@/lib/editorial/submit";
import { paragraphs } from "@/test-support/fixtures/content";
import type { OutgoingMail } from "@/lib/mail/outbound-mail";
import { testBackends } from "@/test-support/test-database";
import { useTestNewsroom } from "@/test-support/test-newsroom";
import { CONFIRMATIONS_PER_HOUR, requestSubscription } from "./request-subscription";
import { confirmSubscription } from "./confirm-subscription";
import { latestDigestSlot, sendDueDigests } from "./send-digests";
import { unsubscribe } from "./unsubscribe";

/*
 * The alert services on both databases, with the outbound-mail module recording what was queued in the publishing
 * transaction (delivery through a real SMTP server is e2e/…alerts…; here: who gets what, once).
 */
const outbox = vi.hoisted(() => ({ mails: [] as OutgoingMail[] }));
vi.mock("@/lib/mail/outbound-mail", () => ({
  async enqueueMail(_tx: unknown, mail: OutgoingMail | OutgoingMail[]) {
    outbox.mails.push(...(Array.isArray(mail) ? mail : [mail]));
  },
}));

const mailsTo = (email: string) => outbox.mails.filter((mail) => mail.to === email);
const linkIn = (mail: OutgoingMail, path: string) => {
  const match = new RegExp(`https?://\\S+${path}\\S+`).exec(mail.text);
  if (!match) throw new Error(`No ${path} link in:\n${mail.text}`);
  return new URL(match[0]);
};

describe.each(testBackends())("journalist alerts on %s", (backend) => {
  const { database, writer, editor } = useTestNewsroom(backend);
  let climate: string;
  let trade: string;
  let france: string;

  beforeAll(async () => {
    climate = (await database.prisma.topic.create({ data: { slug: "climate", names: { en: "Climate", ko: "기후" } } })).id;
    trade = (await database.prisma.topic.create({ data: { slug: "trade", names: { en: "Trade" } } })).id;
    france = (await database.prisma.country.create({ data: { code: "FR", names: { en: "France" } } })).id;
  });
  beforeEach(() => {
    outbox.mails.length = 0;
  });

  async function subscribe(email: string, choices: Record<string, unknown>, locale = "en") {
    await requestSubscription({ email, locale, ...choices } as Parameters<typeof requestSubscription>[0]);
    const mail = mailsTo(email.toLowerCase()).at(-1);
    expect(mail?.purpose).toBe("alert-confirmation");
    const token = linkIn(mail!, "/alerts/confirm").searchParams.get("token")!;
    outbox.mails.length = 0;
    return confirmSubscription(token);
  }

  async function release(title: string, tags: { topics?: string[]; countries?: string[] } = {}, kind: "PRESS_RELEASE" | "INTERVIEW" = "PRESS_RELEASE") {
    const created = await createDocument(writer, { kind, title, summary: `${title}, in short.`, body: paragraphs("Text."), taxonomy: tags });
    await submit(writer, { editionId: created.editionId });
    await publish(editor, { editionId: created.editionId });
    return created;
  }

  it("stores nothing until the link is followed, and then exactly what was asked", async () => {
    await requestSubscription({ email: "Desk@Wire.example", locale: "en", frequency: "IMMEDIATE", kinds: "PRESS_RELEASE", topics: [climate] });
    expect(await database.prisma.alertSubscriber.count({ where: { email: "desk@wire.example" } })).toBe(0);
    const [mail] = outbox.mails;
    expect(mail).toMatchObject({ to: "desk@wire.example", subject: "Confirm your e-mail alerts", purpose: "alert-confirmation" });
    expect(mail!.text).toContain("Press releases");
    expect(mail!.text).toContain("Topic: Climate");
    const token = linkIn(mail!, "/en/alerts/confirm").searchParams.get("token")!;

    const confirmed = await confirmSubscription(token);
    expect(confirmed).toMatchObject({ ok: true, email: "desk@wire.example", frequency: "IMMEDIATE" });
    expect(await confirmSubscription(token)).toMatchObject({ ok: true });
    const subscriber = await database.prisma.alertSubscriber.findUniqueOrThrow({ where: { email: "desk@wire.example" }, include: { subscriptions: true } });
    expect(subscriber.subscriptions.map((row) => [row.filter, row.value, row.frequency]).sort()).toEqual(
      [
        ["KIND", "PRESS_RELEASE", "IMMEDIATE"],
        ["TOPIC", climate, "IMMEDIATE"],
      ].sort(),
    );

    expect(await confirmSubscription(`${token.slice(0, -3)}abc`)).toEqual({ ok: false, reason: "invalid" });
    expect(await confirmSubscription(token.replace(/^./, (c) => (c === "e" ? "f" : "e")))).toEqual({ ok: false, reason: "invalid" });
  });

  it("expires confirmation links after a week", async () => {
    const weekAgo = new Date(Date.now() - 8 * 86_400_000);
    await requestSubscription({ email: "late@wire.example", locale: "en", frequency: "DAILY", kinds: "INTERVIEW" }, { now: weekAgo });
    const token = linkIn(mailsTo("late@wire.example")[0]!, "/alerts/confirm").searchParams.get("token")!;
    expect(await confirmSubscription(token)).toEqual({ ok: false, reason: "expired" });
  });

  it("answers every request alike and sends at most a few confirmation mails an hour to one address", async () => {
    for (let attempt = 0; attempt < CONFIRMATIONS_PER_HOUR + 2; attempt++) {
      await expect(requestSubscription({ email: "victim@example.org", locale: "en", frequency: "DAILY", kinds: "PRESS_RELEASE" })).resolves.toBeUndefined();
    }
    expect(mailsTo("victim@example.org")).toHaveLength(CONFIRMATIONS_PER_HOUR);
    await requestSubscription({ email: "victim@example.org", locale: "en", frequency: "DAILY", kinds: "PRESS_RELEASE" }, { now: new Date(Date.now() + 3_700_000) });
    expect(mailsTo("victim@example.org")).toHaveLength(CONFIRMATIONS_PER_HOUR + 1);
  });

  it("refuses unknown topics and languages the site does not publish in", async () => {
    await expect(requestSubscription({ email: "a@example.org", locale: "en", frequency: "DAILY", topics: ["no-such-topic"] })).rejects.toMatchObject({ field: "topics" });
    await expect(requestSubscription({ email: "a@example.org", locale: "en", frequency: "DAILY", languages: ["fr"] })).rejects.toMatchObject({ field: "languages" });
    await expect(requestSubscription({ email: "a@example.org", locale: "de", frequency: "DAILY", kinds: "INTERVIEW" })).rejects.toMatchObject({ field: "locale" });
    expect(outbox.mails).toHaveLength(0);
  });

  it("mails each matching subscriber once per publication, however many subscriptions match; digests wait", async () => {
    await subscribe("both@wire.example", { frequency: "IMMEDIATE", kinds: "PRESS_RELEASE", topics: [climate], countries: [france], languages: ["ko"] });
    await subscribe("digest@wire.example", { frequency: "DAILY", topics: [climate, trade] });
    await subscribe("interviews@wire.example", { frequency: "IMMEDIATE", kinds: "INTERVIEW" });
    await subscribe("korean@wire.example", { frequency: "IMMEDIATE", topics: [climate] }, "ko");

    const published = await release("Climate talks in Paris", { topics: [climate], countries: [france] });
    expect(mailsTo("both@wire.example")).toHaveLength(1);
    expect(mailsTo("interviews@wire.example")).toHaveLength(0);
    expect(mailsTo("digest@wire.example")).toHaveLength(0);
    const [mail] = mailsTo("both@wire.example");
    expect(mail).toMatchObject({ subject: "Press release: Climate talks in Paris", purpose: "alert" });
    expect(mail!.text).toContain(`/en/press-releases/${published.slug}`);
    expect(mail!.text).toContain("Climate talks in Paris, in short.");
    expect(mail!.headers?.["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    expect(mail!.headers?.["List-Unsubscribe"]).toMatch(/^<https?:\/\/[^>]+\/api\/alerts\/unsubscribe\?token=[^>]+>$/);
    // Korean readers get Korean words and, with no Korean text, the original's page.
    expect(mailsTo("korean@wire.example")[0]!.subject).toBe("보도자료: Climate talks in Paris");

    const deliveries = await database.prisma.alertDelivery.findMany({ where: { editionId: published.editionId }, include: { subscriber: true } });
    expect(Object.fromEntries(deliveries.map((row) => [row.subscriber.email, [row.frequency, row.mailedAt !== null]]))).toEqual({
      "both@wire.example": ["IMMEDIATE", true],
      // From the first test: press releases and climate, both matching, one delivery.
      "desk@wire.example": ["IMMEDIATE", true],
      "digest@wire.example": ["DAILY", false],
      "korean@wire.example": ["IMMEDIATE", true],
    });
  });

  it("tells subscribers of a major correction with its note, and of a minor one not at all", async () => {
    await subscribe("corrections@wire.example", { frequency: "IMMEDIATE", topics: [trade] });
    const first = await release("Trade figures", { topics: [trade] });
    expect(mailsTo("corrections@wire.example")).toHaveLength(1);

    const major = await correct(writer, { documentId: first.documentId, changeType: "MAJOR", changeNote: "Corrected the export total." });
    await saveEdition(writer, { editionId: major.editionId, lockVersion: major.lockVersion, bodyText: "Corrected text." });
    await submit(writer, { editionId: major.editionId });
    await publish(editor, { editionId: major.editionId });
    const updated = mailsTo("corrections@wire.example")[1]!;
    expect(updated.subject).toBe("Updated: Trade figures");
    expect(updated.text).toContain("What changed: Corrected the export total.");

    const minor = await correct(writer, { documentId: first.documentId, changeType: "MINOR" });
    await saveEdition(writer, { editionId: minor.editionId, lockVersion: minor.lockVersion, bodyText: "Typo fixed." });
    await submit(writer, { editionId: minor.editionId });
    await publish(editor, { editionId: minor.editionId });
    expect(mailsTo("corrections@wire.example")).toHaveLength(2);
  });

  it("sends one digest a day with everything since the last, exactly once however many runs race", async () => {
    await subscribe("daily@wire.example", { frequency: "DAILY", kinds: "INTERVIEW" });
    await release("Interview one", {}, "INTERVIEW");
    await release("Interview two", {}, "INTERVIEW");
    expect(mailsTo("daily@wire.example")).toHaveLength(0);

    // Before the next digest time nothing is due.
    const now = new Date();
    expect((await sendDueDigests({ now })).sent).toBe(0);
    const tomorrow = new Date(latestDigestSlot(now, "08:00", "Asia/Seoul").getTime() + 86_400_000 + 60_000);

    const second = backend === "postgres" ? await openDatabase({ backend: "postgres", url: database.url! }) : null;
    try {
      const runs = await Promise.all([
        sendDueDigests({ now: tomorrow }),
        sendDueDigests({ now: tomorrow, client: second?.prisma ?? database.prisma }),
      ]);
      expect(runs.map((run) => run.failed)).toEqual([[], []]);
    } finally {
      await second?.close();
    }
    const digests = mailsTo("daily@wire.example");
    expect(digests).toHaveLength(1);
    expect(digests[0]!.subject).toBe("Your daily alert: 2 new items");
    expect(digests[0]!.text).toMatch(/Interview one[\s\S]*Interview two/);
    expect(digests[0]!.headers?.["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    expect((await sendDueDigests({ now: tomorrow })).sent).toBe(0);

    await release("Interview three", {}, "INTERVIEW");
    expect((await sendDueDigests({ now: new Date(tomorrow.getTime() + 3_600_000) })).sent).toBe(0);
    const dayAfter = new Date(tomorrow.getTime() + 86_400_000);
    await sendDueDigests({ now: dayAfter });
    expect(mailsTo("daily@wire.example")).toHaveLength(2);
    expect(mailsTo("daily@wire.example")[1]!.subject).toBe("Your daily alert: 1 new item");
  });

  it("unsubscribes with the link from any mail, once and for all, and refuses forged links", async () => {
    await subscribe("leaving@wire.example", { frequency: "IMMEDIATE", topics: [climate] });
    await release("Climate finance", { topics: [climate] });
    const mail = mailsTo("leaving@wire.example")[0]!;
    const token = new URL(mail.headers!["List-Unsubscribe"]!.slice(1, -1)).searchParams.get("token")!;
    expect(await unsubscribe(token)).toBe(true);
    expect(await unsubscribe(token)).toBe(true);
    expect(await database.prisma.alertSubscriber.count({ where: { email: "leaving@wire.example" } })).toBe(0);
    expect(await unsubscribe("forged.token")).toBe(false);

    outbox.mails.length = 0;
    await release("Climate adaptation", { topics: [climate] });
    expect(mailsTo("leaving@wire.example")).toHaveLength(0);
  });
});
