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
