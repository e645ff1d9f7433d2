"use client";

import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { TextInput } from "@/components/ui/inputs";
import { SubmitButton } from "@/components/ui/submit-button";
import { ActionFeedback } from "../action-feedback";
import { fieldError, type FormAction } from "../hooks/form-action";

const LABELS = { currentPassword: "Current password", newPassword: "New password", confirmPassword: "New password again" };

export function ChangePasswordForm({ action, oneTimePassword, rules }: { action: FormAction<void>; oneTimePassword: boolean; rules: string }) {
  const [state, formAction] = useActionState(action, null);
  const labels = { ...LABELS, currentPassword: oneTimePassword ? "One-time password" : LABELS.currentPassword };
  return (
    <form action={formAction} noValidate className="space-y-5">
      <ActionFeedback state={state} fieldLabels={labels} />
      <Field id="currentPassword" label={labels.currentPassword} hint={oneTimePassword ? "The password an admin gave you." : undefined} error={fieldError(state, "currentPassword")}>
        {(control) => <TextInput {...control} name="currentPassword" type="password" autoComplete="current-password" required />}
      </Field>
      <Field id="newPassword" label={labels.newPassword} hint={`Use ${rules}. A short sentence works well.`} error={fieldError(state, "newPassword")}>
        {(control) => <TextInput {...control} name="newPassword" type="password" autoComplete="new-password" required />}
      </Field>
      <Field id="confirmPassword" label={labels.confirmPassword} error={fieldError(state, "confirmPassword")}>
        {(control) => <TextInput {...control} name="confirmPassword" type="password" autoComplete="new-password" required />}
      </Field>
      <SubmitButton pendingLabel="Saving…">Save new password</SubmitButton>
    </form>
  );
}
