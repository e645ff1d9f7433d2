"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { SIGN_IN_PATH } from "@/lib/auth/callback-url";
import { changeOwnPassword } from "@/lib/users/change-own-password";
import { inTransaction } from "@/lib/users/service-context";

const schema = z
  .object({
    currentPassword: z.string({ error: "Enter your current password." }).min(1, "Enter your current password.").max(1_000),
    newPassword: z.string({ error: "Enter a new password." }).min(1, "Enter a new password.").max(1_000),
    confirmPassword: z.string({ error: "Enter the new password again." }).max(1_000),
  })
  .refine((input) => input.newPassword === input.confirmPassword, { path: ["confirmPassword"], message: "The two new passwords are not the same." });

/** Anyone signed in chooses their own password; the one place a pending one-time password does not block. */
export const changeOwnPasswordAction = defineAction({
  name: "account.changePassword",
  schema,
  permission: ["workspace.access"],
  allowPendingPasswordChange: true,
  run: (input, ctx) =>
    inTransaction(ctx, (service) => changeOwnPassword(service, { userId: ctx.user.id, currentPassword: input.currentPassword, newPassword: input.newPassword })),
  // Every session ended with the change, this one too: sign in again with the new password.
  after: () => redirect(`${SIGN_IN_PATH}?passwordChanged=1`),
});
