import { db } from "@/lib/db";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";

/**
 * Signing out ends every session of the account, not only this browser's: a session token is self-contained, so the
 * only way to make a signed-out token (or a copy of it) worthless before it expires is to move the account's session
 * version on. Signing out with a token that no longer counts changes nothing.
 */
export async function endSessions(token: { sub?: unknown; sv?: unknown } | null | undefined, ipAddress: string | null): Promise<boolean> {
  if (!token || typeof token.sub !== "string" || typeof token.sv !== "number") return false;
  const userId = token.sub;
  const sessionVersion = token.sv;
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    const ended = await tx.user.updateMany({ where: { id: userId, sessionVersion }, data: { sessionVersion: { increment: 1 } } });
    if (ended.count === 0) return false;
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true } });
    await recordAuditEvent(tx, {
      actor: { id: userId, email: user.email },
      action: "auth.sign_out",
      subjectType: "user",
      subjectId: userId,
      ipAddress,
    });
    return true;
  });
}
