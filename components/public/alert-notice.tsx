import type { ReactNode } from "react";

/** The short pages of the alert flow: a heading, a few lines, perhaps a button. */
export function AlertNotice({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="mx-auto max-w-2xl" data-alert-notice="">
      <h1 className="text-[1.75rem] font-bold tracking-tight text-ink sm:text-[2rem]">{title}</h1>
      <div className="mt-4 space-y-4 text-[1.0625rem] text-ink">{children}</div>
    </div>
  );
}
