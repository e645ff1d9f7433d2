import "server-only";
import { officeDate, officeTimeToUtc } from "@/lib/time/office-time";
import { transact } from "@/lib/db/transaction";
import { db, type PrismaClient, type TransactionClient } from "@/lib/db";
import { Prisma } from "@/lib/db/generated/client";
import { env } from "@/lib/env";
import { enqueueMail } from "@/lib/mail/outbound-mail";
import { digestMail } from "./alert-mail";
import { correctionsAmong, loadAlertEditions, unsubscribeLinks } from "./alert-items";

const DAY_MS = 86_400_000;

/** One subscriber's digest could not be made; the run goes on with the others and tries them again next time. */
class DigestError extends Error {
  constructor(
    readonly subscriberId: string,
    message: string,
  ) {
    super(message);
    this.name = "DigestError";
  }
}

/** The latest digest time (office time) at or before `now`: today's if it has come, else yesterday's. */
export function latestDigestSlot(now: Date, digestTime: string, timeZone: string): Date {
  const today = officeTimeToUtc(`${officeDate(now, timeZone)}T${digestTime}`, timeZone);
  if (today.getTime() <= now.getTime()) return today;
  return officeTimeToUtc(`${officeDate(new Date(now.getTime() - DAY_MS), timeZone)}T${digestTime}`, timeZone);
}

export interface DigestOptions {
  client?: PrismaClient;
  now?: Date;
  /** At most this many subscribers in one run. */
  limit?: number;
}

export interface DigestResult {
  /** Digest mails queued, one per subscriber. */
  sent: number;
  /** Items they held. */
  items: number;
  failed: { subscriberId: string; error: string }[];
}

/**
 * Claims the next subscriber whose digest is due — something waiting from before the latest digest time, and no
 * digest since — and queues their one mail with everything waiting, in one transaction. `FOR UPDATE SKIP LOCKED`
 * (as the scheduler claims editions): each subscriber is taken by exactly one of any number of runs at once, and
 * once their items are marked mailed no later run finds them due.
 */
async function sendNextDigest(client: PrismaClient, now: Date, slot: Date, skip: readonly string[]): Promise<number | null> {
  // Not commitChange: the scheduler's claim-and-mail is machinery, not a person's act (no audit), and no page shows it.
  return transact(async (tx) => {
    const skipping = skip.length > 0 ? Prisma.sql`AND s."id" NOT IN (${Prisma.join(skip)})` : Prisma.empty;
    const claimed = await tx.$queryRaw<{ id: string }[]>`
      SELECT s."id" FROM "AlertSubscriber" s
      WHERE (s."lastDigestAt" IS NULL OR s."lastDigestAt" < ${slot})
        AND EXISTS (SELECT 1 FROM "AlertDelivery" d WHERE d."subscriberId" = s."id" AND d."mailedAt" IS NULL AND d."queuedAt" < ${slot})
        ${skipping}
      ORDER BY s."id"
      LIMIT 1
      FOR UPDATE OF s SKIP LOCKED`;
    const id = claimed[0]?.id;
    if (!id) return null;
    try {
      return await digestFor(tx, id, now);
    } catch (error) {
      throw new DigestError(id, error instanceof Error ? error.message : String(error));
    }
  }, client);
}

async function digestFor(tx: TransactionClient, id: string, now: Date): Promise<number> {
  // Read again under the lock: another run may have mailed them between our snapshot and the claim.
  const subscriber = await tx.alertSubscriber.findUniqueOrThrow({ where: { id }, select: { id: true, email: true, locale: true } });
  const waiting = await tx.alertDelivery.findMany({
    where: { subscriberId: id, mailedAt: null },
    orderBy: { queuedAt: "asc" },
    select: { editionId: true, edition: { select: { id: true, documentId: true, number: true } } },
  });
  if (waiting.length === 0) return 0;
  const editions = waiting.map((row) => row.edition);
  const loaded = await loadAlertEditions(tx, editions.map((edition) => edition.id), await correctionsAmong(tx, editions));
  const items = editions.flatMap((edition) => {
    const alert = loaded.get(edition.id);
    return alert?.live ? [alert.itemFor(subscriber.locale)] : [];
  });
  if (items.length > 0) {
    await enqueueMail(tx, digestMail({ to: subscriber.email, locale: subscriber.locale, items, unsubscribe: unsubscribeLinks(subscriber) }));
  }
  await tx.alertDelivery.updateMany({ where: { subscriberId: id, mailedAt: null, editionId: { in: editions.map((edition) => edition.id) } }, data: { mailedAt: now } });
  await tx.alertSubscriber.update({ where: { id }, data: { lastDigestAt: now } });
  return items.length;
}

/** Queues every daily digest that is due (called by the scheduler's tick); each exactly once across instances. */
export async function sendDueDigests(options: DigestOptions = {}): Promise<DigestResult> {
  const client = options.client ?? (await db());
  const now = options.now ?? new Date();
  const config = env();
  const slot = latestDigestSlot(now, config.CHANCERY_ALERT_DIGEST_TIME, config.CHANCERY_TIME_ZONE);
  const limit = options.limit ?? 1_000;
  const result: DigestResult = { sent: 0, items: 0, failed: [] };
  const skip: string[] = [];
  for (let done = 0; done < limit; done++) {
    let items: number | null;
    try {
      items = await sendNextDigest(client, now, slot, skip);
    } catch (error) {
      if (!(error instanceof DigestError)) throw error;
      result.failed.push({ subscriberId: error.subscriberId, error: error.message });
      skip.push(error.subscriberId);
      continue;
    }
    if (items === null) break;
    if (items > 0) {
      result.sent += 1;
      result.items += items;
    }
  }
  return result;
}
