"use server";

import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { checkboxList, requiredText } from "@/lib/actions/form-input";
import { revalidateWorkspace } from "@/lib/actions/revalidate-workspace";
import { MAX_EMAIL_LENGTH } from "@/lib/auth/email";
import { ROLES } from "@/lib/auth/policy";
import { env } from "@/lib/env";
import { createUser } from "@/lib/users/create-user";
import { changeRole, deactivateUser, reactivateUser, resetPassword, updateUserDetails } from "@/lib/users/manage-user";
import { inTransaction, type ServiceContext } from "@/lib/users/service-context";
import { loadUserSubject } from "@/lib/users/user-subject";
import { plainString } from "@/lib/validation/plain-text";

/*
 * The users page's server actions. Each is a public endpoint: defineAction asks the policy before anything runs; the
 * account services run in one transaction of their own, which locks the account and writes the audit event.
 */

const userId = plainString(undefined, { error: "No account was named." }).trim().min(1, "No account was named.").max(64);
const role = z.enum(ROLES, { error: "Choose a role." });
const siteLocale = z.string().refine((locale) => env().CHANCERY_LOCALES.includes(locale), "Choose one of the site's languages.");
const translatorLocales = checkboxList(siteLocale);

const createUserSchema = z.object({
  name: requiredText("a name", 120),
  email: plainString("The email address", { error: "Enter an email address." })
    .trim()
    .min(1, "Enter an email address.")
    .max(MAX_EMAIL_LENGTH, "This email address is too long.")
    .pipe(z.email("Enter an email address like name@mofa.example.")),
  role,
  translatorLocales,
});

const revalidateUsersPage = () => revalidateWorkspace("/workspace/users", "layout");

/** A change to one person's account: the policy decides with that account (its role, whether it is active) in view. */
function accountAction<S extends z.ZodType<{ userId: string }>, T>(
  action: "user.changeRole" | "user.deactivate" | "user.reactivate" | "user.resetPassword",
  schema: S,
  change: (service: ServiceContext, input: z.output<S>) => Promise<T>,
  message: string,
) {
  return defineAction({
    name: action,
    schema,
    permission: async (input) => [action, await loadUserSubject(input.userId)],
    run: (input, ctx) => inTransaction(ctx, (service) => change(service, input)),
    after: revalidateUsersPage,
    message,
  });
}

export const createUserAction = defineAction({
  name: "user.create",
  schema: createUserSchema,
  permission: ["user.manage"],
  run: (input, ctx) => inTransaction(ctx, (service) => createUser(service, input)),
  after: revalidateUsersPage,
  message: ({ user }) => `Account created for ${user.name}.`,
});

export const updateUserAction = defineAction({
  name: "user.update",
  schema: z.object({ userId, name: requiredText("a name", 120), translatorLocales }),
  permission: ["user.manage"],
  run: (input, ctx) => inTransaction(ctx, (service) => updateUserDetails(service, input)),
  after: revalidateUsersPage,
  message: ({ changed }) => (changed.length ? "Details saved." : "Nothing had changed."),
});

export const changeRoleAction = accountAction(
  "user.changeRole",
  z.object({ userId, role }),
  changeRole,
  "Role changed. They have been signed out and start afresh with the new role.",
);

export const deactivateUserAction = accountAction(
  "user.deactivate",
  z.object({ userId }),
  deactivateUser,
  "Account deactivated. They were signed out and cannot sign in.",
);

export const reactivateUserAction = accountAction(
  "user.reactivate",
  z.object({ userId }),
  reactivateUser,
  "Account reactivated. They can sign in with their password.",
);

export const resetPasswordAction = accountAction(
  "user.resetPassword",
  z.object({ userId }),
  resetPassword,
  "Password reset. They were signed out and must choose a new password after signing in with this one.",
);
