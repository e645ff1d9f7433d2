// What the policy is asked about review notes: the text a note is on (the original's edition, or one translation)
// and the note itself. Used by the service inside its transaction and by the actions and pages before it.
import type { EditionSubject, ReviewNoteSubject, TranslationSubject } from "@/lib/auth/policy";
import { editionSubject, lockEdition } from "@/lib/editions/edition-records";
import { loadEditionSubject } from "@/lib/editions/edition-subject";
import { db, type TransactionClient } from "@/lib/db";
import { isSiteLocale } from "@/lib/i18n/locales";
import { translationSubjectFor } from "@/lib/translation/subjects";
import { DomainError, NotFoundError } from "@/lib/errors";

const NO_NOTE = "This review note does not exist (its edition may have been deleted).";

/** The text notes are written on: the edition for its original, the translation for any other locale. */
export async function noteTextSubject(editionId: string, locale: string, tx?: TransactionClient): Promise<EditionSubject | TranslationSubject> {
  const client = tx ?? (await db());
  const edition = await client.edition.findUnique({ where: { id: editionId }, select: { document: { select: { originalLocale: true } } } });
  if (!edition) throw new NotFoundError("This edition does not exist (it may have been deleted).");
  if (locale !== edition.document.originalLocale) {
    if (!isSiteLocale(locale)) throw new DomainError(`The site is not published in “${locale}”: there is no such translation to write on.`, "locale");
    return translationSubjectFor(editionId, locale, client);
  }
  return tx ? editionSubject(tx, await lockEdition(tx, editionId)) : loadEditionSubject(editionId);
}

export type NoteRecord = { id: string; editionId: string; locale: string; blockId: string | null; authorId: string | null; resolvedAt: Date | null };

const noteSelect = { id: true, editionId: true, locale: true, blockId: true, authorId: true, resolvedAt: true } as const;

export async function findNote(noteId: string, tx?: TransactionClient): Promise<NoteRecord> {
  const note = await (tx ?? (await db())).reviewNote.findUnique({ where: { id: noteId }, select: noteSelect });
  if (!note) throw new NotFoundError(NO_NOTE);
  return note;
}

export async function reviewNoteSubject(note: NoteRecord, tx?: TransactionClient): Promise<ReviewNoteSubject> {
  return { type: "reviewNote", authorId: note.authorId, resolved: note.resolvedAt !== null, on: await noteTextSubject(note.editionId, note.locale, tx) };
}

/** For an action's permission: the note as it is now. @throws NotFoundError */
export async function loadReviewNoteSubject(noteId: string): Promise<ReviewNoteSubject> {
  return reviewNoteSubject(await findNote(noteId));
}
