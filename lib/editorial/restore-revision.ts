import { authorize, type TranslationSubject } from "@/lib/auth/policy";
import type { TransactionClient } from "@/lib/db";
import type { Prisma, TranslationState } from "@/lib/db/generated/client";
import { auditActor, type Actor } from "@/lib/changes/actor";
import type { Body } from "@/lib/body/schema";
import { commitChange } from "@/lib/changes/commit-change";
import { parseInput } from "@/lib/validation/input-fields";
import { restoreRevisionInputSchema, type RestoreRevisionInput } from "./document-input";
import { searchTextOf } from "@/lib/editions/document-fields";
import { conflictFor, editionSubject, lockEdition } from "@/lib/editions/edition-records";
import { translationStateAfterSave } from "@/lib/workflow/workflow";
import { readStoredBody } from "@/lib/body/stored-body";
import { conflictWith, DomainError, NotFoundError } from "@/lib/errors";

export interface RestoreRevisionResult {
  documentId: string;
  editionId: string;
  localizationId: string;
  locale: string;
  /** The new revision, a copy of the restored one. */
  revisionNumber: number;
  restoredFrom: number;
  /** The edition's (original) or the localization's (translation) new lockVersion. */
  lockVersion: number;
}

/**
 * Restores an old revision as a new one: its title, summary and body (and a translation's source hashes) become the
 * current text again, as a save would; nothing in the history is removed. For the original, whoever may edit the
 * edition may restore (and becomes its last editor); for a translation, whoever may edit that translation.
 * `lockVersion` is the edition's for the original and the localization's for a translation.
 * @throws PermissionDeniedError, InputError, NotFoundError, ConflictError, DomainError (revision of another document
 *   or locale)
 */
export async function restoreRevision(actor: Actor, rawInput: RestoreRevisionInput): Promise<RestoreRevisionResult> {
  const input = parseInput(restoreRevisionInputSchema, rawInput);
  return commitChange(async (tx) => {
    const revision = await tx.revision.findUnique({
      where: { id: input.revisionId },
      include: { localization: { select: { id: true, locale: true, editionId: true, edition: { select: { documentId: true } } } } },
    });
    if (!revision) throw new NotFoundError("This revision does not exist.");
    const editionId = input.editionId ?? revision.localization.editionId;
    const edition = await lockEdition(tx, editionId);
    if (edition.documentId !== revision.localization.edition.documentId) {
      throw new DomainError("This revision belongs to another document.");
    }
    const target = await tx.localization.findUnique({ where: { editionId_locale: { editionId, locale: revision.localization.locale } } });
    if (!target) throw new DomainError(`This edition has no ${revision.localization.locale} text to restore into.`);

    const subject = target.isOriginal
      ? await editionSubject(tx, edition)
      : ({
          type: "translation",
          locale: target.locale,
          originalLocale: edition.document.originalLocale,
          state: target.translationState ?? "NOT_STARTED",
          editionState: edition.state,
        } satisfies TranslationSubject);
    authorize(actor, "revision.restore", subject);

    const text = { title: revision.title, summary: revision.summary, body: readStoredBody(revision.body) };
    const sourceHashes = (target.isOriginal ? target.sourceHashes : revision.sourceHashes) as Prisma.InputJsonValue;
    const restore = { actor, lockVersion: input.lockVersion, text, now: new Date() };
    const lockVersion = target.isOriginal
      ? await restoreOriginal(tx, edition.id, target.id, restore)
      : await restoreTranslation(tx, target, { ...restore, sourceHashes });

    const last = await tx.revision.aggregate({ where: { localizationId: target.id }, _max: { number: true } });
    const revisionNumber = (last._max.number ?? 0) + 1;
    const note =
      revision.localizationId === target.id
        ? `Restored from revision ${revision.number}`
        : `Restored from revision ${revision.number} of an earlier edition`;
    await tx.revision.create({
      data: { localizationId: target.id, number: revisionNumber, ...text, sourceHashes, authorId: actor.id, note },
    });
    return {
      result: {
        documentId: edition.documentId,
        editionId: edition.id,
        localizationId: target.id,
        locale: target.locale,
        revisionNumber,
        restoredFrom: revision.number,
        lockVersion,
      },
      audit: {
        actor: auditActor(actor),
        action: "revision.restore",
        subjectType: "localization",
        subjectId: target.id,
        data: {
          documentId: edition.documentId,
          editionId: edition.id,
          locale: target.locale,
          restoredRevisionId: revision.id,
          restoredFrom: revision.number,
          revisionNumber,
        },
      },
    };
  });
}

interface Restore {
  actor: Actor;
  /** The version the person restored from: the edition's for the original, the localization's for a translation. */
  lockVersion: number;
  text: { title: string; summary: string; body: Body };
  now: Date;
}

/** The original's text back, as a save of the edition would write it; the edition's new lockVersion. */
async function restoreOriginal(tx: TransactionClient, editionId: string, localizationId: string, restore: Restore): Promise<number> {
  const { actor, text, now } = restore;
  const claimed = await tx.edition.updateMany({
    where: { id: editionId, lockVersion: restore.lockVersion },
    data: { lockVersion: { increment: 1 }, lastEditedById: actor.id, lastEditedAt: now },
  });
  if (claimed.count !== 1) throw await conflictFor(tx, editionId);
  await tx.localization.update({
    where: { id: localizationId },
    data: { ...text, searchText: searchTextOf(text), lastEditedById: actor.id, lastEditedAt: now, lockVersion: { increment: 1 } },
  });
  return restore.lockVersion + 1;
}

/** A translation's text and source hashes back, as a save of the translation would write them; its new lockVersion. */
async function restoreTranslation(
  tx: TransactionClient,
  target: { id: string; translationState: TranslationState | null },
  restore: Restore & { sourceHashes: Prisma.InputJsonValue },
): Promise<number> {
  const { actor, text, now } = restore;
  const claimed = await tx.localization.updateMany({
    where: { id: target.id, lockVersion: restore.lockVersion },
    data: {
      ...text,
      sourceHashes: restore.sourceHashes,
      searchText: searchTextOf(text),
      lastEditedById: actor.id,
      lastEditedAt: now,
      lockVersion: { increment: 1 },
      translationState: translationStateAfterSave(target.translationState ?? "NOT_STARTED"),
    },
  });
  if (claimed.count !== 1) {
    const current = await tx.localization.findUniqueOrThrow({
      where: { id: target.id },
      include: { lastEditedBy: { select: { id: true, name: true, email: true } } },
    });
    throw conflictWith("translation", "save", {
      lockVersion: current.lockVersion,
      lastEditedBy: current.lastEditedBy,
      updatedAt: current.updatedAt,
      current: { title: current.title, summary: current.summary, body: readStoredBody(current.body) },
    });
  }
  return restore.lockVersion + 1;
}
