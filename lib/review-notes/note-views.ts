import "server-only";
import { can, explain, type Decision, type EditionSubject, type PolicyUser, type ReviewNoteSubject, type TranslationSubject } from "@/lib/auth/policy";
import type { Block } from "@/lib/body/schema";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/db/generated/client";
import { noteTargets, placeNotes, type NoteGroup, type NoteTarget } from "./note-places";
import { noteTextSubject } from "./note-subjects";

/*
 * Review notes as the pages show them: beside their blocks in the editor and the translation workspace, and all of a
 * document's notes, edition by edition, in its history.
 */

const person = { select: { id: true, name: true } } as const;

const noteSelect = {
  id: true,
  locale: true,
  blockId: true,
  quote: true,
  body: true,
  createdAt: true,
  resolvedAt: true,
  author: person,
  resolvedBy: person,
  revision: { select: { number: true } },
  edition: { select: { number: true } },
} as const satisfies Prisma.ReviewNoteSelect;

export type ReviewNoteView = {
  id: string;
  locale: string;
  blockId: string | null;
  quote: string | null;
  body: string;
  createdAt: Date;
  author: { id: string; name: string } | null;
  /** The revision of the text the note was written on. */
  revisionNumber: number | null;
  editionNumber: number;
  resolved: { at: Date; by: { id: string; name: string } | null } | null;
};

function view(row: Prisma.ReviewNoteGetPayload<{ select: typeof noteSelect }>): ReviewNoteView {
  return {
    id: row.id,
    locale: row.locale,
    blockId: row.blockId,
    quote: row.quote,
    body: row.body,
    createdAt: row.createdAt,
    author: row.author,
    revisionNumber: row.revision?.number ?? null,
    editionNumber: row.edition.number,
    resolved: row.resolvedAt ? { at: row.resolvedAt, by: row.resolvedBy } : null,
  };
}

const ORDER = [{ createdAt: "asc" }, { id: "asc" }] as const satisfies Prisma.ReviewNoteOrderByWithRelationInput[];

export type WorkspaceNote = ReviewNoteView & { mayResolve: boolean; mayReopen: boolean };

export type WorkspaceReviewNotes = {
  editionId: string;
  locale: string;
  /** Whether this person may write a note here, and why not. */
  add: Decision;
  targets: NoteTarget[];
  groups: NoteGroup<WorkspaceNote>[];
  open: number;
};

/**
 * The notes on one text of an edition (the original, or one translation), placed beside the blocks of `body` (the
 * original's: a translated block has its source block's id), with what this person may do with each. The text's
 * subject is loaded unless the page has it already.
 */
export async function loadWorkspaceReviewNotes(
  user: PolicyUser,
  text: { editionId: string; locale: string; body: readonly Block[]; subject?: EditionSubject | TranslationSubject },
): Promise<WorkspaceReviewNotes> {
  const on = text.subject ?? (await noteTextSubject(text.editionId, text.locale));
  const rows = await (await db()).reviewNote.findMany({ where: { editionId: text.editionId, locale: text.locale }, orderBy: ORDER, select: noteSelect });
  const notes = rows.map((row): WorkspaceNote => {
    const note = view(row);
    const subject: ReviewNoteSubject = { type: "reviewNote", authorId: note.author?.id ?? null, resolved: note.resolved !== null, on };
    return { ...note, mayResolve: can(user, "note.resolve", subject), mayReopen: can(user, "note.reopen", subject) };
  });
  return {
    editionId: text.editionId,
    locale: text.locale,
    add: explain(user, "note.add", on),
    targets: noteTargets(text.body),
    groups: placeNotes(text.body, notes),
    open: notes.filter((note) => note.resolved === null).length,
  };
}

/** Every note on a document, newest edition first, then in the order they were written (for its history). */
export async function listDocumentReviewNotes(documentId: string): Promise<ReviewNoteView[]> {
  const rows = await (await db()).reviewNote.findMany({
    where: { edition: { documentId } },
    orderBy: [{ edition: { number: "desc" } }, ...ORDER],
    select: noteSelect,
  });
  return rows.map(view);
}
