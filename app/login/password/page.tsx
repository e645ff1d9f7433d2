import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ChangePasswordForm } from "@/components/workspace/account/change-password-form";
import { Alert } from "@/components/ui/alert";
import { CHANGE_PASSWORD_PATH, signInPath } from "@/lib/auth/callback-url";
import { PASSWORD_RULES } from "@/lib/auth/password";
import { getCurrentUser } from "@/lib/auth/session";
import { changeOwnPasswordAction } from "./actions";

export const metadata: Metadata = { title: "Choose a new password" };

/** Anyone signed in may change their password here; someone holding a one-time password must, before anything else. */
export default async function ChangePasswordPage() {
  const user = await getCurrentUser();
  if (!user) redirect(signInPath(CHANGE_PASSWORD_PATH));
  return (
    <div className="border border-rule bg-white p-6 sm:p-8">
      <h1 className="mb-2 text-3xl font-semibold">{user.mustChangePassword ? "Choose your password" : "Change your password"}</h1>
      <p className="mb-6 text-muted">Signed in as {user.email}.</p>
      {user.mustChangePassword ? (
        <Alert tone="info" className="mb-6">
          You signed in with a one-time password. Choose your own before you continue; you will then sign in again with it.
        </Alert>
      ) : (
        <p className="mb-6">
          After the change you are signed out everywhere and sign in again with the new password.{" "}
          <Link href="/workspace" className="text-brand underline underline-offset-2">
            Back to the workspace
          </Link>
        </p>
      )}
      <div className="max-w-md">
        <ChangePasswordForm action={changeOwnPasswordAction} oneTimePassword={user.mustChangePassword} rules={PASSWORD_RULES} />
      </div>
    </div>
  );
}
