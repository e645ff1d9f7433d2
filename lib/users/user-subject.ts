import "server-only";
import { db, type TransactionClient } from "@/lib/db";
import type { UserSubject } from "@/lib/auth/policy";
import { ActionError } from "@/lib/errors";

export const NO_SUCH_ACCOUNT = "That account no longer exists.";

/** The account an admin acts on, as the policy sees it. */
export async function userSubject(tx: Pick<TransactionClient, "user">, userId: string): Promise<UserSubject> {
  const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, role: true, active: true } });
  if (!user) throw new ActionError(NO_SUCH_ACCOUNT);
  return { type: "user", ...user };
}

/** The same, for the policy's question before the service runs (a server action's permission). */
export async function loadUserSubject(userId: string): Promise<UserSubject> {
  return userSubject(await db(), userId);
}
