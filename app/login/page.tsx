import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { z } from "zod";
import { DemoAccounts } from "@/components/workspace/account/demo-accounts";
import { SignInForm } from "@/components/workspace/account/sign-in-form";
import { Alert } from "@/components/ui/alert";
import { CHANGE_PASSWORD_PATH, safeCallbackUrl } from "@/lib/auth/callback-url";
import { ROLE_LABELS } from "@/lib/auth/policy";
import { getCurrentUser } from "@/lib/auth/session";
import { signInErrorMessage } from "@/lib/auth/sign-in-errors";
import { env } from "@/lib/env";
import { DEMO_ACCOUNTS } from "@/lib/seed/demo-accounts";
import { readSearchParams, type SearchParams } from "@/lib/validation/search-params";

export const metadata: Metadata = { title: "Sign in" };

const signInQuerySchema = z.object({
  callbackUrl: z.string().optional(),
  error: z.string().optional(),
  passwordChanged: z.string().optional(),
  signedOut: z.string().optional(),
});

export default async function SignInPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = readSearchParams(await searchParams, signInQuerySchema);
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  const user = await getCurrentUser();
  if (user) redirect(user.mustChangePassword ? CHANGE_PASSWORD_PATH : callbackUrl);

  const notice = params.passwordChanged
    ? "Your password has been changed. Sign in with the new one."
    : params.signedOut
      ? "You have signed out, on this device and every other."
      : null;

  return (
    <div className="space-y-8">
      <div className="border border-rule bg-white p-6 sm:p-8">
        <h1 className="mb-2 text-3xl font-semibold">Sign in</h1>
        <p className="mb-6 text-muted">For press office staff. Sessions last a working day (8 hours).</p>
        {notice ? (
          <Alert tone="success" className="mb-6">
            {notice}
          </Alert>
        ) : null}
        <SignInForm callbackUrl={callbackUrl} initialError={signInErrorMessage(params.error)} />
      </div>
      {env().demo ? (
        <DemoAccounts accounts={DEMO_ACCOUNTS.map((account) => ({ roleLabel: ROLE_LABELS[account.role], email: account.email, password: account.password }))} />
      ) : null}
    </div>
  );
}
