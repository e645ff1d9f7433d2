"use client";

import { useDeferredValue, useMemo, type ReactNode } from "react";
import { Field } from "@/components/ui/field";
import { TextInput } from "@/components/ui/inputs";
import type { TaxonomyKind } from "@/lib/validation/input-fields";
import { suggestTags, type TagSuggestionSource } from "@/lib/taxonomy/suggest-tags";
import { RelatedPicker, type DocumentOption } from "./related-picker";
import { TagPicker, type TagOption } from "./tag-picker";

/*
 * The fields of a document besides its body, shared by the new-document form and the edition editor. Controlled:
 * the form owns the values, so a refused save never loses a word, and a save sends exactly what is on screen.
 */

export type { TaxonomyKind };
export type DocumentKindName = "PRESS_RELEASE" | "INTERVIEW";

export type DocumentFieldValues = {
  title: string;
  slug: string;
  summary: string;
  publicDate: string;
  interviewee: string;
  outlet: string;
  sourceUrl: string;
  tags: Record<TaxonomyKind, string[]>;
  related: string[];
};

/** What the pickers choose from, and what tag suggestions look for in the text. */
export type PickerOptions = {
  tags: Record<TaxonomyKind, TagOption[]>;
  suggestionSource: TagSuggestionSource;
  documents: DocumentOption[];
};

export type FieldErrorMap = Readonly<Record<string, readonly string[] | undefined>>;

export const NO_TAGS: Record<TaxonomyKind, string[]> = { people: [], countries: [], organisations: [], topics: [], events: [] };

const PICKERS: ReadonlyArray<{ kind: TaxonomyKind; legend: string; add: string }> = [
  { kind: "people", legend: "People", add: "Add a person…" },
  { kind: "countries", legend: "Countries", add: "Add a country…" },
  { kind: "organisations", legend: "Organisations", add: "Add an organisation…" },
  { kind: "topics", legend: "Topics", add: "Add a topic…" },
  { kind: "events", legend: "Events", add: "Add an event…" },
];

const SUGGESTED_KINDS = [
  ["people", "person"],
  ["countries", "country"],
  ["events", "event"],
] as const;

export function DocumentFields({
  kind,
  values,
  onChange,
  errors,
  options,
  slugEditable,
  slugOptional,
  slugHint,
  plainText,
  language,
  body,
}: {
  kind: DocumentKindName;
  values: DocumentFieldValues;
  onChange: (change: Partial<DocumentFieldValues>) => void;
  errors: FieldErrorMap;
  options: PickerOptions;
  slugEditable: boolean;
  /** Left empty, the address is made from the title (a new document). */
  slugOptional: boolean;
  slugHint: ReactNode;
  /** Title, summary and body as plain text: where tag suggestions are looked for. */
  plainText: string;
  /** The language field of a new document. */
  language?: ReactNode;
  /** The body editor. */
  body: ReactNode;
}) {
  const error = (name: string) => errors[name];
  const interview = kind === "INTERVIEW";
  const text = useDeferredValue(plainText);
  const suggestions = useMemo(
    () => suggestTags(text, options.suggestionSource, { countries: values.tags.countries, people: values.tags.people, events: values.tags.events }),
    [text, options.suggestionSource, values.tags.countries, values.tags.people, values.tags.events],
  );
  const labels = useMemo(() => {
    const map = new Map<string, string>();
    for (const [tagKind] of SUGGESTED_KINDS) for (const option of options.tags[tagKind]) map.set(`${tagKind}:${option.id}`, option.label);
    return map;
  }, [options.tags]);
  const suggested = SUGGESTED_KINDS.flatMap(([tagKind, noun]) =>
    suggestions[tagKind].map((suggestion) => ({ tagKind, noun, id: suggestion.id, label: labels.get(`${tagKind}:${suggestion.id}`) ?? suggestion.matched })),
  );
  const setTags = (tagKind: TaxonomyKind, ids: string[]) => onChange({ tags: { ...values.tags, [tagKind]: ids } });

  return (
    <div className="space-y-8">
      <section aria-labelledby="fields-text" className="space-y-5">
        <h2 id="fields-text" className="sr-only">
          Title and summary
        </h2>
        <Field id="title" label="Title" error={error("title")}>
          {(control) => (
            <TextInput
              {...control}
              name="title"
              value={values.title}
              onChange={(event) => onChange({ title: event.target.value })}
              className="max-w-none text-lg font-semibold"
              required
              autoComplete="off"
            />
          )}
        </Field>
        <Field
          id="summary"
          label={interview ? "Lede" : "Summary"}
          hint={interview ? "The introduction readers see before the questions." : "One or two sentences, shown in lists and under the title."}
          error={error("summary")}
          optional
        >
          {(control) => (
            <textarea
              {...control}
              name="summary"
              rows={3}
              value={values.summary}
              onChange={(event) => onChange({ summary: event.target.value })}
              className="block w-full rounded-sm border border-ink/60 bg-white px-3 py-2 text-base text-ink aria-[invalid=true]:border-2 aria-[invalid=true]:border-accent"
            />
          )}
        </Field>
        <div className="grid gap-5 md:grid-cols-3">
          <Field
            id="publicDate"
            label="Public date"
            hint={
              values.publicDate
                ? "The date readers see on it. Leave it empty when the original shows none."
                : "No date: readers see no date line, and lists put it after the dated documents. Enter the original's date if it has one."
            }
            error={error("publicDate")}
            optional
          >
            {(control) => (
              <TextInput {...control} name="publicDate" type="date" value={values.publicDate} onChange={(event) => onChange({ publicDate: event.target.value })} />
            )}
          </Field>
          <Field id="slug" label="Web address" hint={slugHint} error={error("slug")} optional={slugEditable && slugOptional}>
            {(control) =>
              slugEditable ? (
                <TextInput
                  {...control}
                  name="slug"
                  value={values.slug}
                  onChange={(event) => onChange({ slug: event.target.value })}
                  spellCheck={false}
                  autoComplete="off"
                  className="font-mono text-sm"
                />
              ) : (
                <TextInput {...control} value={values.slug} readOnly className="border-rule bg-wash font-mono text-sm" />
              )
            }
          </Field>
          {language}
        </div>
      </section>

      {interview ? (
        <section aria-labelledby="fields-interview" className="space-y-4 border-t border-rule pt-6">
          <h2 id="fields-interview" className="text-lg font-semibold text-ink">
            The interview
          </h2>
          <div className="grid gap-5 md:grid-cols-3">
            <Field id="interviewee" label="Interviewee" hint="Who answers: name and position." error={error("interviewee")} optional>
              {(control) => <TextInput {...control} name="interviewee" value={values.interviewee} onChange={(event) => onChange({ interviewee: event.target.value })} />}
            </Field>
            <Field id="outlet" label="Outlet" hint="The paper, agency or broadcaster." error={error("outlet")} optional>
              {(control) => <TextInput {...control} name="outlet" value={values.outlet} onChange={(event) => onChange({ outlet: event.target.value })} />}
            </Field>
            <Field id="sourceUrl" label="Link to the original" hint="Starting with https://" error={error("sourceUrl")} optional>
              {(control) => (
                <TextInput {...control} name="sourceUrl" type="url" value={values.sourceUrl} onChange={(event) => onChange({ sourceUrl: event.target.value })} spellCheck={false} />
              )}
            </Field>
          </div>
        </section>
      ) : null}

      <section aria-labelledby="fields-body" className="space-y-3 border-t border-rule pt-6">
        <h2 id="fields-body" className="text-lg font-semibold text-ink">
          Body
        </h2>
        {body}
      </section>

      <section aria-labelledby="fields-tags" className="space-y-4 border-t border-rule pt-6">
        <div>
          <h2 id="fields-tags" className="text-lg font-semibold text-ink">
            Tags
          </h2>
          <p className="text-sm text-muted">Readers find the document under these on the public site.</p>
        </div>
        {error("taxonomy") ? (
          <p className="border-l-4 border-accent pl-3 text-sm font-semibold text-accent" id="taxonomy">
            {error("taxonomy")![0]}
          </p>
        ) : null}
        {suggested.length > 0 ? (
          <div className="border-l-4 border-brand bg-brand/5 px-4 py-3" data-tag-suggestions="">
            <p className="text-sm font-semibold text-ink">Named in the text — add as tags?</p>
            <ul className="mt-2 flex flex-wrap gap-2">
              {suggested.map((suggestion) => (
                <li key={`${suggestion.tagKind}:${suggestion.id}`}>
                  <button
                    type="button"
                    className="rounded-sm border border-brand/50 bg-white px-2 py-0.5 text-sm text-ink hover:bg-brand hover:text-white"
                    onClick={() => setTags(suggestion.tagKind, [...values.tags[suggestion.tagKind], suggestion.id])}
                  >
                    <span aria-hidden="true">+ </span>
                    {suggestion.label} <span className="text-xs opacity-75">({suggestion.noun})</span>
                    <span className="sr-only">: add as a tag</span>
                  </button>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <div className="grid gap-6 md:grid-cols-2 lg:grid-cols-3">
          {PICKERS.map((picker) => (
            <TagPicker
              key={picker.kind}
              name={picker.kind}
              legend={picker.legend}
              addLabel={picker.add}
              options={options.tags[picker.kind]}
              value={values.tags[picker.kind]}
              onChange={(ids) => setTags(picker.kind, ids)}
              error={error(picker.kind)?.[0]}
            />
          ))}
        </div>
      </section>

      <section aria-labelledby="fields-related" className="border-t border-rule pt-6">
        <h2 id="fields-related" className="sr-only">
          Related documents
        </h2>
        <RelatedPicker
          name="relatedDocumentIds"
          options={options.documents}
          value={values.related}
          onChange={(related) => onChange({ related })}
          error={error("relatedDocumentIds")?.[0]}
        />
      </section>
    </div>
  );
}

/** Title, summary and the body's words, for tag suggestions. */
export function plainTextOf(title: string, summary: string, body: ReadonlyArray<{ kind: string; text?: string; list?: { items: string[] } }>): string {
  return [title, summary, ...body.flatMap((block) => [block.text ?? "", ...(block.list?.items ?? [])])].join("\n");
}
