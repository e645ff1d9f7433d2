import { authorize } from "@/lib/auth/policy";
import type { TransactionClient } from "@/lib/db";
import type { Prisma } from "@/lib/db/generated/client";
import { auditActor, type Actor } from "@/lib/changes/actor";
import { parseInput } from "@/lib/validation/input-fields";
import { correctInputSchema, type CorrectInput } from "./document-input";
import { commitChange } from "@/lib/changes/commit-change";
import { editionAudit } from "./edition-audit";
import { editionResult, editionSelect, editionSubject, editionToCorrect, lockDocument, type EditionResult } from "@/lib/editions/edition-records";
import { EDITION_ORIGINS } from "@/lib/workflow/workflow";
import { DomainError } from "@/lib/errors";

type LocalizationRow = Prisma.LocalizationGetPayload<{ include: { publishedRevision: true } }>;

function sameText(a: RevisionText, b: RevisionText): boolean {
  return (
    a.title === b.title &&
    a.summary === b.summary &&
    JSON.stringify(a.body) === JSON.stringify(b.body) &&
    JSON.stringify(a.sourceHashes) === JSON.stringify(b.sourceHashes)
  );
}

/**
 * Copies one localization of the live edition into the new edition. A translation readers see keeps being shown:
 * its published revision is copied as the new localization's first revision and stays its published one; work on it
 * that was not yet published follows as the next revision.
 */
async function copyLocalization(tx: TransactionClient, from: LocalizationRow, editionId: string, authorId: string, fromNumber: number) {
  const copy = await tx.localization.create({
    data: {
      editionId,
      locale: from.locale,
      isOriginal: from.isOriginal,
      translationKind: from.translationKind,
      translationState: from.translationState,
      translatorId: from.translatorId,
      translatorCredit: from.translatorCredit,
      title: from.title,
      summary: from.summary,
      body: from.body as Prisma.InputJsonValue,
      sourceHashes: from.sourceHashes as Prisma.InputJsonValue,
      searchText: from.searchText,
      // The original goes live with the edition; a translation readers see keeps the date it was published.
      publishedAt: !from.isOriginal && from.publishedRevision ? from.publishedAt : null,
      lastEditedById: from.lastEditedById,
      lastEditedAt: from.lastEditedAt,
    },
    select: { id: true },
  });
  const note = `Copied from edition ${fromNumber}`;
  const published = from.publishedRevision;
  let number = 1;
  if (published) {
    const revision = await addRevision(tx, copy.id, number, published, published.authorId, `${note} (published revision ${published.number})`);
    await tx.localization.update({ where: { id: copy.id }, data: { publishedRevisionId: revision.id } });
    if (sameText(published, from)) return;
    number++;
  }
  await addRevision(tx, copy.id, number, from, authorId, note);
}

type RevisionText = { title: string; summary: string; body: unknown; sourceHashes: unknown };

async function addRevision(tx: TransactionClient, localizationId: string, number: number, text: RevisionText, authorId: string | null, note: string) {
  return tx.revision.create({
    data: {
      localizationId,
      number,
      title: text.title,
      summary: text.summary,
      body: text.body as Prisma.InputJsonValue,
      sourceHashes: text.sourceHashes as Prisma.InputJsonValue,
      authorId,
      note,
    },
    select: { id: true },
  });
}

/**
 * Starts a new draft edition to correct published content: a copy of the live edition's original text and
 * translations (with the source hashes that tell translators which blocks changed). The live edition stays as it is
 * until the new one is published. A major change needs a public change note before it goes out; a minor one has none.
 * Tags, related documents and interview details start as they are live: the new edition holds no pending changes
 * to them (null, "unchanged") rather than a copy, so publishing a correction that never touched them writes nothing
 * to the document. Changes saved on it wait for its publication (see saveEdition).
 * @throws PermissionDeniedError, InputError, NotFoundError, DomainError ("already has an edition in progress",
 *   "not published")
 */
export async function correct(actor: Actor, rawInput: CorrectInput): Promise<EditionResult> {
  const input = parseInput(correctInputSchema, rawInput);
  return commitChange(async (tx) => {
    await lockDocument(tx, input.documentId);
    const editions = await tx.edition.findMany({
      where: { documentId: input.documentId },
      orderBy: { number: "desc" },
      select: { id: true, documentId: true, number: true, state: true, createdById: true, lastEditedById: true, publicDate: true, leadImageId: true },
    });
    const live = editionToCorrect(editions);
    if (!live) throw new DomainError("This document has no edition to correct.");
    authorize(actor, "edition.correct", await editionSubject(tx, live));

    const number = editions[0]!.number + 1;
    const changeType = input.changeType;
    const draft = await tx.edition.create({
      data: {
        documentId: input.documentId,
        number,
        state: EDITION_ORIGINS.correct,
        publicDate: live.publicDate,
        leadImageId: live.leadImageId,
        changeType,
        changeNote: changeType === "MAJOR" ? (input.changeNote ?? null) : null,
        createdById: actor.id,
        lastEditedById: actor.id,
        lastEditedAt: new Date(),
      },
      select: editionSelect,
    });
    const localizations = await tx.localization.findMany({
      where: { editionId: live.id },
      include: { publishedRevision: true },
      orderBy: [{ isOriginal: "desc" }, { locale: "asc" }],
    });
    for (const localization of localizations) {
      await copyLocalization(tx, localization, draft.id, actor.id, live.number);
    }
    return {
      result: editionResult(draft),
      audit: editionAudit(auditActor(actor), "edition.correct", draft, {
        toState: "DRAFT",
        data: {
          fromEditionId: live.id,
          changeType,
          changeNote: draft.changeNote,
          locales: localizations.map((localization) => localization.locale),
        },
      }),
      revalidate: [input.documentId],
    };
  });
}
