import type { TransactionClient } from "@/lib/db";
import { ActionError } from "@/lib/errors";

/*
 * There is always an active admin. A change that could remove one (a demotion, a deactivation) first locks the
 * active admins' rows (SELECT … FOR UPDATE, in id order) and only then the account it changes, so two admins
 * demoting or deactivating each other at the same moment queue up instead of deadlocking: the second one sees the
 * first one's change and is refused.
 */

/** Locks and returns the ids of the active admins, for the rest of the transaction. */
export async function lockActiveAdmins(tx: TransactionClient): Promise<string[]> {
  const admins = await tx.$queryRaw<Array<{ id: string }>>`SELECT "id" FROM "User" WHERE "role" = 'ADMIN' AND "active" = true ORDER BY "id" FOR UPDATE`;
  return admins.map((admin) => admin.id);
}

export function ensureAnotherActiveAdmin(activeAdminIds: readonly string[], leaving: { id: string; name: string }): void {
  if (!activeAdminIds.some((id) => id !== leaving.id)) {
    throw new ActionError(`${leaving.name} is the last active admin. Make someone else an admin first.`);
  }
}

/** Locks one user's row for the rest of the transaction, so concurrent changes to the same account queue up. */
export async function lockUser(tx: TransactionClient, userId: string): Promise<void> {
  await tx.$queryRaw`SELECT "id" FROM "User" WHERE "id" = ${userId} FOR UPDATE`;
}
