"use client";

import { useActionState, useState } from "react";
import { ActionFeedback } from "@/components/workspace/action-feedback";
import { fieldError, type FormAction } from "@/components/workspace/hooks/form-action";
import { TextInput } from "@/components/ui/inputs";
import { SubmitButton } from "@/components/ui/submit-button";
import { NAME_MAX_LENGTH } from "@/lib/taxonomy/taxonomy-input";
import type { WorkspaceTaxonomyName } from "@/lib/translation/workspace";

/*
 * The document's tags named in the translation's language, saved on their own ("Save names"): a tag is named once for
 * every document, so its name is not part of this translation's text, revisions or review.
 */

const TYPES: Record<WorkspaceTaxonomyName["type"], string> = {
  person: "Person",
  country: "Country",
  organisation: "Organisation",
  topic: "Topic",
  event: "Event",
};

const DETAIL = { position: "Position", place: "Place" } as const;

type Draft = { name: string; detail: string };

function entriesOf(names: readonly WorkspaceTaxonomyName[], drafts: readonly Draft[]) {
  return names.map((entry, index) => {
    const draft = drafts[index]!;
    const base = { type: entry.type, id: entry.id, name: draft.name };
    if (entry.detail?.kind === "position") return { ...base, position: draft.detail };
    if (entry.detail?.kind === "place") return { ...base, place: draft.detail };
    return base;
  });
}

export function TaxonomyNamesForm({
  documentId,
  locale,
  localeLabel,
  sourceLocale,
  sourceLocaleLabel,
  names,
  action,
}: {
  documentId: string;
  locale: string;
  localeLabel: string;
  sourceLocale: string;
  sourceLocaleLabel: string;
  names: readonly WorkspaceTaxonomyName[];
  action: FormAction<unknown>;
}) {
  const [state, formAction] = useActionState(action, null);
  const [drafts, setDrafts] = useState<Draft[]>(() => names.map((entry) => ({ name: entry.translated ?? "", detail: entry.detail?.translated ?? "" })));
  const change = (index: number, patch: Partial<Draft>) =>
    setDrafts((current) => current.map((draft, at) => (at === index ? { ...draft, ...patch } : draft)));

  return (
    <form action={formAction} noValidate className="mt-2 max-w-4xl space-y-3" aria-label={`Tag names in ${localeLabel}`}>
      <input type="hidden" name="documentId" value={documentId} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="entries" value={JSON.stringify(entriesOf(names, drafts))} />
      <ActionFeedback state={state} />
      <table className="w-full text-left text-sm">
        <TagNamesTableHead sourceLocaleLabel={sourceLocaleLabel} localeLabel={localeLabel} />
        <tbody>
          {names.map((entry, index) => {
            const idBase = `tag-${entry.type}-${entry.id}`;
            const shown = entry.source ?? entry.translated ?? TYPES[entry.type];
            const nameError = fieldError(state, `entries.${index}.name`);
            const detailField = entry.detail ? (entry.detail.kind === "position" ? "position" : "place") : null;
            const detailError = detailField ? fieldError(state, `entries.${index}.${detailField}`) : undefined;
            return (
              <tr key={`${entry.type}-${entry.id}`} data-taxonomy={entry.type} className="align-top">
                <td className="border-b border-rule py-2 pr-3 text-muted">{TYPES[entry.type]}</td>
                <td className="border-b border-rule py-2 pr-3" lang={sourceLocale}>
                  {entry.source ?? <span className="text-muted">—</span>}
                  {entry.detail ? <div className="text-muted">{entry.detail.source ?? "—"}</div> : null}
                </td>
                <td className="space-y-2 border-b border-rule py-2">
                  <div>
                    <label htmlFor={`${idBase}-name`} className="sr-only">
                      Name of {shown} in {localeLabel}
                    </label>
                    <TextInput
                      id={`${idBase}-name`}
                      lang={locale}
                      value={drafts[index]!.name}
                      maxLength={NAME_MAX_LENGTH}
                      placeholder="not translated yet"
                      aria-invalid={nameError ? true : undefined}
                      onChange={(event) => change(index, { name: event.target.value })}
                      className="max-w-none"
                    />
                    {nameError ? <p className="text-sm font-semibold text-accent">{nameError[0]}</p> : null}
                  </div>
                  {entry.detail ? (
                    <div>
                      <label htmlFor={`${idBase}-${entry.detail.kind}`} className="sr-only">
                        {DETAIL[entry.detail.kind]} of {shown} in {localeLabel}
                      </label>
                      <TextInput
                        id={`${idBase}-${entry.detail.kind}`}
                        lang={locale}
                        value={drafts[index]!.detail}
                        maxLength={NAME_MAX_LENGTH}
                        placeholder={`${DETAIL[entry.detail.kind]} (optional)`}
                        aria-invalid={detailError ? true : undefined}
                        onChange={(event) => change(index, { detail: event.target.value })}
                        className="max-w-none"
                      />
                      {detailError ? <p className="text-sm font-semibold text-accent">{detailError[0]}</p> : null}
                    </div>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="text-sm text-muted">Leave a name empty to remove it. Names are saved on their own, not with the translation.</p>
      <SubmitButton pendingLabel="Saving names…">Save names</SubmitButton>
    </form>
  );
}

/** Caption and column heads of the tag-names table, the same whether the names are editable or read-only. */
export function TagNamesTableHead({ sourceLocaleLabel, localeLabel }: { sourceLocaleLabel: string; localeLabel: string }) {
  return (
    <>
      <caption className="sr-only">
        Tag names in {sourceLocaleLabel} and {localeLabel}
      </caption>
      <thead>
        <tr>
          <th scope="col" className="border-b border-rule py-1 pr-3 font-semibold">
            Tag
          </th>
          <th scope="col" className="border-b border-rule py-1 pr-3 font-semibold">
            {sourceLocaleLabel}
          </th>
          <th scope="col" className="border-b border-rule py-1 font-semibold">
            {localeLabel}
          </th>
        </tr>
      </thead>
    </>
  );
}
