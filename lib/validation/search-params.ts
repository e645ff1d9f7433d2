// A page's query string as Next.js hands it over (`searchParams`), read through one zod schema. Pure and client-safe.
import type { z } from "zod";

export type SearchParams = Record<string, string | string[] | undefined>;

/** A parameter given more than once (`?page=2&page=3`) counts by its first value. */
export function firstValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/**
 * Each parameter's first value through `schema`. How lenient the page is stays the schema's say: a page that never
 * refuses gives each field a `.catch(…)`.
 */
export function readSearchParams<S extends z.ZodType>(params: SearchParams, schema: S): z.output<S> {
  const firsts = Object.fromEntries(Object.entries(params).map(([key, value]) => [key, firstValue(value)]));
  return schema.parse(firsts);
}

/** For `z.preprocess`: a value trimmed, and a blank one treated as not given. */
export function blankAsMissing(value: unknown): unknown {
  if (typeof value !== "string") return value;
  const trimmed = value.trim();
  return trimmed === "" ? undefined : trimmed;
}

/** The query string exactly as it came ("?year=&page=2", "" for none), every value of every parameter in order. */
export function queryStringOf(params: SearchParams): string {
  const incoming = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value]) incoming.append(key, one);
  }
  const text = incoming.toString();
  return text ? `?${text}` : "";
}
