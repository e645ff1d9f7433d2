// What editors submit to manage press lists and embargoes. Validated by the actions and again by the services.
import { z } from "zod";
import { emailSchema } from "@/lib/alerts/subscription-input";
import { INPUT_LIMITS, line, paragraphs } from "@/lib/validation/input-fields";
import { editionMoveInputSchema } from "@/lib/editorial/document-input";
import { isOfficeLocalTime } from "@/lib/time/office-time";

const officeTime = z
  .string({ error: "Choose a date and time" })
  .trim()
  .refine(isOfficeLocalTime, { error: "Enter a date and time like 2025-03-30T14:05" });

const ids = z.preprocess(
  (value) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]),
  z.array(z.string().min(1).max(64)),
);

export const embargoInputSchema = editionMoveInputSchema.extend({
  /** Office time (CHANCERY_TIME_ZONE) at which it goes public. */
  embargoUntil: officeTime,
  pressListIds: ids.pipe(z.array(z.string()).min(1, { error: "Choose at least one press list to send it to" })),
});
export type EmbargoInput = z.input<typeof embargoInputSchema>;

export const extendEmbargoInputSchema = editionMoveInputSchema.extend({
  embargoUntil: officeTime,
  reason: paragraphs("The reason for extending the embargo", INPUT_LIMITS.reason),
});
export type ExtendEmbargoInput = z.input<typeof extendEmbargoInputSchema>;

export const liftEmbargoInputSchema = editionMoveInputSchema.extend({
  reason: paragraphs("The reason for lifting the embargo", INPUT_LIMITS.reason),
});
export type LiftEmbargoInput = z.input<typeof liftEmbargoInputSchema>;

export const pressListInputSchema = z.object({
  name: line("The list's name", 120).pipe(z.string().min(1, { error: "Give the list a name" })),
  description: line("The description", 500).default(""),
});

/** A press list or a journalist on one, by id (what the removal buttons send). */
export const pressEntryIdSchema = z.object({ id: z.string().min(1) });

export const pressContactInputSchema = z.object({
  listId: z.string().min(1),
  name: line("The name", 200).pipe(z.string().min(1, { error: "Enter the journalist's name" })),
  email: emailSchema,
  outlet: line("The outlet", 200).default(""),
});
