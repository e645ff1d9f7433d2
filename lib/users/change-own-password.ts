import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { hashPassword, passwordWeakness, verifyPassword } from "@/lib/auth/password";
import { lockUser } from "./last-admin";
import type { ServiceContext } from "./service-context";
import { NO_SUCH_ACCOUNT } from "./user-subject";
import { ActionError } from "@/lib/errors";

/**
 * Someone chooses a new password (required after a one-time password). Every session of the account ends,
 * this one included: they sign in again with the new password.
 */
export async function changeOwnPassword(
  ctx: ServiceContext,
  input: { userId: string; currentPassword: string; newPassword: string },
): Promise<void> {
  await lockUser(ctx.tx, input.userId);
  const user = await ctx.tx.user.findUnique({ where: { id: input.userId }, select: { id: true, email: true, passwordHash: true } });
  if (!user) throw new ActionError(NO_SUCH_ACCOUNT);
  if (!(await verifyPassword(input.currentPassword, user.passwordHash))) {
    throw new ActionError("Your current password is not right.", { currentPassword: ["This is not your current password."] });
  }
  const weakness = passwordWeakness(input.newPassword);
  if (weakness) throw new ActionError(weakness, { newPassword: [weakness] });
  if (input.newPassword === input.currentPassword) {
    const same = "Choose a password different from the current one.";
    throw new ActionError(same, { newPassword: [same] });
  }
  await ctx.tx.user.update({
    where: { id: user.id },
    data: { passwordHash: await hashPassword(input.newPassword), mustChangePassword: false, sessionVersion: { increment: 1 } },
  });
  await recordAuditEvent(ctx.tx, {
    actor: ctx.actor,
    action: "auth.password_changed",
    subjectType: "user",
    subjectId: user.id,
    ipAddress: ctx.ipAddress,
  });
}
