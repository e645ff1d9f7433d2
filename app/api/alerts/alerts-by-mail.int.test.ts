import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as confirmEndpoint } from "@/app/api/alerts/confirm/route";
import { POST as subscribeEndpoint } from "@/app/api/alerts/subscribe/route";
import { POST as unsubscribeEndpoint } from "@/app/api/alerts/unsubscribe/route";
import { createDocument } from "@/lib/editorial/create-document";
import { publish } from "@/lib/editorial/publish";
import { submit } from "@/lib/editorial/submit";
import { paragraphs } from "@/test-support/fixtures/content";
import { deliverDueMail } from "@/lib/mail/deliver-mail";
import { startSmtpSink, type ReceivedMail, type SmtpSink } from "@/test-support/smtp-sink";
import { testBackends } from "@/test-support/test-database";
import { useTestNewsroom } from "@/test-support/test-newsroom";
import { latestDigestSlot, sendDueDigests } from "@/lib/alerts/send-digests";

/*
 * Alerts end to end through a real SMTP server: the public endpoints as a browser and a mail client call them, the
 * mail worker delivering what the publishing transaction queued, and the links read back out of the received mail.
 */

const ORIGIN = "http://localhost:3000";

function form(path: string, fields: Record<string, string | string[]>): Request {
  const body = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) for (const each of [value].flat()) body.append(name, each);
  return new Request(new URL(path, ORIGIN), { method: "POST", body, headers: { "content-type": "application/x-www-form-urlencoded" } });
}

function linkIn(mail: ReceivedMail, pattern: RegExp): URL {
  const match = pattern.exec(mail.text);
  if (!match) throw new Error(`No link matching ${pattern} in:\n${mail.text}`);
  return new URL(match[0]);
}

describe.each(testBackends())("alerts through a real SMTP server on %s", (backend) => {
  const { database, writer, editor } = useTestNewsroom(backend);
  let sink: SmtpSink;
  let climate: string;

  beforeAll(async () => {
    sink = await startSmtpSink();
    climate = (await database.prisma.topic.create({ data: { slug: "climate", names: { en: "Climate" } } })).id;
  });
  afterAll(async () => {
    await sink?.close();
  });

  const deliver = (now?: Date) => deliverDueMail({ smtpUrl: sink.url, now });
  const received = (email: string) => sink.messages.filter((mail) => mail.to.includes(email));

  async function subscribeAndConfirm(email: string, fields: Record<string, string | string[]>) {
    const answer = await subscribeEndpoint(form("/api/alerts/subscribe", { email, locale: "en", ...fields }));
    expect(answer.status).toBe(303);
    expect(answer.headers.get("location")).toBe("/en/alerts/check-your-email");
    await deliver();
    const confirmation = received(email).at(-1)!;
    expect(confirmation.subject).toBe("Confirm your e-mail alerts");
    const link = linkIn(confirmation, /https?:\/\/\S+\/en\/alerts\/confirm\?token=\S+/);
    const confirmed = await confirmEndpoint(form("/api/alerts/confirm", { token: link.searchParams.get("token")! }));
    expect(confirmed.headers.get("location")).toBe("/en/alerts/confirmed");
  }

  async function release(title: string, topics: string[] = []) {
    const created = await createDocument(writer, { kind: "PRESS_RELEASE", title, body: paragraphs("The ministers met."), taxonomy: { topics } });
    await submit(writer, { editionId: created.editionId });
    await publish(editor, { editionId: created.editionId });
    return created;
  }

  it("subscribe → confirm → publish → one mail per subscriber → one-click unsubscribe", async () => {
    await subscribeAndConfirm("anna@wire.example", { frequency: "IMMEDIATE", kinds: "PRESS_RELEASE", topics: climate });
    await subscribeAndConfirm("bo@daily.example", { frequency: "IMMEDIATE", topics: climate });

    const before = sink.messages.length;
    const published = await release("Climate ministers meet", [climate]);
    await deliver();
    const alerts = sink.messages.slice(before);
    expect(alerts.map((mail) => mail.to[0]).sort()).toEqual(["anna@wire.example", "bo@daily.example"]);
    const anna = alerts.find((mail) => mail.to.includes("anna@wire.example"))!;
    expect(anna.subject).toBe("Press release: Climate ministers meet");
    expect(anna.text).toContain(`/en/press-releases/${published.slug}`);
    expect(anna.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
    const oneClick = /^<(https?:\/\/[^>]+)>$/.exec(anna.headers["list-unsubscribe"] ?? "")?.[1];
    expect(oneClick).toMatch(/\/api\/alerts\/unsubscribe\?token=/);

    // What a mail client does for RFC 8058: a POST with no cookies and this one field.
    const answer = await unsubscribeEndpoint(form(oneClick!, { "List-Unsubscribe": "One-Click" }));
    expect(answer.status).toBe(200);
    expect(await answer.text()).toBe("Unsubscribed.\n");

    const after = sink.messages.length;
    await release("Climate finance pledges", [climate]);
    await deliver();
    expect(sink.messages.slice(after).map((mail) => mail.to[0])).toEqual(["bo@daily.example"]);
  });

  it("batches a day's publications into one digest per subscriber", async () => {
    await subscribeAndConfirm("cleo@weekly.example", { frequency: "DAILY", kinds: "PRESS_RELEASE" });
    await release("Morning statement");
    await release("Evening statement");
    await deliver();
    expect(received("cleo@weekly.example").filter((mail) => mail.subject !== "Confirm your e-mail alerts")).toEqual([]);

    const digestTime = new Date(latestDigestSlot(new Date(), "08:00", "Asia/Seoul").getTime() + 86_400_000 + 60_000);
    expect((await sendDueDigests({ now: digestTime })).sent).toBeGreaterThanOrEqual(1);
    await deliver(digestTime);
    const digests = received("cleo@weekly.example").filter((mail) => mail.subject.startsWith("Your daily alert"));
    expect(digests).toHaveLength(1);
    expect(digests[0]!.subject).toBe("Your daily alert: 2 new items");
    expect(digests[0]!.text).toMatch(/Morning statement[\s\S]*Evening statement/);
    expect(digests[0]!.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
  });

  it("answers a bad form without saying anything about the address", async () => {
    const json = new Request(new URL("/api/alerts/subscribe", ORIGIN), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "nope", locale: "en", frequency: "DAILY" }),
    });
    const answer = await subscribeEndpoint(json);
    expect(answer.status).toBe(400);
    expect(await answer.json()).toMatchObject({ ok: false, fieldErrors: { email: ["Enter an e-mail address like name@example.com"] } });
    const known = await subscribeEndpoint(form("/api/alerts/subscribe", { email: "anna@wire.example", locale: "en", frequency: "DAILY", kinds: "INTERVIEW" }));
    const unknown = await subscribeEndpoint(form("/api/alerts/subscribe", { email: "nobody@nowhere.example", locale: "en", frequency: "DAILY", kinds: "INTERVIEW" }));
    expect([known.status, known.headers.get("location")]).toEqual([unknown.status, unknown.headers.get("location")]);
    const bad = await unsubscribeEndpoint(form("/api/alerts/unsubscribe?token=forged", { "List-Unsubscribe": "One-Click" }));
    expect(bad.status).toBe(400);
  });
});
