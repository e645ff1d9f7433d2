import { db, type PrismaClient } from "@/lib/db";
import { env } from "@/lib/env";
import { smtpTransport, transportFor, type MailToSend, type MailTransport } from "./mail-transport";

/** After this many failed attempts a mail is marked FAILED and left for a person to look at (/workspace/outbox). */
export const MAX_ATTEMPTS = 8;
/** How long a claimed mail is reserved for the worker that claimed it; after that another worker may retry it. */
const CLAIM_MS = 5 * 60_000;
const FIRST_RETRY_MS = 60_000;
const LONGEST_RETRY_MS = 6 * 60 * 60_000;

/** Wait before the next attempt after `attempts` failures: 1 min, 2 min, 4 min, … at most 6 h. */
export function retryDelayMs(attempts: number): number {
  return Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1), LONGEST_RETRY_MS);
}

export interface DeliveryResult {
  sent: number;
  /** Failed this time, to be tried again later. */
  retrying: number;
  /** Failed for the last time. */
  failed: number;
}

export interface DeliverOptions {
  client?: PrismaClient;
  /** Send through this SMTP server instead of the configured transport (tests, with test-support/smtp-sink.ts). */
  smtpUrl?: string;
  transport?: MailTransport;
  now?: Date;
  /** At most this many mails in one run. */
  limit?: number;
}

interface ClaimedRow extends MailToSend {
  attempts: number;
}

/**
 * Claims due mail in one statement: `FOR UPDATE SKIP LOCKED` lets any number of workers (app instances, cron) run at
 * once, each row going to exactly one of them, and pushing `nextAttemptAt` past the send keeps it theirs after commit,
 * so no transaction stays open while the SMTP server answers. A worker that dies mid-send leaves the row to be retried
 * when the claim runs out.
 */
async function claimDue(client: PrismaClient, now: Date, limit: number): Promise<ClaimedRow[]> {
  const claimedUntil = new Date(now.getTime() + CLAIM_MS);
  return client.$queryRaw<ClaimedRow[]>`
    UPDATE "OutboundMail" SET "nextAttemptAt" = ${claimedUntil}, "attempts" = "attempts" + 1
    WHERE "id" IN (
      SELECT "id" FROM "OutboundMail"
      WHERE "state" = 'QUEUED' AND "nextAttemptAt" <= ${now}
      ORDER BY "nextAttemptAt", "id"
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED)
    RETURNING "id", "to", "subject", "text", "html", "headers", "attempts"`;
}

function describe(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 1000);
}

/**
 * Sends every queued mail that is due, each once however many workers run; a failure is retried with exponential
 * backoff (retryDelayMs) up to MAX_ATTEMPTS. Run by the in-server scheduler's tick and `npm run publish-due`.
 */
export async function deliverDueMail(options: DeliverOptions = {}): Promise<DeliveryResult> {
  const client = options.client ?? (await db());
  const result: DeliveryResult = { sent: 0, retrying: 0, failed: 0 };
  const limit = options.limit ?? 200;
  const claimed = await claimDue(client, options.now ?? new Date(), limit);
  if (claimed.length === 0) return result;

  const transport =
    options.transport ?? (options.smtpUrl ? smtpTransport(options.smtpUrl, env().MAIL_FROM) : transportFor(env()));
  try {
    for (const mail of claimed) {
      try {
        const { messageId } = await transport.send(mail);
        await client.outboundMail.update({
          where: { id: mail.id },
          data: { state: "SENT", sentAt: new Date(), transport: transport.name, messageId, lastError: null },
        });
        result.sent += 1;
      } catch (error) {
        const last = mail.attempts >= MAX_ATTEMPTS;
        await client.outboundMail.update({
          where: { id: mail.id },
          data: {
            state: last ? "FAILED" : "QUEUED",
            lastError: describe(error),
            nextAttemptAt: new Date(Date.now() + retryDelayMs(mail.attempts)),
          },
        });
        if (last) result.failed += 1;
        else result.retrying += 1;
      }
    }
  } finally {
    if (!options.transport) transport.close();
  }
  return result;
}
