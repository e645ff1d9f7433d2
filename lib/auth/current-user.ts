import type { Prisma, PrismaClient } from "@/lib/db/generated/client";
import type { SessionClaims } from "./session-token";

/** An account as the desk reads it everywhere: who, the role, whether active, a translator's languages. */
export const ACCOUNT_SELECT = {
  id: true,
  email: true,
  name: true,
  role: true,
  active: true,
  translatorLocales: true,
} as const satisfies Prisma.UserSelect;

export type Account = Prisma.UserGetPayload<{ select: typeof ACCOUNT_SELECT }>;

/** The signed-in person as every page and action sees them: read from the database on each request. */
export type CurrentUser = Account & {
  sessionVersion: number;
  /** Signed in with a one-time password: must choose a new one before doing anything else. */
  mustChangePassword: boolean;
};

export const CURRENT_USER_SELECT = { ...ACCOUNT_SELECT, sessionVersion: true, mustChangePassword: true } as const;

/**
 * The user a session belongs to, or null when the session no longer counts: the account is gone or deactivated,
 * or its session version moved on (role change, password reset, sign-out).
 */
export async function userForSession(prisma: Pick<PrismaClient, "user">, claims: SessionClaims): Promise<CurrentUser | null> {
  const user = await prisma.user.findUnique({ where: { id: claims.userId }, select: CURRENT_USER_SELECT });
  if (!user || !user.active || user.sessionVersion !== claims.sessionVersion) return null;
  return user;
}
