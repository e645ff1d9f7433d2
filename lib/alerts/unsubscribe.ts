import "server-only";
import { db } from "@/lib/db";
import { readUnsubscribeToken } from "./alert-tokens";

/**
 * Stops every alert to the subscriber the link names and forgets their address. Idempotent: a second click, or a
 * link from a mail older than a later subscription, answers the same. False only for a link that is not ours.
 */
export async function unsubscribe(token: string): Promise<boolean> {
  const subscriberId = readUnsubscribeToken(token);
  if (!subscriberId) return false;
  await (await db()).alertSubscriber.deleteMany({ where: { id: subscriberId } });
  return true;
}
