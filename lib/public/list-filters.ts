// What a list page's query string asks for, read leniently: a bad value falls back to "no filter", never a 500.
import { z } from "zod";
import { blankAsMissing, queryStringOf, readSearchParams, type SearchParams } from "@/lib/validation/search-params";

export interface ListFilters {
  page: number;
  year?: number;
  /** Only with a year: "March of every year" is not a question readers ask. */
  month?: number;
  /** ISO 3166-1 alpha-2, upper case. */
  country?: string;
  /** A topic's slug. */
  topic?: string;
  /** A person's id (documents they are tagged in). */
  person?: string;
}

export const PERSON_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
export const TOPIC_SLUG_PATTERN = /^[a-z0-9][a-z0-9-]{0,79}$/;
export const COUNTRY_CODE_PATTERN = /^[A-Za-z]{2}$/;

export const MAX_PAGE = 10_000;

// Each field on its own, so one bad value drops that filter and keeps the rest.
const fields = {
  page: z.preprocess(blankAsMissing, z.coerce.number().int().min(1).max(MAX_PAGE).default(1)).catch(1),
  year: z.preprocess(blankAsMissing, z.coerce.number().int().min(1900).max(2100).optional()).catch(undefined),
  month: z.preprocess(blankAsMissing, z.coerce.number().int().min(1).max(12).optional()).catch(undefined),
  country: z
    .preprocess(blankAsMissing, z.string().regex(COUNTRY_CODE_PATTERN).transform((code) => code.toUpperCase()).optional())
    .catch(undefined),
  topic: z.preprocess(blankAsMissing, z.string().regex(TOPIC_SLUG_PATTERN).optional()).catch(undefined),
  person: z.preprocess(blankAsMissing, z.string().regex(PERSON_ID_PATTERN).optional()).catch(undefined),
};

const filtersSchema = z.object(fields);

export function parseListFilters(params: SearchParams): ListFilters {
  const parsed = readSearchParams(params, filtersSchema);
  const filters: ListFilters = { page: parsed.page };
  if (parsed.year !== undefined) filters.year = parsed.year;
  if (parsed.year !== undefined && parsed.month !== undefined) filters.month = parsed.month;
  if (parsed.country !== undefined) filters.country = parsed.country;
  if (parsed.topic !== undefined) filters.topic = parsed.topic;
  if (parsed.person !== undefined) filters.person = parsed.person;
  return filters;
}

/** The query string for these filters ("?year=2020&page=2", or "" for the plain list), in one fixed order. */
export function listQuery(filters: ListFilters, overrides: Partial<ListFilters> = {}): string {
  const merged = { ...filters, ...overrides };
  const query = new URLSearchParams();
  if (merged.year !== undefined) query.set("year", String(merged.year));
  if (merged.year !== undefined && merged.month !== undefined) query.set("month", String(merged.month));
  if (merged.country) query.set("country", merged.country);
  if (merged.topic) query.set("topic", merged.topic);
  if (merged.person) query.set("person", merged.person);
  if (merged.page > 1) query.set("page", String(merged.page));
  const text = query.toString();
  return text ? `?${text}` : "";
}

/**
 * Whether the request's query string is already the canonical one for what it asks. The filter form submits empty
 * fields ("?year=&month="); the page redirects those to the clean address, so each list has one URL.
 */
export function isCanonicalQuery(params: SearchParams, filters: ListFilters): boolean {
  return queryStringOf(params) === listQuery(filters);
}

export function hasFilters(filters: ListFilters): boolean {
  return filters.year !== undefined || filters.country !== undefined || filters.topic !== undefined || filters.person !== undefined;
}

/** The public dates a year (and month) filter covers, as a half-open range of UTC calendar dates: undated editions are never in one. */
export function publicDateRange(filters: Pick<ListFilters, "year" | "month">): { gte: Date; lt: Date } | undefined {
  if (filters.year === undefined) return undefined;
  if (filters.month === undefined) {
    return { gte: new Date(Date.UTC(filters.year, 0, 1)), lt: new Date(Date.UTC(filters.year + 1, 0, 1)) };
  }
  return { gte: new Date(Date.UTC(filters.year, filters.month - 1, 1)), lt: new Date(Date.UTC(filters.year, filters.month, 1)) };
}
