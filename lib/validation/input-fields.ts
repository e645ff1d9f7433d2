// The fields people type into every service's forms (titles, lines, paragraphs, dates, addresses, tags), and the one
// way a service parses its input. The action wrapper validates with these; the services parse again, so a script or a
// test calling a service directly meets the same rules.
import { z } from "zod";
import { isCalendarDate, isOfficeLocalTime } from "@/lib/time/office-time";
import { isValidSlug, SLUG_MAX_LENGTH, SLUG_RULE } from "./slug";
import { plainString } from "@/lib/validation/plain-text";
import { InputError } from "@/lib/errors";

export const INPUT_LIMITS = {
  title: 300,
  summary: 2_000,
  bodyText: 500_000,
  changeNote: 500,
  reason: 2_000,
  interviewee: 200,
  outlet: 200,
  url: 2_000,
  tagsPerKind: 100,
  relatedDocuments: 50,
} as const;

const LINE_BREAKS = /[\r\n\u0085\u2028\u2029]+/g;

/** One line of text: line breaks and runs of spaces fold to one space. */
export function line(label: string, max: number) {
  return plainString(label)
    .transform((value) => value.normalize("NFC").replace(LINE_BREAKS, " ").replace(/\s+/g, " ").trim())
    .pipe(z.string().max(max, { error: `${label} is longer than ${max.toLocaleString("en")} characters` }));
}

/** Text that may run over several lines (a reason, a comment). */
export function paragraphs(label: string, max: number) {
  return plainString(label)
    .transform((value) => value.normalize("NFC").replace(/\r\n?/g, "\n").trim())
    .pipe(
      z
        .string()
        .min(1, { error: `${label} is required` })
        .max(max, { error: `${label} is longer than ${max.toLocaleString("en")} characters` }),
    );
}

/** Optional one-line text: empty means none (null). */
export function optionalLine(label: string, max: number) {
  return line(label, max)
    .transform((value) => value || null)
    .nullable()
    .optional();
}

export const titleSchema = line("The title", INPUT_LIMITS.title).pipe(z.string().min(1, { error: "The title is required" }));
export const summarySchema = line("The summary", INPUT_LIMITS.summary);

export const calendarDateSchema = z
  .string({ error: "The date must be text" })
  .trim()
  .refine(isCalendarDate, { error: "Enter a date like 2025-03-30" });

/** Office time (CHANCERY_TIME_ZONE), as a datetime-local input gives it: 2025-03-30T14:05. */
export const officeLocalTimeSchema = z
  .string({ error: "Choose a date and time" })
  .trim()
  .refine(isOfficeLocalTime, { error: "Enter a date and time like 2025-03-30T14:05" });

/** An edition's public date; empty (or null) is none: an edition whose source shows no date is never given one. */
export const publicDateSchema = z
  .string({ error: "The date must be text" })
  .trim()
  .nullable()
  .transform((date) => date || null)
  .refine((date) => date === null || isCalendarDate(date), { error: "Enter a date like 2025-03-30" });

export const slugSchema = z
  .string({ error: "The address must be text" })
  .trim()
  .max(SLUG_MAX_LENGTH, { error: `The address is at most ${SLUG_MAX_LENGTH} characters` })
  .refine(isValidSlug, { error: `The address may contain only ${SLUG_RULE}` });

/** Links are only http(s): a `javascript:` or `data:` address must never reach a page. */
export const httpUrlSchema = z
  .string({ error: "The link must be text" })
  .trim()
  .max(INPUT_LIMITS.url, { error: `The link is longer than ${INPUT_LIMITS.url} characters` })
  .refine(
    (value) => {
      if (!URL.canParse(value)) return false;
      const url = new URL(value);
      return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.length > 0;
    },
    { error: "Enter a web address starting with https:// or http://" },
  );

export const optionalUrl = z
  .union([z.literal("").transform(() => null), httpUrlSchema])
  .nullable()
  .optional();

export function idList(label: string, max: number) {
  return z
    .array(plainString().trim().min(1).max(64), { error: `${label} must be a list` })
    .max(max, { error: `At most ${max} ${label}` })
    .transform((ids) => [...new Set(ids)]);
}

export const taxonomyInputSchema = z.object({
  people: idList("people", INPUT_LIMITS.tagsPerKind).optional(),
  countries: idList("countries", INPUT_LIMITS.tagsPerKind).optional(),
  organisations: idList("organisations", INPUT_LIMITS.tagsPerKind).optional(),
  topics: idList("topics", INPUT_LIMITS.tagsPerKind).optional(),
  events: idList("events", INPUT_LIMITS.tagsPerKind).optional(),
});
export type TaxonomyInput = z.output<typeof taxonomyInputSchema>;
export const TAXONOMY_KINDS = ["people", "countries", "organisations", "topics", "events"] as const;
export type TaxonomyKind = (typeof TAXONOMY_KINDS)[number];

export const changeTypeSchema = z.enum(["MAJOR", "MINOR"], { error: "Choose a major or a minor change" });
export const changeNoteSchema = optionalLine("The change note", INPUT_LIMITS.changeNote);

// ─── Parsing ────────────────────────────────────────────────────────────────────────────────────────────────────

export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new InputError(result.error);
  return result.data;
}
