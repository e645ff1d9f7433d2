"use client";

import { useActionState, useRef, useState, type FormEvent } from "react";
import type { Decision } from "@/lib/auth/policy";
import { Alert } from "@/components/ui/alert";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Field, Fieldset } from "@/components/ui/field";
import { Checkbox, Select, TextInput } from "@/components/ui/inputs";
import { SubmitButton } from "@/components/ui/submit-button";
import { ActionFeedback } from "../action-feedback";
import { fieldError, submitted, submittedList, type FormAction } from "../hooks/form-action";
import { OneTimePassword } from "./one-time-password";
import type { ROLES } from "@/lib/auth/policy";

/* The forms on one account's page. Each is offered only when the policy allows it; otherwise its reason is shown. */

type Option = { value: string; label: string };

function Refused({ decision }: { decision: Decision }) {
  return decision.allowed ? null : <p className="text-muted">{decision.reason}</p>;
}

/** The languages a translator translates into, one checkbox each; also on the new-account form. */
export function TranslatorLocalesField({
  hint,
  error,
  locales,
  chosen,
}: {
  hint: string;
  error: readonly string[] | undefined;
  locales: readonly Option[];
  chosen: readonly string[];
}) {
  return (
    <Fieldset legend="Translation languages" hint={hint} error={error}>
      <div id="translatorLocales" className="flex flex-wrap gap-x-6 gap-y-2">
        {locales.map((locale) => (
          <Checkbox
            key={locale.value}
            id={`translatorLocales-${locale.value}`}
            name="translatorLocales"
            value={locale.value}
            label={locale.label}
            defaultChecked={chosen.includes(locale.value)}
          />
        ))}
      </div>
    </Fieldset>
  );
}

export function UserDetailsForm({
  action,
  user,
  translates,
  locales,
}: {
  action: FormAction<{ changed: string[] }>;
  user: { id: string; name: string; role: (typeof ROLES)[number]; translatorLocales: string[] };
  /** The account's role translates into languages of its own (the policy's hasTranslationLanguages). */
  translates: boolean;
  locales: readonly Option[];
}) {
  const [state, formAction] = useActionState(action, null);
  const chosen = submittedList(state, "translatorLocales") ?? user.translatorLocales;
  return (
    <form action={formAction} noValidate className="space-y-5">
      <input type="hidden" name="userId" value={user.id} />
      <ActionFeedback state={state} fieldLabels={{ name: "Full name", translatorLocales: "Translation languages" }} />
      <Field id="name" label="Full name" error={fieldError(state, "name")}>
        {(control) => <TextInput {...control} name="name" defaultValue={submitted(state, "name") ?? user.name} required />}
      </Field>
      {translates ? (
        <TranslatorLocalesField hint="The languages they translate into." error={fieldError(state, "translatorLocales")} locales={locales} chosen={chosen} />
      ) : null}
      <SubmitButton variant="secondary" pendingLabel="Saving…">
        Save details
      </SubmitButton>
    </form>
  );
}

export function ChangeRoleForm({
  action,
  user,
  roles,
  decision,
}: {
  action: FormAction<unknown>;
  user: { id: string; role: string };
  roles: readonly Option[];
  decision: Decision;
}) {
  const [state, formAction] = useActionState(action, null);
  if (!decision.allowed) return <Refused decision={decision} />;
  return (
    <form action={formAction} noValidate className="space-y-5">
      <input type="hidden" name="userId" value={user.id} />
      <ActionFeedback state={state} fieldLabels={{ role: "Role" }} />
      <Field id="role" label="Role" hint="A new role takes effect at once: they are signed out and sign in again with it." error={fieldError(state, "role")}>
        {(control) => (
          // Keyed by the role the server now holds (and a refused choice): after a change the list shows the new role,
          // not the one the page first rendered, so pressing Change again does not quietly revert it.
          <Select {...control} key={`${user.role}:${state && !state.ok ? (submitted(state, "role") ?? "") : ""}`} name="role" defaultValue={submitted(state, "role") ?? user.role}>
            {roles.map((role) => (
              <option key={role.value} value={role.value}>
                {role.label}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <SubmitButton variant="secondary" pendingLabel="Changing…">
        Change role
      </SubmitButton>
    </form>
  );
}

export function ResetPasswordForm({
  action,
  user,
  decision,
}: {
  action: FormAction<{ oneTimePassword: string }>;
  user: { id: string; name: string };
  decision: Decision;
}) {
  const [state, formAction] = useActionState(action, null);
  if (!decision.allowed) return <Refused decision={decision} />;
  return (
    <div className="space-y-4">
      <ActionFeedback state={state} />
      {state?.ok ? <OneTimePassword password={state.data.oneTimePassword} forName={user.name} /> : null}
      <form action={formAction} className="space-y-3">
        <input type="hidden" name="userId" value={user.id} />
        <p className="text-muted">Makes a one-time password for them and signs them out everywhere. It also lifts a sign-in lock.</p>
        <SubmitButton variant="secondary" pendingLabel="Resetting…">
          Reset password
        </SubmitButton>
      </form>
    </div>
  );
}

export function AccountStatusForm({
  deactivate,
  reactivate,
  user,
  canDeactivate,
  canReactivate,
}: {
  deactivate: FormAction<unknown>;
  reactivate: FormAction<unknown>;
  user: { id: string; name: string; active: boolean };
  canDeactivate: Decision;
  canReactivate: Decision;
}) {
  const [deactivated, deactivateAction] = useActionState(deactivate, null);
  const [reactivated, reactivateAction] = useActionState(reactivate, null);
  const latest = user.active ? reactivated ?? deactivated : deactivated ?? reactivated;
  // Deactivating signs the person out at once: asked once, then the form is sent as it is.
  const form = useRef<HTMLFormElement>(null);
  const confirmed = useRef(false);
  const [asking, setAsking] = useState(false);
  const askFirst = (event: FormEvent<HTMLFormElement>) => {
    if (!confirmed.current) {
      event.preventDefault();
      setAsking(true);
    }
    confirmed.current = false;
  };
  return (
    <div className="space-y-4">
      <ActionFeedback state={latest} />
      {user.active ? (
        canDeactivate.allowed ? (
          <form ref={form} action={deactivateAction} onSubmit={askFirst} className="space-y-3">
            <input type="hidden" name="userId" value={user.id} />
            <Alert tone="warning">{user.name} will be signed out at once and will not be able to sign in. Their work stays, credited to them.</Alert>
            <SubmitButton variant="danger" pendingLabel="Deactivating…">
              Deactivate account
            </SubmitButton>
            <ConfirmDialog
              open={asking}
              title={`Deactivate ${user.name}?`}
              confirmLabel="Deactivate account"
              variant="danger"
              onCancel={() => setAsking(false)}
              onConfirm={() => {
                setAsking(false);
                confirmed.current = true;
                form.current?.requestSubmit();
              }}
            >
              <p>They are signed out at once, everywhere, and cannot sign in until an admin reactivates the account. Their work stays, credited to them.</p>
            </ConfirmDialog>
          </form>
        ) : (
          <Refused decision={canDeactivate} />
        )
      ) : canReactivate.allowed ? (
        <form action={reactivateAction} className="space-y-3">
          <input type="hidden" name="userId" value={user.id} />
          <p className="text-muted">They will be able to sign in again with their password.</p>
          <SubmitButton variant="secondary" pendingLabel="Reactivating…">
            Reactivate account
          </SubmitButton>
        </form>
      ) : (
        <Refused decision={canReactivate} />
      )}
    </div>
  );
}
