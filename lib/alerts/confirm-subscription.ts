import "server-only";
import { transact } from "@/lib/db/transaction";
import type { AlertFilter } from "@/lib/db/generated/client";
import { readConfirmationToken } from "./alert-tokens";
import { describeSelection } from "./alert-topics";
import type { AlertSelection } from "./subscription-input";

export type ConfirmResult =
  | { ok: true; email: string; locale: string; following: string[]; frequency: AlertSelection["frequency"] }
  | { ok: false; reason: "invalid" | "expired" };

function subscriptionsOf(selection: AlertSelection): { filter: AlertFilter; value: string }[] {
  return [
    ...selection.kinds.map((value) => ({ filter: "KIND" as const, value })),
    ...selection.topics.map((value) => ({ filter: "TOPIC" as const, value })),
    ...selection.countries.map((value) => ({ filter: "COUNTRY" as const, value })),
    ...selection.languages.map((value) => ({ filter: "LANGUAGE" as const, value })),
  ];
}

/**
 * The owner of the address followed the confirmation link: from now on they get what they asked for. Following the
 * same link again changes nothing; a later request for something they already follow sets its frequency.
 */
export async function confirmSubscription(token: string, options: { now?: Date } = {}): Promise<ConfirmResult> {
  const check = readConfirmationToken(token, options.now);
  if (!check.ok) return check;
  const { email, locale, selection } = check.request;
  // Not commitChange: a reader's own subscription, not the newsroom's act: nothing is audited and no page shows it.
  return transact(async (tx) => {
    const subscriber = await tx.alertSubscriber.upsert({
      where: { email },
      create: { email, locale },
      update: { locale },
      select: { id: true },
    });
    for (const { filter, value } of subscriptionsOf(selection)) {
      await tx.alertSubscription.upsert({
        where: { subscriberId_filter_value: { subscriberId: subscriber.id, filter, value } },
        create: { subscriberId: subscriber.id, filter, value, frequency: selection.frequency },
        update: { frequency: selection.frequency },
      });
    }
    return { ok: true as const, email, locale, frequency: selection.frequency, following: await describeSelection(tx, selection, locale) };
  });
}
