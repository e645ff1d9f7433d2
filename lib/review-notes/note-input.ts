// What a person may submit about review notes. The action wrapper validates with these and the service parses again.
import { z } from "zod";
import { paragraphs } from "@/lib/validation/input-fields";
import { blockIdSchema } from "@/lib/body/schema";

export const REVIEW_NOTE_MAX_LENGTH = 2_000;

const id = z.string().trim().min(1).max(64);

export const addReviewNoteInputSchema = z.object({
  editionId: id,
  /** Which text: the original's locale, or a translation's. */
  locale: z.string().trim().min(2).max(16),
  /** A block of the text; empty or absent: the whole edition. */
  blockId: z
    .union([z.literal(""), blockIdSchema])
    .nullish()
    .transform((value) => value || null),
  body: paragraphs("The note", REVIEW_NOTE_MAX_LENGTH),
});
export type AddReviewNoteInput = z.input<typeof addReviewNoteInputSchema>;

export const settleReviewNoteInputSchema = z.object({ noteId: id });
export type SettleReviewNoteInput = z.input<typeof settleReviewNoteInputSchema>;
