// What editors submit when they manage people, countries, organisations, topics and events.
import { z } from "zod";
import { calendarDateSchema, slugSchema } from "@/lib/validation/input-fields";
import { plainString } from "@/lib/validation/plain-text";

export const NAME_MAX_LENGTH = 200;
const LOCALE = /^[a-z]{2,3}(-[A-Z]{2})?$/;

export const taxonomyLocaleSchema = z.string().regex(LOCALE, { error: "A locale looks like ko, en or pt-BR" });

/** One name on one line: whitespace (line breaks included) collapses to single spaces; empty is allowed. */
export const nameText = plainString("A name", { error: "A name must be text" })
  .transform((value) => value.normalize("NFC").replace(/\s+/g, " ").trim())
  .pipe(z.string().max(NAME_MAX_LENGTH, { error: `A name is at most ${NAME_MAX_LENGTH} characters` }));

/** Text per locale, `{ ko: "…", en: "…" }`; empty entries are dropped. */
function perLocale(label: string, required: boolean) {
  return z
    .record(taxonomyLocaleSchema, nameText, { error: `${label} must be given per language` })
    .transform((names) => Object.fromEntries(Object.entries(names).filter(([, value]) => value.length > 0)))
    .refine((names) => !required || Object.keys(names).length > 0, { error: `${label}: give it in at least one language` });
}

const namesSchema = perLocale("The name", true);
const optionalPerLocaleSchema = perLocale("The text", false);
export type LocalizedNames = Record<string, string>;

const optionalId = z
  .union([z.literal("").transform(() => null), plainString().min(1).max(64)])
  .nullable()
  .optional();

const optionalDate = z
  .union([z.literal("").transform(() => null), calendarDateSchema])
  .nullable()
  .optional();

export const countryInputSchema = z.object({
  code: z
    .string({ error: "The code must be text" })
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, { error: "Use the two-letter ISO code, like KR or KZ" }),
  names: namesSchema,
});

export const personInputSchema = z.object({
  names: namesSchema,
  /** Title or position per language ("Minister of Foreign Affairs"). */
  positions: optionalPerLocaleSchema.optional(),
  countryId: optionalId,
});

/** Organisations and topics: a name per language, and an address (generated from the name when left out). */
export const slugNamedInputSchema = z.object({
  slug: slugSchema.optional(),
  names: namesSchema,
});

export const eventInputSchema = z
  .object({
    slug: slugSchema.optional(),
    names: namesSchema,
    places: optionalPerLocaleSchema.optional(),
    startsOn: optionalDate,
    endsOn: optionalDate,
    /** The forum this event is a session of. */
    parentId: optionalId,
  })
  .refine((event) => !event.startsOn || !event.endsOn || event.endsOn >= event.startsOn, {
    error: "An event cannot end before it starts",
    path: ["endsOn"],
  });

const withId = { id: plainString().min(1).max(64) };
export const countryUpdateSchema = countryInputSchema.partial().extend(withId);
export const personUpdateSchema = personInputSchema.partial().extend(withId);
export const slugNamedUpdateSchema = slugNamedInputSchema.partial().extend(withId);
export const eventUpdateSchema = z
  .object({
    slug: slugSchema.optional(),
    names: namesSchema.optional(),
    places: optionalPerLocaleSchema.optional(),
    startsOn: optionalDate,
    endsOn: optionalDate,
    parentId: optionalId,
  })
  .extend(withId);

export type CountryInput = z.input<typeof countryInputSchema>;
export type CountryUpdate = z.input<typeof countryUpdateSchema>;
export type PersonInput = z.input<typeof personInputSchema>;
export type PersonUpdate = z.input<typeof personUpdateSchema>;
export type SlugNamedInput = z.input<typeof slugNamedInputSchema>;
export type SlugNamedUpdate = z.input<typeof slugNamedUpdateSchema>;
export type EventInput = z.input<typeof eventInputSchema>;
export type EventUpdate = z.input<typeof eventUpdateSchema>;

/** The name to show in a locale: that locale's, else English, else any. */
export function nameIn(names: unknown, locale: string): string {
  const record = (names && typeof names === "object" ? names : {}) as Record<string, unknown>;
  const pick = (key: string) => (typeof record[key] === "string" && record[key] ? (record[key] as string) : undefined);
  return pick(locale) ?? pick("en") ?? Object.values(record).find((value): value is string => typeof value === "string" && value.length > 0) ?? "";
}
