// What a person may submit to the editorial verbs (create, save, move, reject, schedule, withdraw, correct, delete,
// restore), built from the shared fields in input-fields.ts.
import { z } from "zod";
import { bodySchema, mediaIdSchema } from "@/lib/body/schema";
import { changeNoteSchema, changeTypeSchema, idList, INPUT_LIMITS, officeLocalTimeSchema, optionalLine, optionalUrl, paragraphs, publicDateSchema, slugSchema, summarySchema, taxonomyInputSchema, titleSchema } from "@/lib/validation/input-fields";

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
