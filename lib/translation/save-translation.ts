import { authorize } from "@/lib/auth/policy";
import { auditActor, type Actor } from "@/lib/changes/actor";
import { parseInput } from "@/lib/validation/input-fields";
import { searchTextOf } from "@/lib/editions/document-fields";
import { commitChange } from "@/lib/changes/commit-change";
import { isIn, PUBLICLY_VISIBLE, translationStateAfterSave } from "@/lib/workflow/workflow";
import type { Prisma } from "@/lib/db/generated/client";
import { buildTranslation, readPendingNotes, translationStatus, type RowStatus, type TranslationProgress } from "./alignment";
import { saveTranslationInputSchema, type SaveTranslationInput } from "./input";
import { lockTranslation, sourceTextOf, stateOf, storedTranslation, translationConflict, translationSubject } from "./records";
import type { TranslationResult } from "./translation-move";
import { ensureUnchangedSince } from "@/lib/errors";

export interface SaveTranslationResult extends TranslationResult {
  /** The revision this save made, or null when nothing in the text changed. */
  revisionNumber: number | null;
  /**
   * "title", "summary", "body", "sourceHashes", "translationKind", "translatorCredit", "changeNote", "pendingNotes" (notes
   * on blocks not yet translated); empty when nothing changed.
   */
  changed: string[];
  /** After this save, against the original as it is now. */
  progress: TranslationProgress;
  /** Each source block's status after this save (source block id → status), and the title's and summary's. */
  statuses: { title: RowStatus; summary: RowStatus; blocks: Record<string, RowStatus> };
  /** Blocks sent for source blocks the original no longer has: their text was not kept (tell the translator). */
  droppedBlockIds: string[];
}

/** JSON equality that ignores key order (jsonb hands keys back in its own order). */
function sameJson(a: unknown, b: unknown): boolean {
  const canonical = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(canonical)
      : value && typeof value === "object"
        ? Object.fromEntries(Object.entries(value).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)).map(([key, item]) => [key, canonical(item)]))
        : value;
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

/**
 * Saves the translation workspace: title, summary, the translated blocks (structure from the source, see
 * alignment.ts), official or unofficial, and the credit. Each block records the hash of the source block it was made
 * from; a block whose words did not change keeps the hash it had, so saving never makes a stale block current unless
 * the translator changed it or marked it as still correct.
 *
 * Optimistic locking as in the editorial desk: the save names the translation's lockVersion; if someone saved since,
 * nothing is written and ConflictError carries their version. A save that changes nothing writes nothing (autosave).
 * Saving a published translation reopens it (in progress) while readers keep its published revision; saving one under
 * review leaves it under review (an editor's fix). Whether it is official, and the credit, have no revision of their
 * own: on a translation readers see they show at once.
 * @throws PermissionDeniedError, InputError, NotFoundError, ConflictError<TranslationFormValues>, DomainError (a block
 *   that is not valid text, a note's list items, the original not a translation)
 */
export async function saveTranslation(actor: Actor, rawInput: SaveTranslationInput): Promise<SaveTranslationResult> {
  const input = parseInput(saveTranslationInputSchema, rawInput);
  return commitChange(async (tx) => {
    const { edition, translation } = await lockTranslation(tx, input.localizationId);
    const from = stateOf(translation);
    const subject = translationSubject(edition, translation.locale, from);
    authorize(actor, "translation.edit", subject);
    await ensureUnchangedSince(input.lockVersion, translation.lockVersion, () => translationConflict(tx, translation.id));
    const translationKind = input.translationKind ?? translation.translationKind;
    if (translation.translationKind !== translationKind) authorize(actor, "translation.markOfficial", subject);

    const source = await sourceTextOf(tx, edition.id);
    const previous = storedTranslation(translation);
    const built = buildTranslation(
      source,
      { title: input.title, summary: input.summary, blocks: input.blocks, titleBasis: input.titleBasis, summaryBasis: input.summaryBasis },
      previous,
    );
    const translatorCredit = input.translatorCredit === undefined ? translation.translatorCredit : input.translatorCredit;
    const changeNote = input.changeNote === undefined ? translation.changeNote : input.changeNote;

    const changed: string[] = [];
    if (built.title !== previous.title) changed.push("title");
    if (built.summary !== previous.summary) changed.push("summary");
    if (!sameJson(built.body, previous.body)) changed.push("body");
    if (!sameJson(built.sourceHashes, previous.sourceHashes)) changed.push("sourceHashes");
    const textChanged = changed.length > 0;
    if (translationKind !== translation.translationKind) changed.push("translationKind");
    if (translatorCredit !== translation.translatorCredit) changed.push("translatorCredit");
    if (changeNote !== translation.changeNote) changed.push("changeNote");
    if (!sameJson(built.pendingNotes, readPendingNotes(translation.pendingNotes))) changed.push("pendingNotes");

    const status = translationStatus(source, built);
    const base = {
      documentId: edition.documentId,
      editionId: edition.id,
      localizationId: translation.id,
      locale: translation.locale,
      progress: status.progress,
      statuses: {
        title: status.title,
        summary: status.summary,
        blocks: Object.fromEntries(status.rows.map((row) => [row.source.id, row.status])),
      },
      droppedBlockIds: built.dropped,
      changed,
    };
    if (changed.length === 0) {
      return { result: { ...base, state: from, lockVersion: translation.lockVersion, revisionNumber: null }, audit: null };
    }

    const state = translationStateAfterSave(from);
    const text = { title: built.title, summary: built.summary, body: built.body };
    const claimed = await tx.localization.updateMany({
      where: { id: translation.id, lockVersion: input.lockVersion },
      data: {
        ...text,
        sourceHashes: built.sourceHashes,
        pendingNotes: built.pendingNotes,
        searchText: searchTextOf(text),
        translationKind,
        translatorCredit,
        changeNote,
        translationState: state,
        translatorId: translation.translatorId ?? actor.id,
        // "Last saved by" names whoever changed the words, not whoever ticked official or added a pending note.
        ...(textChanged ? { lastEditedById: actor.id, lastEditedAt: new Date() } : {}),
        lockVersion: { increment: 1 },
      },
    });
    if (claimed.count !== 1) throw await translationConflict(tx, translation.id);

    let revisionNumber: number | null = null;
    if (textChanged) {
      const last = await tx.revision.aggregate({ where: { localizationId: translation.id }, _max: { number: true } });
      revisionNumber = (last._max.number ?? 0) + 1;
      await tx.revision.create({
        data: {
          localizationId: translation.id,
          number: revisionNumber,
          ...text,
          body: text.body as Prisma.InputJsonValue,
          sourceHashes: built.sourceHashes,
          authorId: actor.id,
        },
      });
    }
    // Like the credit, the translated change note has no revision of its own: on a page readers see, it shows at once.
    const attributionChanged = changed.includes("translationKind") || changed.includes("translatorCredit") || changed.includes("changeNote");
    const readersSeeIt = attributionChanged && translation.publishedRevisionId !== null && isIn(PUBLICLY_VISIBLE, edition.state);
    return {
      result: { ...base, state, lockVersion: input.lockVersion + 1, revisionNumber },
      audit: {
        actor: auditActor(actor),
        action: "translation.save",
        subjectType: "localization",
        subjectId: translation.id,
        fromState: from,
        toState: state,
        data: {
          documentId: edition.documentId,
          editionId: edition.id,
          locale: translation.locale,
          changed,
          revisionNumber,
          translationKind,
          ...(built.dropped.length > 0 ? { droppedBlockIds: built.dropped } : {}),
        },
      },
      revalidate: readersSeeIt ? [edition.documentId] : [],
    };
  });
}
