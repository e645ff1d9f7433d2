import type { ReactNode } from "react";
import { cx } from "./class-names";

/** What a control inside a Field must carry so the label, hint and error are announced with it. */
export type FieldControlProps = {
  id: string;
  "aria-describedby"?: string;
  "aria-invalid"?: true;
};

/**
 * A labelled form field with an optional hint and error. The control is rendered by the caller with the props it
 * is given, so any input, select or textarea can sit inside.
 */
export function Field({
  id,
  label,
  hint,
  error,
  optional,
  className,
  children,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  /** One message, or the list zod gave for this field (the first is shown). */
  error?: string | readonly string[] | null;
  /** Marks the label "(optional)"; fields are taken to be required otherwise (filters say neither). */
  optional?: boolean;
  className?: string;
  children: (control: FieldControlProps) => ReactNode;
}) {
  const message = typeof error === "string" ? error : error?.[0];
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = message ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={cx("space-y-1", message && "border-l-4 border-accent pl-3", className)}>
      <label htmlFor={id} className="block font-semibold text-ink">
        {label}
        {optional ? <span className="ml-1 font-normal text-muted">(optional)</span> : null}
      </label>
      {hint ? (
        <p id={hintId} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      {message ? (
        <p id={errorId} className="text-sm font-semibold text-accent">
          <span className="sr-only">Error: </span>
          {message}
        </p>
      ) : null}
      {children({ id, "aria-describedby": describedBy, ...(message ? { "aria-invalid": true as const } : {}) })}
    </div>
  );
}

/** A group of checkboxes or radios with one legend, hint and error. */
export function Fieldset({
  legend,
  hint,
  error,
  children,
}: {
  legend: ReactNode;
  hint?: ReactNode;
  error?: string | readonly string[] | null;
  children: ReactNode;
}) {
  const message = typeof error === "string" ? error : error?.[0];
  return (
    <fieldset className={cx("space-y-2", message && "border-l-4 border-accent pl-3")}>
      <legend className="font-semibold text-ink">{legend}</legend>
      {hint ? <p className="text-sm text-muted">{hint}</p> : null}
      {message ? (
        <p className="text-sm font-semibold text-accent">
          <span className="sr-only">Error: </span>
          {message}
        </p>
      ) : null}
      {children}
    </fieldset>
  );
}
