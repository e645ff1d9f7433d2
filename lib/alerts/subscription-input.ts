// What a reader submits on the subscribe page. Client-safe (the form checks the same rules before sending).
import { z } from "zod";
import { MAX_EMAIL_LENGTH, normaliseEmail } from "@/lib/auth/email";

export const ALERT_FREQUENCIES = ["IMMEDIATE", "DAILY"] as const;
export type AlertFrequencyName = (typeof ALERT_FREQUENCIES)[number];
export const ALERT_KINDS = ["PRESS_RELEASE", "INTERVIEW"] as const;

/** More than this in one request is not a reader choosing topics. */
export const MAX_CHOICES = 40;

/** A field the form may send once or several times (checkboxes), or not at all. */
const many = <T extends z.ZodType>(item: T) =>
  z.preprocess((value) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]), z.array(item));

const id = z.string().trim().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, { error: "is not a valid choice" });
const locale = z.string().trim().regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, { error: "is not a language of this site" });

const selectionShape = {
  frequency: z.enum(ALERT_FREQUENCIES, { error: "Choose how often you want to hear from us" }),
  kinds: many(z.enum(ALERT_KINDS, { error: "Choose press releases or interviews" })),
  topics: many(id),
  countries: many(id),
  languages: many(locale),
};

type Selection = { [K in keyof typeof selectionShape]: z.output<(typeof selectionShape)[K]> };

function tidy(selection: Selection): Selection {
  return {
    frequency: selection.frequency,
    kinds: [...new Set(selection.kinds)],
    topics: [...new Set(selection.topics)],
    countries: [...new Set(selection.countries)],
    languages: [...new Set(selection.languages)],
  };
}

function checkCount(selection: Selection, ctx: z.RefinementCtx): void {
  const count = selection.kinds.length + selection.topics.length + selection.countries.length + selection.languages.length;
  if (count === 0) ctx.addIssue({ code: "custom", path: ["choices"], message: "Choose at least one kind, topic, country or language to follow" });
  if (count > MAX_CHOICES) ctx.addIssue({ code: "custom", path: ["choices"], message: `Choose at most ${MAX_CHOICES} things to follow at once` });
}

/** What to follow, and how often. Also the shape kept inside a confirmation link. */
export const alertSelectionSchema = z.object(selectionShape).transform(tidy).superRefine(checkCount);

export type AlertSelection = z.output<typeof alertSelectionSchema>;

export const emailSchema = z
  .string({ error: "Enter your e-mail address" })
  .transform(normaliseEmail)
  .pipe(
    z
      .string()
      .min(1, { error: "Enter your e-mail address" })
      .max(MAX_EMAIL_LENGTH, { error: "This e-mail address is too long" })
      .pipe(z.email({ error: "Enter an e-mail address like name@example.com" })),
  );

export const subscribeInputSchema = z
  .object({ email: emailSchema, locale, ...selectionShape })
  .transform(({ email, locale, ...choices }) => ({ email, locale, selection: tidy(choices) }))
  .superRefine((request, ctx) => checkCount(request.selection, ctx));

/** As a form or a JSON body sends it: each list may come as one value, several, or not at all. */
export type SubscribeInput = {
  email: unknown;
  locale: unknown;
  frequency?: unknown;
  kinds?: unknown;
  topics?: unknown;
  countries?: unknown;
  languages?: unknown;
};
export type SubscribeRequest = z.output<typeof subscribeInputSchema>;
