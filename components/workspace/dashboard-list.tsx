import Link from "next/link";
import type { ReactNode } from "react";
import { Panel } from "@/components/ui/panel";

export type DashboardItem = { key: string; href: string; title: string; details: ReactNode };

/** One panel of the dashboard: a titled list of editions, or a line saying there are none. */
export function DashboardList({
  title,
  description,
  items,
  empty,
  footer,
}: {
  title: string;
  description?: string;
  items: readonly DashboardItem[];
  empty: string;
  /** A link to the page listing everything of this kind. */
  footer?: { href: string; label: string };
}) {
  return (
    <Panel title={title} description={description}>
      {items.length === 0 ? (
        <p className="text-muted">{empty}</p>
      ) : (
        <ul className="divide-y divide-rule">
          {items.map((item) => (
            <li key={item.key} className="py-2">
              <Link href={item.href} className="font-semibold text-brand underline underline-offset-2">
                {item.title}
              </Link>
              <div className="text-sm text-muted">{item.details}</div>
            </li>
          ))}
        </ul>
      )}
      {footer ? (
        <p className="mt-3 text-sm">
          <Link href={footer.href} className="text-brand underline underline-offset-2">
            {footer.label}
          </Link>
        </p>
      ) : null}
    </Panel>
  );
}
