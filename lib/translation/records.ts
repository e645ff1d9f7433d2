// Loading and locking translations for the desk's services. Internal to lib/translation: the services are the surface.
import type { TranslationSubject } from "@/lib/auth/policy";
import type { Block } from "@/lib/body/schema";
import { lockEdition, originalLocalization, type EditionRecord } from "@/lib/editions/edition-records";
import type { TransactionClient } from "@/lib/db";
import type { EditionState, Prisma, TranslationState } from "@/lib/db/generated/client";
import { env } from "@/lib/env";
import { ensure } from "@/lib/changes/actor";
import {
  entriesOf,
  readPendingNotes,
  readSourceHashes,
  translationStatus,
  type SourceText,
  type StoredTranslation,
  type TranslationEntry,
} from "./alignment";
import { checkTranslationReady } from "./readiness";
import { readStoredBody } from "@/lib/body/stored-body";
import { DomainError, NotFoundError, type ConflictError, conflictWith, type RefusedChange } from "@/lib/errors";

const personSelect = { select: { id: true, name: true, email: true } } as const;

export const translationSelect = {
  id: true,
  editionId: true,
  locale: true,
  isOriginal: true,
  translationKind: true,
  translationState: true,
  translatorId: true,
  translatorCredit: true,
  title: true,
  summary: true,
  body: true,
  sourceHashes: true,
  pendingNotes: true,
  changeNote: true,
  publishedRevisionId: true,
  publishedAt: true,
  lockVersion: true,
  updatedAt: true,
  lastEditedBy: personSelect,
  lastEditedAt: true,
  translator: personSelect,
} as const satisfies Prisma.LocalizationSelect;

export type TranslationRow = Prisma.LocalizationGetPayload<{ select: typeof translationSelect }>;

/** A translation's state as the policy and the workflow see it: a row not yet created is NOT_STARTED. */
export function stateOf(row: { translationState: TranslationState | null } | null): TranslationState {
  return row?.translationState ?? "NOT_STARTED";
}

export function translationSubject(
  edition: { state: EditionState; document: { originalLocale: string } },
  locale: string,
  state: TranslationState,
): TranslationSubject {
  return { type: "translation", locale, originalLocale: edition.document.originalLocale, state, editionState: edition.state };
}

export const NO_SUCH_TRANSLATION = "This translation does not exist (it may have been deleted).";

/** Translations are into the site's configured locales only (CHANCERY_LOCALES). */
export function ensureSiteLocale(locale: string): void {
  const locales = env().CHANCERY_LOCALES;
  if (!locales.includes(locale)) {
    throw new DomainError(`The site is not published in “${locale}” (it has ${locales.join(", ")}).`, "locale");
  }
}

/**
 * Locks the translation's edition (the lock every verb on an edition takes first, so a translation save and a
 * publication or supersession of its edition run one after the other) and reads the translation.
 */
export async function lockTranslation(tx: TransactionClient, localizationId: string): Promise<{ edition: EditionRecord; translation: TranslationRow }> {
  const found = await tx.localization.findUnique({ where: { id: localizationId }, select: { editionId: true } });
  if (!found) throw new NotFoundError(NO_SUCH_TRANSLATION);
  const edition = await lockEdition(tx, found.editionId);
  const translation = await tx.localization.findUnique({ where: { id: localizationId }, select: translationSelect });
  if (!translation) throw new NotFoundError(NO_SUCH_TRANSLATION);
  if (translation.isOriginal) {
    throw new DomainError("This is the original text, not a translation; it is changed through its edition.");
  }
  return { edition, translation };
}

export async function sourceTextOf(tx: TransactionClient, editionId: string): Promise<SourceText & { localizationId: string; locale: string; body: Block[] }> {
  const original = await originalLocalization(tx, editionId);
  return { localizationId: original.id, locale: original.locale, title: original.title, summary: original.summary, body: readStoredBody(original.body) };
}

export function storedTranslation(row: Pick<TranslationRow, "title" | "summary" | "body" | "sourceHashes">): StoredTranslation & { body: Block[] } {
  return { title: row.title, summary: row.summary, body: readStoredBody(row.body), sourceHashes: readSourceHashes(row.sourceHashes) };
}

/** Refuses a translation that is not finished against the original as it is now: what submitting and publishing ask. */
export async function ensureTranslationReady(tx: TransactionClient, editionId: string, translation: TranslationRow): Promise<void> {
  const status = translationStatus(await sourceTextOf(tx, editionId), storedTranslation(translation));
  ensure(checkTranslationReady(status, translation.translationKind));
}

/** A translation in the shape saveTranslation takes (what a conflict shows beside the refused text). */
export interface TranslationFormValues {
  title: string;
  summary: string;
  blocks: TranslationEntry[];
  translationKind: "OFFICIAL" | "UNOFFICIAL" | null;
  translatorCredit: string | null;
  /** The edition's change note in this language; null or left out: none yet. */
  changeNote?: string | null;
}

export function formValuesOf(row: TranslationRow): TranslationFormValues {
  return {
    title: row.title,
    summary: row.summary,
    blocks: entriesOf(readStoredBody(row.body), readPendingNotes(row.pendingNotes)),
    translationKind: row.translationKind,
    translatorCredit: row.translatorCredit,
    changeNote: row.changeNote,
  };
}

/** The refusal for a save or a decision that started from an older version of the translation: it carries what is there now. */
export async function translationConflict(
  tx: TransactionClient,
  localizationId: string,
  refused: RefusedChange = "save",
): Promise<ConflictError<TranslationFormValues>> {
  const current = await tx.localization.findUniqueOrThrow({ where: { id: localizationId }, select: translationSelect });
  return conflictWith("translation", refused, {
    lockVersion: current.lockVersion,
    lastEditedBy: current.lastEditedBy,
    updatedAt: current.updatedAt,
    current: formValuesOf(current),
  });
}
