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

/** The way back to the subscribe page from the end of the flow or a link that did not work. */
export function SubscribeAgain({ href, label, before }: { href: string; label: string; before?: string }) {
  return (
    <p className={before ? "text-muted" : undefined}>
      {before ? `${before} ` : null}
      <a href={href} className="text-brand underline underline-offset-2">
        {label}
      </a>
    </p>
  );
}
