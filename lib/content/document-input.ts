// What a person may submit to the editorial verbs. The action wrapper validates with these; the services parse again,
// so a script or a test calling a service directly meets the same rules.
import { z } from "zod";
import { bodySchema, mediaIdSchema } from "./body/schema";
import { isCalendarDate, isOfficeLocalTime } from "./office-time";
import { isValidSlug, SLUG_MAX_LENGTH, SLUG_RULE } from "./slug";
import type { Check } from "@/lib/workflow/workflow";
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
function optionalLine(label: string, max: number) {
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

const optionalUrl = z
  .union([z.literal("").transform(() => null), httpUrlSchema])
  .nullable()
  .optional();

function idList(label: string, max: number) {
  return z
    .array(plainString().trim().min(1).max(64), { error: `${label} must be a list` })
    .max(max, { error: `At most ${max} ${label}` })
    .transform((ids) => [...new Set(ids)]);
}

const taxonomyInputSchema = z.object({
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

/**
 * The fields of the editing form. Every field but the edition and its lock version may be left out: what is left out
 * stays as it is. The body comes as blocks (the block editor) or as text in the press office's convention (text
 * mode), which the service parses keeping the ids of unchanged blocks.
 */
const editableFields = {
  title: titleSchema.optional(),
  summary: summarySchema.optional(),
  publicDate: publicDateSchema.optional(),
  slug: slugSchema.optional(),
  body: bodySchema.optional(),
  bodyText: z
    .string({ error: "The text must be text" })
    .max(INPUT_LIMITS.bodyText, { error: "The text is too long" })
    .optional(),
  interviewee: optionalLine("The interviewee", INPUT_LIMITS.interviewee),
  outlet: optionalLine("The outlet", INPUT_LIMITS.outlet),
  sourceUrl: optionalUrl,
  taxonomy: taxonomyInputSchema.optional(),
  relatedDocumentIds: idList("related documents", INPUT_LIMITS.relatedDocuments).optional(),
  /** The photo shown with the document on lists and link previews; "" or null for none. */
  leadImageId: z.union([z.literal("").transform(() => null), mediaIdSchema]).nullable().optional(),
};

function oneBody(value: { body?: unknown; bodyText?: unknown }, ctx: z.RefinementCtx) {
  if (value.body !== undefined && value.bodyText !== undefined) {
    ctx.addIssue({ code: "custom", path: ["bodyText"], message: "Send the body as blocks or as text, not both" });
  }
}

export const createDocumentInputSchema = z
  .object({
    kind: z.enum(["PRESS_RELEASE", "INTERVIEW"], { error: "Choose a press release or an interview" }),
    /** The locale the original is written in; the site's default locale when left out. */
    originalLocale: z.string().trim().min(2).max(10).optional(),
    ...editableFields,
    title: titleSchema,
  })
  .superRefine(oneBody);
export type CreateDocumentInput = z.input<typeof createDocumentInputSchema>;

export const saveEditionInputSchema = z
  .object({
    editionId: z.string().min(1),
    /** The edition's lockVersion when the form was opened. */
    lockVersion: z.coerce.number().int().min(1),
    ...editableFields,
    changeType: changeTypeSchema.optional(),
    changeNote: changeNoteSchema,
  })
  .superRefine(oneBody);
export type SaveEditionInput = z.input<typeof saveEditionInputSchema>;

/** A move on an edition. `lockVersion`, when given, makes the move apply only to the version the person looked at. */
export const editionMoveInputSchema = z.object({
  editionId: z.string().min(1),
  lockVersion: z.coerce.number().int().min(1).optional(),
});
export type EditionMoveInput = z.input<typeof editionMoveInputSchema>;

export const rejectInputSchema = editionMoveInputSchema.extend({
  comment: paragraphs("A comment for the writer", INPUT_LIMITS.reason),
});
export type RejectInput = z.input<typeof rejectInputSchema>;

export const forcePublishInputSchema = editionMoveInputSchema.extend({
  reason: paragraphs("The reason for publishing without review", INPUT_LIMITS.reason),
});
export type ForcePublishInput = z.input<typeof forcePublishInputSchema>;

export const scheduleInputSchema = editionMoveInputSchema.extend({
  publishAt: officeLocalTimeSchema,
});
export type ScheduleInput = z.input<typeof scheduleInputSchema>;

export const withdrawInputSchema = editionMoveInputSchema.extend({
  reason: paragraphs("The reason for withdrawing (shown to readers)", INPUT_LIMITS.reason),
});
export type WithdrawInput = z.input<typeof withdrawInputSchema>;

export const correctInputSchema = z.object({
  documentId: z.string().min(1),
  changeType: changeTypeSchema.default("MAJOR"),
  changeNote: changeNoteSchema,
});
export type CorrectInput = z.input<typeof correctInputSchema>;

export const deleteEditionInputSchema = editionMoveInputSchema;
export type DeleteEditionInput = z.input<typeof deleteEditionInputSchema>;

export const restoreRevisionInputSchema = z.object({
  revisionId: z.string().min(1),
  /**
   * The edition to restore into, when it is not the revision's own: a revision of an earlier edition of the same
   * document (same locale) can be brought back into the edition in progress.
   */
  editionId: z.string().min(1).optional(),
  /** The lockVersion of what is being overwritten: the edition's for the original, the localization's for a translation. */
  lockVersion: z.coerce.number().int().min(1),
});
export type RestoreRevisionInput = z.input<typeof restoreRevisionInputSchema>;

// ─── Rules across fields ────────────────────────────────────────────────────────────────────────────────────────

/**
 * A correction (any edition after the first) that is a major change tells readers what changed; a minor change
 * (a typo) does not and carries no note. The first edition has nothing to note.
 */
export function checkChangeNote(edition: { number: number; changeType: "MAJOR" | "MINOR"; changeNote: string | null }): Check {
  if (edition.number > 1 && edition.changeType === "MAJOR" && !edition.changeNote?.trim()) {
    return { ok: false, reason: "A major change needs a change note for readers (or mark it as a minor change)." };
  }
  return { ok: true };
}

// ─── Parsing ────────────────────────────────────────────────────────────────────────────────────────────────────

export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new InputError(result.error);
  return result.data;
}
