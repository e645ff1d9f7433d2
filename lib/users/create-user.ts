import { Prisma } from "@/lib/db/generated/client";
import type { Role } from "@/lib/db/generated/enums";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { normaliseEmail } from "@/lib/auth/email";
import { hashPassword, passwordWeakness } from "@/lib/auth/password";
import { generateOneTimePassword } from "./one-time-password";
import type { ServiceContext } from "./service-context";
import { localesForRole } from "./translator-locales";
import { ActionError } from "@/lib/errors";

export type NewUser = {
  email: string;
  name: string;
  role: Role;
  translatorLocales?: readonly string[];
  /** Given on the command line. Without it a one-time password is made, to be changed at first sign-in. */
  password?: string;
  /** Recorded in the audit event ("command line"). */
  via?: string;
};

export type CreatedUser = {
  user: { id: string; email: string; name: string; role: Role };
  /** Shown once to the admin who created the account; never stored in clear. */
  oneTimePassword: string | null;
};

export const DUPLICATE_EMAIL = "An account with this email already exists.";

export async function createUser(ctx: ServiceContext, input: NewUser): Promise<CreatedUser> {
  const email = normaliseEmail(input.email);
  const name = input.name.trim();
  if (input.password !== undefined) {
    const weakness = passwordWeakness(input.password);
    if (weakness) throw new ActionError(weakness, { password: [weakness] });
  }
  const existing = await ctx.tx.user.findUnique({ where: { email }, select: { id: true } });
  if (existing) throw new ActionError(DUPLICATE_EMAIL, { email: [DUPLICATE_EMAIL] });

  const oneTimePassword = input.password === undefined ? generateOneTimePassword() : null;
  const translatorLocales = localesForRole(input.role, input.translatorLocales ?? []);
  let user: CreatedUser["user"];
  try {
    user = await ctx.tx.user.create({
      data: {
        email,
        name,
        role: input.role,
        translatorLocales,
        passwordHash: await hashPassword(input.password ?? oneTimePassword!),
        mustChangePassword: oneTimePassword !== null,
      },
      select: { id: true, email: true, name: true, role: true },
    });
  } catch (error) {
    // Another admin created the same email a moment ago.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new ActionError(DUPLICATE_EMAIL, { email: [DUPLICATE_EMAIL] });
    }
    throw error;
  }
  await recordAuditEvent(ctx.tx, {
    actor: ctx.actor,
    action: "user.created",
    subjectType: "user",
    subjectId: user.id,
    toState: user.role,
    ipAddress: ctx.ipAddress,
    data: { email, name, role: user.role, translatorLocales, oneTimePassword: oneTimePassword !== null, via: input.via ?? "workspace" },
  });
  return { user, oneTimePassword };
}
