import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { simpleParser } from "mailparser";

/*
 * The journeys' mailbox: without SMTP_URL the server writes every mail it sends to <CHANCERY_DATA_DIR>/outbox as an
 * .eml file (lib/mail/mail-transport.ts). Read back with a real mail parser, as a mail client would.
 */

const OUTBOX = join(process.env.E2E_DATA_DIR ?? ".data/e2e", "outbox");

export interface OutboxMail {
  to: string;
  subject: string;
  text: string;
  /** The HTML part, when the mail has one. */
  html?: string;
  headers: Record<string, string>;
}

export async function readOutbox(): Promise<OutboxMail[]> {
  const files = await readdir(OUTBOX).catch(() => [] as string[]);
  const mails: OutboxMail[] = [];
  for (const file of files.filter((name) => name.endsWith(".eml"))) {
    const parsed = await simpleParser(await readFile(join(OUTBOX, file)));
    const headers: Record<string, string> = {};
    for (const { key, line } of parsed.headerLines) headers[key.toLowerCase()] = line.slice(line.indexOf(":") + 1).trim();
    const to = Array.isArray(parsed.to) ? parsed.to[0] : parsed.to;
    mails.push({ to: to?.value[0]?.address ?? "", subject: parsed.subject ?? "", text: parsed.text ?? "", ...(parsed.html ? { html: parsed.html } : {}), headers });
  }
  return mails;
}

/** Waits for the scheduler's tick to deliver the mail to this address whose subject matches. */
export async function waitForMail(to: string, subject: RegExp, timeoutMs = 30_000): Promise<OutboxMail> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = (await readOutbox()).find((mail) => mail.to === to && subject.test(mail.subject));
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`No mail to ${to} matching ${subject} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
