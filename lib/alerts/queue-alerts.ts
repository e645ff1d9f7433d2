import "server-only";
import type { TransactionClient } from "@/lib/db";
import type { AlertFrequency, Prisma } from "@/lib/db/generated/client";
import { enqueueMail } from "@/lib/mail/outbound-mail";
import { itemMail } from "./alert-mail";
import { correctionsAmong, loadAlertEditions, unsubscribeLinks } from "./alert-items";

export interface QueuedAlerts {
  /** Subscribers mailed now. */
  immediate: number;
  /** Subscribers who get it in their next daily digest. */
  daily: number;
}

/**
 * In the publishing transaction (lib/editorial/put-edition-live.ts), so the publication and its alerts commit together:
 * every subscriber whose subscriptions match the edition gets it exactly once, however many of them match, and
 * at once if any matching subscription is immediate, else in their next digest. A minor correction alerts no one;
 * a major one goes out as "Updated" with its change note.
 */
export async function queueAlerts(tx: TransactionClient, editionId: string, now: Date): Promise<QueuedAlerts> {
  const edition = await tx.edition.findUniqueOrThrow({
    where: { id: editionId },
    select: {
      id: true,
      number: true,
      documentId: true,
      changeType: true,
      document: { select: { kind: true, topics: { select: { topicId: true } }, countries: { select: { countryId: true } } } },
    },
  });
  const corrections = await correctionsAmong(tx, [edition]);
  if (corrections.has(edition.id) && edition.changeType === "MINOR") return { immediate: 0, daily: 0 };
  const alertEdition = (await loadAlertEditions(tx, [edition.id], corrections)).get(edition.id)!;

  const matches: Prisma.AlertSubscriptionWhereInput[] = [
    { filter: "KIND", value: edition.document.kind },
    { filter: "TOPIC", value: { in: edition.document.topics.map((row) => row.topicId) } },
    { filter: "COUNTRY", value: { in: edition.document.countries.map((row) => row.countryId) } },
    { filter: "LANGUAGE", value: { in: alertEdition.locales } },
  ];
  const subscriptions = await tx.alertSubscription.findMany({
    where: { OR: matches },
    select: { frequency: true, subscriber: { select: { id: true, email: true, locale: true } } },
  });

  const subscribers = new Map<string, { id: string; email: string; locale: string; frequency: AlertFrequency }>();
  for (const { frequency, subscriber } of subscriptions) {
    const known = subscribers.get(subscriber.id);
    if (!known) subscribers.set(subscriber.id, { ...subscriber, frequency });
    else if (frequency === "IMMEDIATE") known.frequency = "IMMEDIATE";
  }
  if (subscribers.size === 0) return { immediate: 0, daily: 0 };

  const all = [...subscribers.values()];
  const immediate = all.filter((subscriber) => subscriber.frequency === "IMMEDIATE");
  await tx.alertDelivery.createMany({
    data: all.map((subscriber) => ({
      subscriberId: subscriber.id,
      editionId: edition.id,
      frequency: subscriber.frequency,
      queuedAt: now,
      mailedAt: subscriber.frequency === "IMMEDIATE" ? now : null,
    })),
    skipDuplicates: true,
  });
  if (immediate.length > 0) {
    await enqueueMail(
      tx,
      immediate.map((subscriber) =>
        itemMail({ to: subscriber.email, locale: subscriber.locale, item: alertEdition.itemFor(subscriber.locale), unsubscribe: unsubscribeLinks(subscriber) }),
      ),
    );
  }
  return { immediate: immediate.length, daily: all.length - immediate.length };
}
