"use client";

import { useActionState, useState, useTransition } from "react";
import { ActionFeedback } from "@/components/workspace/action-feedback";
import { fieldError, submitted, type FormAction } from "@/components/workspace/hooks/form-action";
import { Button } from "@/components/ui/button";
import { Field, Fieldset } from "@/components/ui/field";
import { Select, TextInput } from "@/components/ui/inputs";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionResult } from "@/lib/actions/define-action";

/*
 * Adding and changing one taxonomy entry: names (and positions, places) per language, and what each kind has
 * besides. The same form adds (empty) and edits (filled, with the entry's id).
 */

export type TaxonomyKindName = "person" | "country" | "organisation" | "topic" | "event";

export type TaxonomyEntry = {
  id: string;
  names: Record<string, string>;
  positions?: Record<string, string>;
  places?: Record<string, string>;
  code?: string;
  slug?: string;
  countryId?: string | null;
  startsOn?: string | null;
  endsOn?: string | null;
  parentId?: string | null;
};

type Option = { value: string; label: string };

const LABELS: Record<string, string> = {
  names: "Name",
  positions: "Position",
  places: "Place",
  code: "Country code",
  slug: "Web address",
  countryId: "Country",
  startsOn: "Starts on",
  endsOn: "Ends on",
  parentId: "Part of",
};

function PerLocale({
  prefix,
  legend,
  hint,
  locales,
  values,
  state,
  idBase,
}: {
  prefix: string;
  legend: string;
  hint?: string;
  locales: readonly Option[];
  values?: Record<string, string>;
  state: Parameters<typeof submitted>[0];
  idBase: string;
}) {
  return (
    <Fieldset legend={legend} hint={hint} error={fieldError(state, prefix)}>
      <div className="grid gap-3 sm:grid-cols-2" id={`${idBase}-${prefix}`}>
        {locales.map((locale) => (
          <Field key={locale.value} id={`${idBase}-${prefix}-${locale.value}`} label={locale.label} optional>
            {(control) => (
              <TextInput
                {...control}
                name={`${prefix}.${locale.value}`}
                lang={locale.value}
                defaultValue={submitted(state, `${prefix}.${locale.value}`) ?? values?.[locale.value] ?? ""}
                className="max-w-none"
              />
            )}
          </Field>
        ))}
      </div>
    </Fieldset>
  );
}

export function TaxonomyEntryForm({
  kind,
  action,
  entry,
  locales,
  countries = [],
  events = [],
  submitLabel,
}: {
  kind: TaxonomyKindName;
  action: FormAction<unknown>;
  entry?: TaxonomyEntry;
  locales: readonly Option[];
  countries?: readonly Option[];
  events?: readonly Option[];
  submitLabel: string;
}) {
  const [state, formAction] = useActionState(action, null);
  const idBase = entry ? `edit-${entry.id}` : `new-${kind}`;
  const value = (name: keyof TaxonomyEntry) => submitted(state, name) ?? ((entry?.[name] as string | null | undefined) ?? "");
  return (
    <form action={formAction} noValidate className="space-y-4">
      {entry ? <input type="hidden" name="id" value={entry.id} /> : null}
      <ActionFeedback state={state} fieldLabels={LABELS} />
      {kind === "country" ? (
        <Field id={`${idBase}-code`} label="Country code" hint="Two letters, ISO 3166 (KR, KZ)." error={fieldError(state, "code")}>
          {(control) => <TextInput {...control} name="code" defaultValue={value("code")} maxLength={2} className="max-w-32 uppercase" autoComplete="off" />}
        </Field>
      ) : null}
      <PerLocale prefix="names" legend="Name" hint="In at least one language." locales={locales} values={entry?.names} state={state} idBase={idBase} />
      {kind === "person" ? (
        <>
          <PerLocale prefix="positions" legend="Position" hint="“Minister of Foreign Affairs”" locales={locales} values={entry?.positions} state={state} idBase={idBase} />
          <Field id={`${idBase}-countryId`} label="Country" error={fieldError(state, "countryId")} optional>
            {(control) => (
              <Select {...control} name="countryId" defaultValue={value("countryId")}>
                <option value="">None</option>
                {countries.map((country) => (
                  <option key={country.value} value={country.value}>
                    {country.label}
                  </option>
                ))}
              </Select>
            )}
          </Field>
        </>
      ) : null}
      {kind === "event" ? (
        <>
          <PerLocale prefix="places" legend="Place" locales={locales} values={entry?.places} state={state} idBase={idBase} />
          <div className="grid gap-4 sm:grid-cols-2">
            <Field id={`${idBase}-startsOn`} label="Starts on" error={fieldError(state, "startsOn")} optional>
              {(control) => <TextInput {...control} name="startsOn" type="date" defaultValue={value("startsOn")} />}
            </Field>
            <Field id={`${idBase}-endsOn`} label="Ends on" error={fieldError(state, "endsOn")} optional>
              {(control) => <TextInput {...control} name="endsOn" type="date" defaultValue={value("endsOn")} />}
            </Field>
          </div>
          <Field id={`${idBase}-parentId`} label="Part of" hint="The forum or conference this is a session of." error={fieldError(state, "parentId")} optional>
            {(control) => (
              <Select {...control} name="parentId" defaultValue={value("parentId")}>
                <option value="">Nothing: it stands on its own</option>
                {events
                  .filter((event) => event.value !== entry?.id)
                  .map((event) => (
                    <option key={event.value} value={event.value}>
                      {event.label}
                    </option>
                  ))}
              </Select>
            )}
          </Field>
        </>
      ) : null}
      {kind === "organisation" || kind === "topic" || kind === "event" ? (
        <Field
          id={`${idBase}-slug`}
          label="Web address"
          hint={entry ? "Changing it breaks links readers may have kept." : "Left empty, it is made from the English name."}
          error={fieldError(state, "slug")}
          optional
        >
          {(control) => <TextInput {...control} name="slug" defaultValue={value("slug")} spellCheck={false} autoComplete="off" className="font-mono text-sm" />}
        </Field>
      ) : null}
      <SubmitButton variant={entry ? "secondary" : "primary"} pendingLabel="Saving…">
        {submitLabel}
      </SubmitButton>
    </form>
  );
}

/** Deletes an entry no document uses; one in use is refused with the number of documents. */
export function DeleteEntryButton({ action, id, label }: { action: (formData: FormData) => Promise<ActionResult<unknown>>; id: string; label: string }) {
  const [problem, setProblem] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <div className="space-y-1">
      <Button
        type="button"
        variant="danger"
        size="sm"
        disabled={pending}
        onClick={() => {
          if (!window.confirm(`Delete ${label}?`)) return;
          const data = new FormData();
          data.set("id", id);
          startTransition(async () => {
            const result = await action(data);
            setProblem(result.ok ? null : result.error);
          });
        }}
      >
        {pending ? "Deleting…" : "Delete"}
      </Button>
      {problem ? (
        <p role="alert" className="max-w-xs text-sm font-semibold text-accent">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
