"use client";

import { useMemo, useRef, useState, useTransition, type FormEvent } from "react";
import { ActionFeedback } from "@/components/workspace/action-feedback";
import { BodyEditor } from "@/components/workspace/body-editor/body-editor";
import { useUnsavedChangesWarning } from "@/components/workspace/hooks/use-unsaved-changes-warning";
import { Button } from "@/components/ui/button";
import { Field, Fieldset } from "@/components/ui/field";
import { RadioChoices, Select } from "@/components/ui/inputs";
import type { ActionResult } from "@/lib/actions/define-action";
import type { Body } from "@/lib/body/schema";
import { slugFromTitle } from "@/lib/validation/slug";
import { DocumentFields, NO_TAGS, plainTextOf, type PickerOptions, type DocumentFieldValues, type DocumentKindName } from "./document-fields";
import { bodyErrors, FIELD_LABELS, forSummary, type Failure } from "./form-failure";
import { KIND_NAMES } from "./state-badge";

type Created = { documentId: string };

/** A new press release or interview. Creating it saves the first draft and opens it in the edition editor. */
export function NewDocumentForm({
  action,
  options,
  locales,
  defaultLocale,
  today,
}: {
  action: (formData: FormData) => Promise<ActionResult<Created>>;
  options: PickerOptions;
  locales: ReadonlyArray<{ value: string; label: string }>;
  defaultLocale: string;
  /** The office's date today: the default public date. */
  today: string;
}) {
  const formRef = useRef<HTMLFormElement>(null);
  const [kind, setKind] = useState<DocumentKindName>("PRESS_RELEASE");
  const [locale, setLocale] = useState(defaultLocale);
  const [values, setValues] = useState<DocumentFieldValues>({
    title: "",
    slug: "",
    summary: "",
    publicDate: today,
    interviewee: "",
    outlet: "",
    sourceUrl: "",
    tags: NO_TAGS,
    related: [],
  });
  const [body, setBody] = useState<Body>([]);
  const [touched, setTouched] = useState(false);
  const [failure, setFailure] = useState<Failure>(null);
  const [pending, startTransition] = useTransition();
  useUnsavedChangesWarning(touched && !pending);

  const change = (next: Partial<DocumentFieldValues>) => {
    setValues((current) => ({ ...current, ...next }));
    setTouched(true);
  };
  const generated = slugFromTitle(values.title, { kind, publicDate: values.publicDate || today });
  const plainText = useMemo(() => plainTextOf(values.title, values.summary, body), [values.title, values.summary, body]);
  const errors = failure?.fieldErrors ?? {};

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    if (!form.reportValidity()) return;
    const data = new FormData(form);
    startTransition(async () => {
      const result = await action(data);
      // Success redirects to the new document; only a refusal comes back here.
      if (result && !result.ok) setFailure(result);
    });
  };

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-8" aria-describedby="new-document-help">
      <p id="new-document-help" className="sr-only">
        Creating the document saves it as a draft only you and editors can see.
      </p>
      <ActionFeedback state={forSummary(failure)} fieldLabels={FIELD_LABELS} />
      <Fieldset legend="What are you writing?" error={errors.kind}>
        <RadioChoices
          name="kind"
          choices={Object.entries(KIND_NAMES) as [keyof typeof KIND_NAMES, string][]}
          value={kind}
          onChange={(value) => {
            setKind(value);
            setTouched(true);
          }}
        />
      </Fieldset>

      <DocumentFields
        kind={kind}
        values={values}
        onChange={change}
        errors={errors}
        options={options}
        slugEditable
        slugOptional
        slugHint={
          <>
            Left empty, it is made from the title: <span className="font-mono break-all">{generated}</span>. It can change until the document is first
            published.
          </>
        }
        plainText={plainText}
        language={
          locales.length > 1 ? (
            <Field id="originalLocale" label="Written in" hint="Translations into the other languages follow." error={errors.originalLocale}>
              {(control) => (
                <Select
                  {...control}
                  name="originalLocale"
                  value={locale}
                  onChange={(event) => {
                    setLocale(event.target.value);
                    setTouched(true);
                  }}
                >
                  {locales.map((option) => (
                    <option key={option.value} value={option.value}>
                      {option.label}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
          ) : (
            <input type="hidden" name="originalLocale" value={locale} />
          )
        }
        body={
          <div id="body">
            <BodyEditor
              name="body"
              initialBody={[]}
              initialMode="text"
              locale={locale}
              errors={bodyErrors(failure, body)}
              onChange={(next) => {
                setBody(next);
                setTouched(true);
              }}
            />
          </div>
        }
      />

      <div className="sticky bottom-0 z-10 -mx-4 flex flex-wrap items-center gap-4 border-t border-rule bg-white/95 px-4 py-3 backdrop-blur">
        <Button type="submit" disabled={pending} aria-disabled={pending}>
          {pending ? "Creating…" : "Create draft"}
        </Button>
        <p className="text-sm text-muted">The draft opens in the editor, where it saves as you type.</p>
      </div>
    </form>
  );
}
