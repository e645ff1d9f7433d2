"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cx } from "@/components/ui/class-names";

const HOME = "/workspace";

/** The workspace menu: the entries are chosen on the server by the policy; this only marks where you are. */
export function WorkspaceNav({ items }: { items: ReadonlyArray<{ href: string; label: string }> }) {
  const pathname = usePathname();
  // The longest entry the address falls under; the workspace home only when it is the address itself.
  const current = items
    .filter((item) => pathname === item.href || (item.href !== HOME && pathname.startsWith(`${item.href}/`)))
    .sort((a, b) => b.href.length - a.href.length)[0]?.href;
  return (
    <nav aria-label="Workspace" className="border-b border-rule bg-white">
      <ul className="mx-auto flex max-w-6xl flex-wrap gap-x-1 px-4">
        {items.map((item) => (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={item.href === current ? "page" : undefined}
              className={cx(
                "inline-block border-b-4 px-3 py-3 text-sm font-semibold no-underline",
                item.href === current ? "border-brand text-brand-dark" : "border-transparent text-ink hover:border-rule hover:text-brand",
              )}
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
