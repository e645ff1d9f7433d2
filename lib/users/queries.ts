import "server-only";
import type { Role } from "@/lib/db/generated/enums";
import { db } from "@/lib/db";
import { ACCOUNT_SELECT, type Account } from "@/lib/auth/current-user";
import { normaliseEmail } from "@/lib/auth/email";
import { authorize, explain, type Decision, type PolicyUser, type UserSubject } from "@/lib/auth/policy";
import { accountLocks } from "@/lib/auth/sign-in-throttle";

/*
 * What the users pages show. Each query asks the policy itself before reading (the page asked too: a query that
 * forgot would otherwise leak), and says per account which of the admin's actions apply, so the page offers only
 * buttons that would work.
 */

/** The policy's answer for each thing an admin might do to this account, with the reason when it is no. */
export type ManagedUserActions = {
  changeRole: Decision;
  deactivate: Decision;
  reactivate: Decision;
  resetPassword: Decision;
};

export type ManagedUser = Account & {
  mustChangePassword: boolean;
  lastSignInAt: Date | null;
  createdAt: Date;
  /** Sign-in is locked after repeated failures until this time. */
  lockedUntil: Date | null;
  may: ManagedUserActions;
};

const SELECT = { ...ACCOUNT_SELECT, mustChangePassword: true, lastSignInAt: true, createdAt: true } as const;

function actionsOn(viewer: PolicyUser, user: { id: string; role: Role; active: boolean }): ManagedUserActions {
  const subject: UserSubject = { type: "user", id: user.id, role: user.role, active: user.active };
  return {
    changeRole: explain(viewer, "user.changeRole", subject),
    deactivate: explain(viewer, "user.deactivate", subject),
    reactivate: explain(viewer, "user.reactivate", subject),
    resetPassword: explain(viewer, "user.resetPassword", subject),
  };
}

const ROLE_ORDER: Record<Role, number> = { ADMIN: 0, EDITOR: 1, WRITER: 2, TRANSLATOR: 3 };

/** Every account: active ones first, then by role and name. */
export async function listUsers(viewer: PolicyUser, now: Date = new Date()): Promise<ManagedUser[]> {
  authorize(viewer, "user.manage");
  const prisma = await db();
  const users = await prisma.user.findMany({ select: SELECT, orderBy: [{ active: "desc" }, { name: "asc" }] });
  const locks = await accountLocks(prisma, users.map((user) => normaliseEmail(user.email)), now);
  return users
    .map((user) => ({ ...user, lockedUntil: locks.get(normaliseEmail(user.email)) ?? null, may: actionsOn(viewer, user) }))
    .sort((a, b) => Number(b.active) - Number(a.active) || ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.name.localeCompare(b.name));
}

/** One account, or null when there is none with this id. */
export async function getManagedUser(viewer: PolicyUser, userId: string, now: Date = new Date()): Promise<ManagedUser | null> {
  authorize(viewer, "user.manage");
  const prisma = await db();
  const user = await prisma.user.findUnique({ where: { id: userId }, select: SELECT });
  if (!user) return null;
  const locks = await accountLocks(prisma, [normaliseEmail(user.email)], now);
  return { ...user, lockedUntil: locks.get(normaliseEmail(user.email)) ?? null, may: actionsOn(viewer, user) };
}
