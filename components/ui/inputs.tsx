import type { ComponentProps } from "react";
import { cx } from "./class-names";

const CONTROL =
  "block w-full max-w-md rounded-sm border border-ink/60 bg-white px-3 py-2 text-base text-ink aria-[invalid=true]:border-accent aria-[invalid=true]:border-2";

export function TextInput({ className, ...props }: ComponentProps<"input">) {
  return <input className={cx(CONTROL, className)} {...props} />;
}

export function Select({ className, ...props }: ComponentProps<"select">) {
  return <select className={cx(CONTROL, "pr-8", className)} {...props} />;
}

/** A checkbox with its label beside it. */
export function Checkbox({ label, className, id, ...props }: Omit<ComponentProps<"input">, "type"> & { id: string; label: string }) {
  return (
    <div className={cx("flex items-center gap-2", className)}>
      <input id={id} type="checkbox" className="h-5 w-5 accent-brand" {...props} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

/**
 * A row of radio buttons, each with its label beside it. The row's id is the field's name, so an error summary's
 * link to the field lands on it; each button's id is `name-value`.
 */
export function RadioChoices<V extends string>({
  name,
  choices,
  value,
  onChange,
}: {
  name: string;
  choices: ReadonlyArray<readonly [value: V, label: string]>;
  value: V;
  onChange: (value: V) => void;
}) {
  return (
    <div className="flex flex-wrap gap-x-8 gap-y-2" id={name}>
      {choices.map(([choice, label]) => (
        <div key={choice} className="flex items-center gap-2">
          <input
            id={`${name}-${choice}`}
            type="radio"
            name={name}
            value={choice}
            checked={value === choice}
            onChange={() => onChange(choice)}
            className="h-5 w-5 accent-brand"
          />
          <label htmlFor={`${name}-${choice}`}>{label}</label>
        </div>
      ))}
    </div>
  );
}
