import { slugify } from "@/lib/validation/slug";
import type { LocalizedNames } from "./taxonomy-input";
import { DomainError } from "@/lib/errors";

/** An address from the English name (else any name), made unique with -2, -3… among `taken`. */
export function slugForNames(names: LocalizedNames, taken: ReadonlySet<string>): string {
  const base = slugify(names.en ?? "") || Object.values(names).map((name) => slugify(name)).find(Boolean);
  if (!base) throw new DomainError("No address can be made from this name; type one (latin letters, digits and hyphens).", "slug");
  if (!taken.has(base)) return base;
  for (let suffix = 2; ; suffix++) {
    if (!taken.has(`${base}-${suffix}`)) return `${base}-${suffix}`;
  }
}

/** Slugs that could clash with one generated from these names: the lookup each table does before choosing. */
export function slugStems(names: LocalizedNames): string[] {
  const stems = [slugify(names.en ?? ""), ...Object.values(names).map((name) => slugify(name))].filter(Boolean);
  return [...new Set(stems)];
}
