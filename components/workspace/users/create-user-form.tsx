"use client";

import Link from "next/link";
import { useActionState } from "react";
import { ButtonLink } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Select, TextInput } from "@/components/ui/inputs";
import { SubmitButton } from "@/components/ui/submit-button";
import { ActionFeedback } from "../action-feedback";
import { fieldError, submitted, submittedList, type FormAction } from "../hooks/form-action";
import { OneTimePassword } from "./one-time-password";
import { TranslatorLocalesField } from "./user-forms";

type Created = { user: { id: string; name: string; email: string }; oneTimePassword: string | null };

const LABELS = { name: "Full name", email: "Email address", role: "Role", translatorLocales: "Translation languages" };

export function CreateUserForm({
  action,
  roles,
  locales,
}: {
  action: FormAction<Created>;
  roles: ReadonlyArray<{ value: string; label: string; description: string }>;
  locales: ReadonlyArray<{ value: string; label: string }>;
}) {
  const [state, formAction] = useActionState(action, null);

  if (state?.ok) {
    const { user, oneTimePassword } = state.data;
    return (
      <div className="space-y-5">
        <ActionFeedback state={state} />
        {oneTimePassword ? <OneTimePassword password={oneTimePassword} forName={`${user.name} (${user.email})`} /> : null}
        <div className="flex flex-wrap gap-3">
          <ButtonLink href={`/workspace/users/${user.id}`} variant="secondary">
            View {user.name}
          </ButtonLink>
          <Link href="/workspace/users" className="self-center text-brand underline underline-offset-2">
            Back to all users
          </Link>
        </div>
      </div>
    );
  }

  const chosenLocales = submittedList(state, "translatorLocales") ?? [];
  return (
    <form action={formAction} noValidate className="space-y-6">
      <ActionFeedback state={state} fieldLabels={LABELS} />
      <Field id="name" label={LABELS.name} error={fieldError(state, "name")}>
        {(control) => <TextInput {...control} name="name" autoComplete="off" defaultValue={submitted(state, "name")} required />}
      </Field>
      <Field id="email" label={LABELS.email} hint="They sign in with it." error={fieldError(state, "email")}>
        {(control) => <TextInput {...control} name="email" type="email" autoComplete="off" spellCheck={false} defaultValue={submitted(state, "email")} required />}
      </Field>
      <Field id="role" label={LABELS.role} error={fieldError(state, "role")}>
        {(control) => (
          <Select {...control} name="role" defaultValue={submitted(state, "role") ?? ""} required>
            <option value="" disabled>
              Choose a role
            </option>
            {roles.map((role) => (
              <option key={role.value} value={role.value}>
                {role.label} — {role.description}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <TranslatorLocalesField
        hint="Only for translators: the languages they translate into."
        error={fieldError(state, "translatorLocales")}
        locales={locales}
        chosen={chosenLocales}
      />
      <p className="text-sm text-muted">A one-time password is made for the account and shown once, on the next screen.</p>
      <SubmitButton pendingLabel="Creating…">Create account</SubmitButton>
    </form>
  );
}
