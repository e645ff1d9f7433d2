import type { ReactNode } from "react";
import { cx } from "./class-names";

/** A titled section of a page. The heading level follows the page's outline (h2 by default). */
export function Panel({
  title,
  description,
  level = 2,
  actions,
  children,
  className,
}: {
  title: ReactNode;
  description?: ReactNode;
  level?: 2 | 3;
  actions?: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <section className={cx("border border-rule bg-white", className)}>
      <div className="flex flex-wrap items-baseline justify-between gap-2 border-b border-rule bg-wash px-4 py-3">
        <div>
          <Heading className="text-lg font-semibold text-ink">{title}</Heading>
          {description ? <p className="text-sm text-muted">{description}</p> : null}
        </div>
        {actions}
      </div>
      <div className="px-4 py-3">{children}</div>
    </section>
  );
}
