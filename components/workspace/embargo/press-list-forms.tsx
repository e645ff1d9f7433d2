"use client";

import { useActionState } from "react";
import { ActionFeedback } from "@/components/workspace/action-feedback";
import { fieldError, submitted, type FormAction } from "@/components/workspace/hooks/form-action";
import { Field } from "@/components/ui/field";
import { TextInput } from "@/components/ui/inputs";
import { SubmitButton } from "@/components/ui/submit-button";

const LABELS = { name: "Name", description: "Description", email: "E-mail", outlet: "Outlet" };

export function CreatePressListForm({ action }: { action: FormAction<unknown> }) {
  const [state, formAction] = useActionState(action, null);
  return (
    <form action={formAction} noValidate className="space-y-4">
      <ActionFeedback state={state} fieldLabels={LABELS} />
      <Field id="list-name" label="Name" hint="“Diplomatic correspondents”, “Wire agencies”" error={fieldError(state, "name")}>
        {(control) => <TextInput {...control} name="name" defaultValue={submitted(state, "name") ?? ""} autoComplete="off" />}
      </Field>
      <Field id="list-description" label="Description" error={fieldError(state, "description")} optional>
        {(control) => <TextInput {...control} name="description" defaultValue={submitted(state, "description") ?? ""} className="max-w-none" />}
      </Field>
      <SubmitButton pendingLabel="Creating…">Create press list</SubmitButton>
    </form>
  );
}

export function AddPressContactForm({ action, listId, listName }: { action: FormAction<unknown>; listId: string; listName: string }) {
  const [state, formAction] = useActionState(action, null);
  const id = (name: string) => `contact-${listId}-${name}`;
  return (
    <form action={formAction} noValidate className="space-y-3" aria-label={`Add a journalist to ${listName}`}>
      <input type="hidden" name="listId" value={listId} />
      <ActionFeedback state={state} fieldLabels={LABELS} />
      <div className="grid gap-3 sm:grid-cols-3">
        <Field id={id("name")} label="Name" error={fieldError(state, "name")}>
          {(control) => <TextInput {...control} name="name" defaultValue={submitted(state, "name") ?? ""} autoComplete="off" />}
        </Field>
        <Field id={id("email")} label="E-mail" error={fieldError(state, "email")}>
          {(control) => <TextInput {...control} name="email" type="email" defaultValue={submitted(state, "email") ?? ""} autoComplete="off" />}
        </Field>
        <Field id={id("outlet")} label="Outlet" error={fieldError(state, "outlet")} optional>
          {(control) => <TextInput {...control} name="outlet" defaultValue={submitted(state, "outlet") ?? ""} autoComplete="off" />}
        </Field>
      </div>
      <SubmitButton variant="secondary" pendingLabel="Adding…">
        Add to the list
      </SubmitButton>
    </form>
  );
}
