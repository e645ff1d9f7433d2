// What a person may submit to the translation desk. Services parse with these (lib/validation/input-fields.ts parseInput → InputError),
// so a script or a test calling a service directly meets the same rules as the workspace form.
import { z } from "zod";
import { BODY_LIMITS } from "@/lib/body/schema";
import { changeNoteSchema, INPUT_LIMITS, summarySchema, titleSchema } from "@/lib/validation/input-fields";
import { plainString } from "@/lib/validation/plain-text";

/** The title's one-line rules without "required": a translation is saved before its title is translated. */
const translatedTitleSchema = titleSchema.in;

const sourceHashSchema = z.string().regex(/^[0-9a-f]{64}$/, { error: "A source hash is 64 hexadecimal characters" });

const basisSchema = z.object({
  sourceHash: sourceHashSchema.optional(),
  markUpToDate: z.boolean().optional(),
});

/** Generous bounds against abuse; the body schema applies the real limits to the normalised text. */
const entrySchema = z.object({
  sourceId: plainString().min(1).max(64),
  text: plainString("The translated text").max(BODY_LIMITS.maxTextLength * 2, { error: "The text is too long" }),
  listItems: z
    .array(plainString("A list item").max(BODY_LIMITS.maxTextLength * 2, { error: "A list item is too long" }))
    .max(BODY_LIMITS.maxListItems)
    .optional(),
  translatorNote: plainString("The translator's note")
    .max(BODY_LIMITS.maxTranslatorNoteLength * 2, { error: "The translator's note is too long" })
    .nullable()
    .optional(),
  sourceHash: sourceHashSchema.optional(),
  markUpToDate: z.boolean().optional(),
});

export const TRANSLATOR_CREDIT_MAX = 200;

const translatorCreditSchema = z
  .string({ error: "The translator credit must be text" })
  .refine((value) => !/[\u0000-\u001F\u007F-\u009F]/.test(value), { error: "The translator credit must be one line of text" })
  .transform((value) => value.normalize("NFC").replace(/\s+/g, " ").trim())
  .pipe(z.string().max(TRANSLATOR_CREDIT_MAX, { error: `The translator credit is at most ${TRANSLATOR_CREDIT_MAX} characters` }))
  .transform((value) => value || null);

export const translationKindSchema = z.enum(["OFFICIAL", "UNOFFICIAL"], { error: "Mark the translation official or unofficial" });

export const startTranslationInputSchema = z.object({
  editionId: plainString().min(1),
  locale: plainString().trim().min(2).max(10),
});
export type StartTranslationInput = z.input<typeof startTranslationInputSchema>;

export const saveTranslationInputSchema = z.object({
  localizationId: plainString().min(1),
  /** The translation's lockVersion when the workspace was opened (or returned by the last save). */
  lockVersion: z.coerce.number().int().min(1),
  title: translatedTitleSchema,
  summary: summarySchema,
  /** One entry per source block the translator has text for (others may be left out or sent empty). */
  blocks: z.array(entrySchema, { error: "The blocks must be a list" }).max(BODY_LIMITS.maxBlocks),
  /** Left out or null: unchanged (a new translation is saved before anyone chose; submitting needs a choice). */
  translationKind: translationKindSchema.nullable().optional(),
  /** Left out: unchanged. Empty or null: no credit. */
  translatorCredit: translatorCreditSchema.nullable().optional(),
  /** The edition's change note in this language. Left out: unchanged. Empty or null: readers see the original's. */
  changeNote: changeNoteSchema,
  titleBasis: basisSchema.optional(),
  summaryBasis: basisSchema.optional(),
});
export type SaveTranslationInput = z.input<typeof saveTranslationInputSchema>;

export const translationMoveInputSchema = z.object({
  localizationId: plainString().min(1),
  /** When given, the move applies only to the version the person looked at. */
  lockVersion: z.coerce.number().int().min(1).optional(),
});
export type TranslationMoveInput = z.input<typeof translationMoveInputSchema>;

export const rejectTranslationInputSchema = translationMoveInputSchema.extend({
  comment: plainString("A comment for the translator")
    .transform((value) => value.normalize("NFC").replace(/\r\n?/g, "\n").trim())
    .pipe(
      z
        .string()
        .min(1, { error: "A comment for the translator is required" })
        .max(INPUT_LIMITS.reason, { error: `A comment for the translator is longer than ${INPUT_LIMITS.reason.toLocaleString("en")} characters` }),
    ),
});
export type RejectTranslationInput = z.input<typeof rejectTranslationInputSchema>;

export const workspaceInputSchema = z.object({
  editionId: plainString().min(1),
  locale: plainString().trim().min(2).max(10),
});
export type WorkspaceInput = z.input<typeof workspaceInputSchema>;

export const translationQueueInputSchema = z.object({
  locale: plainString().trim().min(2).max(10).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});
export type TranslationQueueInput = z.input<typeof translationQueueInputSchema>;
