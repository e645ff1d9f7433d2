import type { Role } from "@/lib/db/generated/enums";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { hashPassword } from "@/lib/auth/password";
import { ACCOUNT_SELECT } from "@/lib/auth/current-user";
import { ROLE_LABELS } from "@/lib/auth/policy";
import { accountKey, clearFailures } from "@/lib/auth/sign-in-throttle";
import { ensureAnotherActiveAdmin, lockActiveAdmins, lockUser } from "./last-admin";
import { generateOneTimePassword } from "./one-time-password";
import type { ServiceContext } from "./service-context";
import { localesForRole } from "./translator-locales";
import { NO_SUCH_ACCOUNT } from "./user-subject";
import { ActionError } from "@/lib/errors";

/*
 * What an admin does to an existing account. Each runs inside the caller's transaction, locks the account's row,
 * and writes its audit event. Who may do it was decided before (lib/auth/policy.ts); these keep the invariants
 * (there is always an active admin) and end the account's sessions where the change demands it.
 */

async function lockedAccount(ctx: ServiceContext, userId: string) {
  await lockUser(ctx.tx, userId);
  const user = await ctx.tx.user.findUnique({ where: { id: userId }, select: ACCOUNT_SELECT });
  if (!user) throw new ActionError(NO_SUCH_ACCOUNT);
  return user;
}

/** A new role takes effect at once and signs the person out everywhere, so they start afresh with what it allows. */
export async function changeRole(ctx: ServiceContext, input: { userId: string; role: Role; translatorLocales?: readonly string[] }): Promise<{ from: Role; to: Role }> {
  const activeAdmins = await lockActiveAdmins(ctx.tx);
  const user = await lockedAccount(ctx, input.userId);
  if (user.role === input.role) throw new ActionError(`${user.name} is already ${article(input.role)} ${ROLE_LABELS[input.role].toLowerCase()}.`);
  if (user.role === "ADMIN" && user.active) ensureAnotherActiveAdmin(activeAdmins, user);
  const translatorLocales = localesForRole(input.role, input.translatorLocales ?? user.translatorLocales);
  await ctx.tx.user.update({
    where: { id: user.id },
    data: { role: input.role, translatorLocales, sessionVersion: { increment: 1 } },
  });
  await recordAuditEvent(ctx.tx, {
    actor: ctx.actor,
    action: "user.role_changed",
    subjectType: "user",
    subjectId: user.id,
    fromState: user.role,
    toState: input.role,
    ipAddress: ctx.ipAddress,
    data: { email: user.email, translatorLocales },
  });
  return { from: user.role, to: input.role };
}

/** Name and translation languages. Takes effect on the person's next request. */
export async function updateUserDetails(ctx: ServiceContext, input: { userId: string; name: string; translatorLocales: readonly string[] }): Promise<{ changed: string[] }> {
  const user = await lockedAccount(ctx, input.userId);
  const name = input.name.trim();
  const translatorLocales = localesForRole(user.role, input.translatorLocales);
  const changes: Record<string, { from: string | string[]; to: string | string[] }> = {};
  if (name !== user.name) changes.name = { from: user.name, to: name };
  if (translatorLocales.join(",") !== user.translatorLocales.join(",")) {
    changes.translatorLocales = { from: user.translatorLocales, to: translatorLocales };
  }
  const changed = Object.keys(changes);
  if (changed.length === 0) return { changed };
  await ctx.tx.user.update({ where: { id: user.id }, data: { name, translatorLocales } });
  await recordAuditEvent(ctx.tx, {
    actor: ctx.actor,
    action: "user.changed",
    subjectType: "user",
    subjectId: user.id,
    ipAddress: ctx.ipAddress,
    data: { email: user.email, changes },
  });
  return { changed };
}

/** The account can no longer sign in, and its open sessions end with their next request. */
export async function deactivateUser(ctx: ServiceContext, input: { userId: string }): Promise<void> {
  const activeAdmins = await lockActiveAdmins(ctx.tx);
  const user = await lockedAccount(ctx, input.userId);
  if (!user.active) throw new ActionError(`${user.name}'s account is already deactivated.`);
  if (user.role === "ADMIN") ensureAnotherActiveAdmin(activeAdmins, user);
  await ctx.tx.user.update({ where: { id: user.id }, data: { active: false, sessionVersion: { increment: 1 } } });
  await recordAuditEvent(ctx.tx, {
    actor: ctx.actor,
    action: "user.deactivated",
    subjectType: "user",
    subjectId: user.id,
    fromState: "active",
    toState: "deactivated",
    ipAddress: ctx.ipAddress,
    data: { email: user.email, role: user.role },
  });
}

export async function reactivateUser(ctx: ServiceContext, input: { userId: string }): Promise<void> {
  const user = await lockedAccount(ctx, input.userId);
  if (user.active) throw new ActionError(`${user.name}'s account is already active.`);
  await ctx.tx.user.update({ where: { id: user.id }, data: { active: true } });
  await recordAuditEvent(ctx.tx, {
    actor: ctx.actor,
    action: "user.reactivated",
    subjectType: "user",
    subjectId: user.id,
    fromState: "deactivated",
    toState: "active",
    ipAddress: ctx.ipAddress,
    data: { email: user.email, role: user.role },
  });
}

/**
 * Replaces the password with a one-time one for the admin to hand over, ends the person's sessions, and lifts a
 * sign-in lock on the account so the new password can be used at once.
 */
export async function resetPassword(ctx: ServiceContext, input: { userId: string }): Promise<{ oneTimePassword: string }> {
  const user = await lockedAccount(ctx, input.userId);
  const oneTimePassword = generateOneTimePassword();
  await ctx.tx.user.update({
    where: { id: user.id },
    data: { passwordHash: await hashPassword(oneTimePassword), mustChangePassword: true, sessionVersion: { increment: 1 } },
  });
  await clearFailures(ctx.tx, accountKey(user.email));
  await recordAuditEvent(ctx.tx, {
    actor: ctx.actor,
    action: "user.password_reset",
    subjectType: "user",
    subjectId: user.id,
    ipAddress: ctx.ipAddress,
    data: { email: user.email },
  });
  return { oneTimePassword };
}

function article(role: Role): string {
  return role === "ADMIN" || role === "EDITOR" ? "an" : "a";
}
