import { db } from "@/lib/db";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { decoyPasswordHash, verifyPassword } from "./password";
import { MAX_EMAIL_LENGTH, normaliseEmail } from "./email";
import { SIGN_IN_ERRORS, type SignInError } from "./sign-in-errors";
import { accountKey, checkThrottle, clearFailures, pruneThrottle, recordFailure, throttleKeys } from "./sign-in-throttle";
import { hasControlCharacters } from "@/lib/validation/plain-text";

/*
 * One sign-in attempt with email and password, as next-auth's credentials provider hands it over. Every refusal a
 * visitor can see is one of three codes (./sign-in-errors.ts), and none depends on whether the email has an account.
 */

export { SIGN_IN_ERRORS, type SignInError };

export type SignedInUser = { id: string; email: string; name: string; sessionVersion: number };

export type SignInOutcome = { ok: true; user: SignedInUser } | { ok: false; error: SignInError };

/** Bounds the work one request can ask of scrypt; no real password is this long (the rules stop at 200). */
const MAX_PASSWORD_LENGTH = 1_000;
/** Expired throttle records are swept on roughly one failure in this many. */
const PRUNE_ONE_IN = 50;

export async function attemptSignIn(
  attempt: { email: unknown; password: unknown; ipAddress: string | null },
  now: Date = new Date(),
): Promise<SignInOutcome> {
  if (typeof attempt.email !== "string" || typeof attempt.password !== "string") {
    return { ok: false, error: SIGN_IN_ERRORS.invalid };
  }
  const email = normaliseEmail(attempt.email).slice(0, MAX_EMAIL_LENGTH);
  const password = attempt.password.slice(0, MAX_PASSWORD_LENGTH);
  if (!email || !password || hasControlCharacters(email)) return { ok: false, error: SIGN_IN_ERRORS.invalid };

  const prisma = await db();
  const keys = throttleKeys(email, attempt.ipAddress);
  const verdict = await checkThrottle(prisma, keys, now);
  if (verdict.kind === "locked") return { ok: false, error: SIGN_IN_ERRORS.locked };
  if (verdict.kind === "wait") return { ok: false, error: SIGN_IN_ERRORS.delayed };

  const user = await prisma.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, passwordHash: true, active: true, sessionVersion: true },
  });
  // The same scrypt work whether or not the account exists, so timing does not tell either.
  const passwordMatches = await verifyPassword(password, user?.passwordHash ?? (await decoyPasswordHash()));

  if (user && user.active && passwordMatches) {
    await prisma.$transaction(async (tx) => {
      await clearFailures(tx, accountKey(email));
      await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: now } });
      await recordAuditEvent(tx, {
        actor: { id: user.id, email: user.email },
        action: "auth.sign_in",
        subjectType: "user",
        subjectId: user.id,
        ipAddress: attempt.ipAddress,
      });
    });
    return { ok: true, user: { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion } };
  }

  const locks = await recordFailure(prisma, keys, now);
  await prisma.$transaction(async (tx) => {
    await recordAuditEvent(tx, {
      actor: { id: null, email },
      action: "auth.sign_in_failed",
      subjectType: "user",
      subjectId: user?.id ?? null,
      // For the audit log's readers (admins) only; the visitor sees the same refusal in every case.
      reason: !user ? "No account has this email." : !passwordMatches ? "Wrong password." : "The account is deactivated.",
      ipAddress: attempt.ipAddress,
    });
    for (const lock of locks) {
      const byAccount = lock.key.startsWith("email:");
      await recordAuditEvent(tx, {
        actor: { id: null, email },
        action: "auth.locked_out",
        subjectType: byAccount ? "user" : "address",
        subjectId: byAccount ? (user?.id ?? null) : attempt.ipAddress,
        reason: `${lock.failures} failed sign-ins ${byAccount ? "for this email" : "from this address"}; locked until ${lock.until.toISOString()}.`,
        ipAddress: attempt.ipAddress,
        data: { key: lock.key, failures: lock.failures, lockedUntil: lock.until.toISOString() },
      });
    }
  });
  if (Math.random() * PRUNE_ONE_IN < 1) await pruneThrottle(prisma, now);
  return { ok: false, error: locks.length ? SIGN_IN_ERRORS.locked : SIGN_IN_ERRORS.invalid };
}
