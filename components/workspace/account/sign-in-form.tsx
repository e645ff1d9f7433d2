"use client";

import { signIn } from "next-auth/react";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { signInErrorMessage } from "@/lib/auth/sign-in-errors";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { TextInput } from "@/components/ui/inputs";

/**
 * Email and password, sent to next-auth's credentials endpoint (/api/auth/callback/credentials, with its CSRF token).
 * Whatever goes wrong, the message never says whether the email has an account.
 */
export function SignInForm({ callbackUrl, initialError }: { callbackUrl: string; initialError: string | null }) {
  const [error, setError] = useState<string | null>(initialError);
  const [pending, setPending] = useState(false);
  const errorBox = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (error) errorBox.current?.focus();
  }, [error]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    try {
      const result = await signIn("credentials", {
        email: String(form.get("email") ?? ""),
        password: String(form.get("password") ?? ""),
        redirect: false,
        callbackUrl,
      });
      if (result?.ok && !result.error) {
        // A full load, so every server component reads the new session.
        window.location.assign(callbackUrl);
        return;
      }
      setError(signInErrorMessage(result?.error ?? "unknown"));
    } catch {
      setError("The server could not be reached. Check your connection and try again.");
    }
    setPending(false);
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-5" aria-describedby={error ? "sign-in-error" : undefined}>
      {error ? (
        <div ref={errorBox} tabIndex={-1} id="sign-in-error" className="outline-none">
          <Alert tone="error" title="You are not signed in">
            {error}
          </Alert>
        </div>
      ) : null}
      <Field id="email" label="Email address">
        {(control) => <TextInput {...control} name="email" type="email" autoComplete="username" spellCheck={false} required />}
      </Field>
      <Field id="password" label="Password">
        {(control) => <TextInput {...control} name="password" type="password" autoComplete="current-password" required />}
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
