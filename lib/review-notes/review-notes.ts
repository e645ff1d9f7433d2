import { authorize } from "@/lib/auth/policy";
import { auditActor, type Actor } from "@/lib/changes/actor";
import { parseInput } from "@/lib/validation/input-fields";
import { lockEdition, originalLocalization } from "@/lib/editions/edition-records";
import { readStoredBody } from "@/lib/body/stored-body";
import { commitChange } from "@/lib/changes/commit-change";
import type { TransactionClient } from "@/lib/db";
import { reviewNoteAdded, reviewNoteResolved } from "@/lib/notifications/workspace-events";
import { addReviewNoteInputSchema, settleReviewNoteInputSchema, type AddReviewNoteInput, type SettleReviewNoteInput } from "./note-input";
import { noteTargets } from "./note-places";
import { findNote, noteTextSubject, reviewNoteSubject, type NoteRecord } from "./note-subjects";
import { DomainError } from "@/lib/errors";

/*
 * Review notes: editors, writers and translators comment on a block of an edition's text, or on the whole edition,
 * and resolve or reopen what was said. A note belongs to its edition and names the block by its stable id and the
 * revision it was written on, so later saves leave it where it was; if the block is deleted, the note stays (the
 * pages show it on the whole edition, with the words the block had). Writing, resolving and reopening are audited,
 * and the edition's author (and a translation's translator) is told of a new note.
 */

export type ReviewNoteResult = { noteId: string; documentId: string; editionId: string; locale: string };

async function latestRevisionOf(tx: TransactionClient, editionId: string, locale: string): Promise<string | null> {
  const revision = await tx.revision.findFirst({
    where: { localization: { editionId, locale } },
    orderBy: { number: "desc" },
    select: { id: true },
  });
  return revision?.id ?? null;
}

export async function addReviewNote(actor: Actor, rawInput: AddReviewNoteInput, now: Date = new Date()): Promise<ReviewNoteResult> {
  const input = parseInput(addReviewNoteInputSchema, rawInput);
  return commitChange(async (tx) => {
    const edition = await lockEdition(tx, input.editionId);
    authorize(actor, "note.add", await noteTextSubject(edition.id, input.locale, tx));
    // A translated block has its source block's id: every text of the edition is numbered by the original's blocks.
    const original = await originalLocalization(tx, edition.id);
    const target = input.blockId === null ? null : noteTargets(readStoredBody(original.body)).find((candidate) => candidate.blockId === input.blockId);
    if (target === undefined) {
      throw new DomainError("That block is no longer in the text (someone may have removed it); choose another, or write on the whole edition.", "blockId");
    }
    const note = await tx.reviewNote.create({
      data: {
        editionId: edition.id,
        locale: input.locale,
        blockId: input.blockId,
        quote: target?.quote ?? null,
        revisionId: await latestRevisionOf(tx, edition.id, input.locale),
        authorId: actor.id,
        body: input.body,
        createdAt: now,
      },
      select: { id: true },
    });
    const translator =
      input.locale === edition.document.originalLocale
        ? null
        : await tx.localization.findUnique({ where: { editionId_locale: { editionId: edition.id, locale: input.locale } }, select: { translatorId: true } });
    await reviewNoteAdded(tx, edition, { locale: input.locale, where: target?.label ?? null, body: input.body, translatorId: translator?.translatorId ?? null }, actor.id);
    return {
      result: { noteId: note.id, documentId: edition.documentId, editionId: edition.id, locale: input.locale },
      audit: {
        actor: auditActor(actor),
        action: "note.add",
        subjectType: "edition",
        subjectId: edition.id,
        data: { documentId: edition.documentId, noteId: note.id, locale: input.locale, blockId: input.blockId },
      },
    };
  });
}

async function settle(actor: Actor, rawInput: SettleReviewNoteInput, resolve: boolean, now: Date): Promise<ReviewNoteResult> {
  const input = parseInput(settleReviewNoteInputSchema, rawInput);
  return commitChange(async (tx) => {
    const found = await findNote(input.noteId, tx);
    const edition = await lockEdition(tx, found.editionId);
    // Read again under the edition's lock: a colleague may have settled it a moment ago.
    const note: NoteRecord = await findNote(found.id, tx);
    authorize(actor, resolve ? "note.resolve" : "note.reopen", await reviewNoteSubject(note, tx));
    await tx.reviewNote.update({
      where: { id: note.id },
      data: resolve ? { resolvedAt: now, resolvedById: actor.id } : { resolvedAt: null, resolvedById: null },
    });
    if (resolve) await reviewNoteResolved(tx, edition, note, actor.id);
    return {
      result: { noteId: note.id, documentId: edition.documentId, editionId: edition.id, locale: note.locale },
      audit: {
        actor: auditActor(actor),
        action: resolve ? "note.resolve" : "note.reopen",
        subjectType: "edition",
        subjectId: edition.id,
        fromState: resolve ? "open" : "resolved",
        toState: resolve ? "resolved" : "open",
        data: { documentId: edition.documentId, noteId: note.id, locale: note.locale, blockId: note.blockId },
      },
    };
  });
}

export function resolveReviewNote(actor: Actor, input: SettleReviewNoteInput, now: Date = new Date()): Promise<ReviewNoteResult> {
  return settle(actor, input, true, now);
}

export function reopenReviewNote(actor: Actor, input: SettleReviewNoteInput, now: Date = new Date()): Promise<ReviewNoteResult> {
  return settle(actor, input, false, now);
}
