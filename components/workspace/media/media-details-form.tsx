"use client";

import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { Checkbox, Select, TextInput } from "@/components/ui/inputs";
import { SubmitButton } from "@/components/ui/submit-button";
import { ActionFeedback } from "../action-feedback";
import { LocaleOptions } from "./locale-options";
import { fieldError, submitted, type FormAction } from "../hooks/form-action";

export interface MediaDetailsValues {
  mediaId: string;
  kind: "IMAGE" | "DOCUMENT";
  alt: string;
  caption: string;
  credit: string;
  title: string;
  language: string;
  accessible: boolean;
}

/** The words of a photo or file in the language they were written in; a refused save keeps what was typed. */
export function MediaDetailsForm({
  action,
  values,
  locales,
  textLocaleLabel,
  readOnly,
}: {
  action: FormAction<{ mediaId: string; changed: string[] }>;
  values: MediaDetailsValues;
  locales: ReadonlyArray<{ value: string; label: string }>;
  textLocaleLabel: string;
  readOnly: boolean;
}) {
  const [state, formAction] = useActionState(action, null);
  const value = (name: keyof MediaDetailsValues) => submitted(state, name) ?? String(values[name]);
  return (
    <form action={formAction} noValidate className="space-y-4" data-media-details="">
      <ActionFeedback state={state} />
      <input type="hidden" name="mediaId" value={values.mediaId} />
      <p className="text-sm text-muted">In {textLocaleLabel}. Translations are made in each document&rsquo;s translation workspace.</p>
      {values.kind === "IMAGE" ? (
        <>
          <Field id="details-alt" label="Alt text" error={fieldError(state, "alt")}>
            {(control) => <TextInput {...control} name="alt" defaultValue={value("alt")} disabled={readOnly} />}
          </Field>
          <Field id="details-caption" label="Caption" optional error={fieldError(state, "caption")}>
            {(control) => <TextInput {...control} name="caption" defaultValue={value("caption")} disabled={readOnly} />}
          </Field>
          <Field id="details-credit" label="Credit" optional error={fieldError(state, "credit")}>
            {(control) => <TextInput {...control} name="credit" defaultValue={value("credit")} disabled={readOnly} />}
          </Field>
        </>
      ) : (
        <>
          <Field id="details-title" label="Title" error={fieldError(state, "title")}>
            {(control) => <TextInput {...control} name="title" defaultValue={value("title")} disabled={readOnly} />}
          </Field>
          <Field id="details-language" label="Language of the file" error={fieldError(state, "language")}>
            {(control) => (
              <Select {...control} name="language" defaultValue={value("language")} disabled={readOnly}>
                <LocaleOptions locales={locales} />
              </Select>
            )}
          </Field>
          {/* An unticked box sends nothing: the hidden field says the form had the box, so "off" is a choice. */}
          <input type="hidden" name="accessible" value="false" />
          <Checkbox id="details-accessible" name="accessible" value="true" label="Meets the accessibility standard" defaultChecked={values.accessible} disabled={readOnly} />
        </>
      )}
      {readOnly ? null : <SubmitButton pendingLabel="Saving…">Save details</SubmitButton>}
    </form>
  );
}
