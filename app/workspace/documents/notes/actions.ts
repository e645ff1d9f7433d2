"use server";

import { defineAction } from "@/lib/actions/define-action";
import { revalidateWorkspace } from "@/lib/actions/revalidate-workspace";
import { addReviewNoteInputSchema, settleReviewNoteInputSchema } from "@/lib/review-notes/note-input";
import { loadReviewNoteSubject, noteTextSubject } from "@/lib/review-notes/note-subjects";
import { addReviewNote, reopenReviewNote, resolveReviewNote, type ReviewNoteResult } from "@/lib/review-notes/review-notes";

/*
 * Review notes on an edition's text, from the edition's page, the translation workspace and the history. The policy is
 * asked here about the text (or the note) as it is now, and again by the service inside its transaction.
 */

// The edition's page, its history and every translation workspace show the notes.
const refresh = (result: ReviewNoteResult) => revalidateWorkspace(`/workspace/documents/${encodeURIComponent(result.documentId)}`, "layout");

export const addReviewNoteAction = defineAction({
  name: "note.add",
  schema: addReviewNoteInputSchema,
  permission: async (input) => ["note.add", await noteTextSubject(input.editionId, input.locale)],
  run: (input, ctx) => addReviewNote(ctx.user, input),
  after: refresh,
  message: "Note added.",
});

export const resolveReviewNoteAction = defineAction({
  name: "note.resolve",
  schema: settleReviewNoteInputSchema,
  permission: async (input) => ["note.resolve", await loadReviewNoteSubject(input.noteId)],
  run: (input, ctx) => resolveReviewNote(ctx.user, input),
  after: refresh,
  message: "Note resolved.",
});

export const reopenReviewNoteAction = defineAction({
  name: "note.reopen",
  schema: settleReviewNoteInputSchema,
  permission: async (input) => ["note.reopen", await loadReviewNoteSubject(input.noteId)],
  run: (input, ctx) => reopenReviewNote(ctx.user, input),
  after: refresh,
  message: "Note reopened.",
});
