"use client";

import { useId, useMemo, useState } from "react";
import { PickerFieldset } from "./tag-picker";

export type DocumentOption = { id: string; title: string; detail: string };

const SHOWN = 8;

/** Related documents: a search over titles, the matches to add, and the chosen ones (one hidden input each). */
export function RelatedPicker({
  name,
  options,
  value,
  onChange,
  error,
}: {
  name: string;
  options: readonly DocumentOption[];
  value: readonly string[];
  onChange: (ids: string[]) => void;
  error?: string | null;
}) {
  const id = useId();
  const [query, setQuery] = useState("");
  const byId = useMemo(() => new Map(options.map((option) => [option.id, option])), [options]);
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const matches =
    words.length === 0
      ? []
      : options.filter((option) => !value.includes(option.id) && words.every((word) => option.title.toLowerCase().includes(word))).slice(0, SHOWN);

  return (
    <PickerFieldset name={name} legend="Related documents" hint={<p className="text-sm text-muted">Shown to readers under the text, as “Related”.</p>} error={error}>
      {value.length > 0 ? (
        <ul className="space-y-1" aria-label="Chosen related documents">
          {value.map((chosen) => (
            <li key={chosen} className="flex items-start justify-between gap-3 border-l-4 border-brand/40 bg-wash px-3 py-1.5 text-sm">
              <input type="hidden" name={name} value={chosen} />
              <span>
                {byId.get(chosen)?.title ?? "(a document you may not see)"}
                {byId.get(chosen) ? <span className="block text-xs text-muted">{byId.get(chosen)!.detail}</span> : null}
              </span>
              <button
                type="button"
                className="shrink-0 text-brand underline underline-offset-2 hover:text-accent"
                onClick={() => onChange(value.filter((item) => item !== chosen))}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <label htmlFor={`${id}-search`} className="block text-sm text-ink">
        Find a document by its title
      </label>
      <input
        id={`${id}-search`}
        type="search"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={(event) => {
          // Enter here must not send the whole form.
          if (event.key === "Enter") event.preventDefault();
        }}
        className="block w-full max-w-md rounded-sm border border-ink/60 bg-white px-3 py-2 text-base text-ink"
        autoComplete="off"
      />
      {words.length > 0 ? (
        matches.length > 0 ? (
          <ul className="max-w-2xl divide-y divide-rule border border-rule bg-white" aria-label="Matching documents">
            {matches.map((option) => (
              <li key={option.id} className="flex items-start justify-between gap-3 px-3 py-1.5 text-sm">
                <span>
                  {option.title}
                  <span className="block text-xs text-muted">{option.detail}</span>
                </span>
                <button
                  type="button"
                  className="shrink-0 text-brand underline underline-offset-2"
                  onClick={() => {
                    onChange([...value, option.id]);
                    setQuery("");
                  }}
                >
                  Add
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-muted">No other document has these words in its title.</p>
        )
      ) : null}
    </PickerFieldset>
  );
}
