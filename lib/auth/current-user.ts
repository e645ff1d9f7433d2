import type { PrismaClient } from "@/lib/db/generated/client";
import type { Role } from "@/lib/db/generated/enums";
import type { SessionClaims } from "./session-token";

/** The signed-in person as every page and action sees them: read from the database on each request. */
export type CurrentUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
  active: boolean;
  translatorLocales: string[];
  sessionVersion: number;
  /** Signed in with a one-time password: must choose a new one before doing anything else. */
  mustChangePassword: boolean;
};

export const CURRENT_USER_SELECT = {
  id: true,
  email: true,
  name: true,
  role: true,
  active: true,
  translatorLocales: true,
  sessionVersion: true,
  mustChangePassword: true,
} as const;

/**
 * The user a session belongs to, or null when the session no longer counts: the account is gone or deactivated,
 * or its session version moved on (role change, password reset, sign-out).
 */
export async function userForSession(prisma: Pick<PrismaClient, "user">, claims: SessionClaims): Promise<CurrentUser | null> {
  const user = await prisma.user.findUnique({ where: { id: claims.userId }, select: CURRENT_USER_SELECT });
  if (!user || !user.active || user.sessionVersion !== claims.sessionVersion) return null;
  return user;
}
