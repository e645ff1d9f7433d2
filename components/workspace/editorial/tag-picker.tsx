"use client";

import { useId, type ReactNode } from "react";
import { cx } from "@/components/ui/class-names";

/** A picker's frame: its legend, a hint, and its error (marked in the margin) above what it lists. The id is `name`, for the error summary's links. */
export function PickerFieldset({ name, legend, hint, error, children }: { name: string; legend: string; hint?: ReactNode; error?: string | null; children: ReactNode }) {
  return (
    <fieldset className={cx("min-w-0 space-y-2", error && "border-l-4 border-accent pl-3")} id={name}>
      <legend className="font-semibold text-ink">{legend}</legend>
      {hint}
      {error ? (
        <p className="text-sm font-semibold text-accent">
          <span className="sr-only">Error: </span>
          {error}
        </p>
      ) : null}
      {children}
    </fieldset>
  );
}

export type TagOption = { id: string; label: string; detail?: string };

/**
 * Chooses entries from a list: the chosen ones as chips (each removable), the others in a menu to add from. One hidden
 * input per chosen id carries the choice to the form's action under `name`.
 */
export function TagPicker({
  name,
  legend,
  addLabel,
  options,
  value,
  onChange,
  error,
  disabled,
}: {
  name: string;
  legend: string;
  /** "Add a person…" */
  addLabel: string;
  options: readonly TagOption[];
  value: readonly string[];
  onChange: (ids: string[]) => void;
  error?: string | null;
  disabled?: boolean;
}) {
  const id = useId();
  const byId = new Map(options.map((option) => [option.id, option]));
  const available = options.filter((option) => !value.includes(option.id));
  return (
    <PickerFieldset name={name} legend={legend} error={error}>
      {value.length > 0 ? (
        <ul className="flex flex-wrap gap-1.5" aria-label={`Chosen ${legend.toLowerCase()}`}>
          {value.map((chosen) => {
            const option = byId.get(chosen);
            return (
              <li key={chosen} className="flex items-center gap-1 rounded-sm border border-brand/40 bg-brand/10 py-0.5 pr-1 pl-2 text-sm text-ink">
                <input type="hidden" name={name} value={chosen} />
                <span>{option?.label ?? "(removed entry)"}</span>
                {disabled ? null : (
                  <button
                    type="button"
                    className="rounded-sm px-1 text-muted hover:bg-white hover:text-accent"
                    aria-label={`Remove ${option?.label ?? "this entry"}`}
                    onClick={() => onChange(value.filter((item) => item !== chosen))}
                  >
                    ×
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="text-sm text-muted">{options.length === 0 ? "None in the taxonomy yet (editors add them under Taxonomy)." : "None chosen."}</p>
      )}
      {disabled || available.length === 0 ? null : (
        <select
          id={`${id}-add`}
          aria-label={addLabel}
          className="block w-full rounded-sm border border-ink/40 bg-white px-2 py-1.5 text-sm text-ink"
          value=""
          onChange={(event) => {
            if (event.target.value) onChange([...value, event.target.value]);
          }}
        >
          <option value="">{addLabel}</option>
          {available.map((option) => (
            <option key={option.id} value={option.id}>
              {option.detail ? `${option.label} — ${option.detail}` : option.label}
            </option>
          ))}
        </select>
      )}
    </PickerFieldset>
  );
}
