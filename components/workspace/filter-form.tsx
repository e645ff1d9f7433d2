import type { ReactNode } from "react";
import { Button, ButtonLink } from "@/components/ui/button";
import { Select } from "@/components/ui/inputs";

/** One choice of a list's filter form (GET): its label above a select. */
export function FilterSelect({ id, name, label, defaultValue, className, children }: { id: string; name: string; label: string; defaultValue: string; className: string; children: ReactNode }) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-semibold text-ink">
        {label}
      </label>
      <Select id={id} name={name} defaultValue={defaultValue} className={className}>
        {children}
      </Select>
    </div>
  );
}

/** A filter form's buttons: apply it, or go back to the whole list. */
export function FilterActions({ clearHref }: { clearHref: string }) {
  return (
    <div className="flex gap-2">
      <Button type="submit">Filter</Button>
      <ButtonLink href={clearHref} variant="secondary">
        Clear
      </ButtonLink>
    </div>
  );
}
