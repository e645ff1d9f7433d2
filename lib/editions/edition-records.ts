// Loading and locking editions, for the editorial verbs (lib/editorial) and the services that act on an edition.
import type { TransactionClient } from "@/lib/db";
import type { EditionState, Prisma } from "@/lib/db/generated/client";
import type { EditionSubject } from "@/lib/auth/policy";
import type { Body } from "../body/schema";
import { serializeBody } from "../body/serialize";
import type { TaxonomyKind } from "../validation/input-fields";
import { documentFieldsForEdition } from "./pending-document-fields";
import { IN_PROGRESS, type Check } from "@/lib/workflow/workflow";
import { readStoredBody } from "../body/stored-body";
import { ConflictError, DomainError, NotFoundError } from "@/lib/errors";
import { optionalCalendarDate } from "../time/office-time";

export const editionSelect = {
  id: true,
  documentId: true,
  number: true,
  state: true,
  publicDate: true,
  scheduledAt: true,
  publishedAt: true,
  withdrawnAt: true,
  withdrawalReason: true,
  changeType: true,
  changeNote: true,
  rejectionComment: true,
  lockVersion: true,
  createdById: true,
  lastEditedById: true,
  submittedById: true,
  leadImageId: true,
  updatedAt: true,
  document: {
    select: { id: true, kind: true, slug: true, originalLocale: true, firstPublishedAt: true },
  },
} as const satisfies Prisma.EditionSelect;

export type EditionRecord = Prisma.EditionGetPayload<{ select: typeof editionSelect }>;

/** What every verb returns: enough for the page to redirect and to refresh its buttons. */
export interface EditionResult {
  documentId: string;
  editionId: string;
  number: number;
  state: EditionState;
  lockVersion: number;
  slug: string;
}

export function editionResult(edition: EditionRecord, changes: Partial<Pick<EditionResult, "state" | "lockVersion">> = {}): EditionResult {
  return {
    documentId: edition.documentId,
    editionId: edition.id,
    number: edition.number,
    state: changes.state ?? edition.state,
    lockVersion: changes.lockVersion ?? edition.lockVersion,
    slug: edition.document.slug,
  };
}

/**
 * Locks the edition's row until the transaction ends and reads it. Two verbs on one edition run one after the other,
 * and the second sees what the first did. Lock order everywhere: edition, then document.
 */
export async function lockEdition(tx: TransactionClient, editionId: string): Promise<EditionRecord> {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Edition" WHERE "id" = ${editionId} FOR UPDATE`;
  if (rows.length === 0) throw new NotFoundError("This edition does not exist (it may have been deleted).");
  return tx.edition.findUniqueOrThrow({ where: { id: editionId }, select: editionSelect });
}

export async function lockDocument(tx: TransactionClient, documentId: string): Promise<void> {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Document" WHERE "id" = ${documentId} FOR UPDATE`;
  if (rows.length === 0) throw new NotFoundError("This document does not exist (it may have been deleted).");
}

export async function hasOtherEditionInProgress(tx: TransactionClient, edition: Pick<EditionRecord, "id" | "documentId">): Promise<boolean> {
  const count = await tx.edition.count({
    where: { documentId: edition.documentId, id: { not: edition.id }, state: { in: [...IN_PROGRESS] } },
  });
  return count > 0;
}

/** The edition as the policy sees it. */
export async function editionSubject(tx: TransactionClient, edition: EditionRecord): Promise<EditionSubject> {
  return {
    type: "edition",
    state: edition.state,
    createdById: edition.createdById,
    lastEditedById: edition.lastEditedById,
    hasEditionInProgress: await hasOtherEditionInProgress(tx, edition),
    // Only when true: the flag is absent on every edition that is not under embargo.
    ...(edition.state === "SCHEDULED" && (await tx.embargo.count({ where: { editionId: edition.id } })) > 0 ? { embargoed: true } : {}),
  };
}

export async function originalLocalization(tx: TransactionClient, editionId: string) {
  const localization = await tx.localization.findFirst({ where: { editionId, isOriginal: true } });
  if (!localization) throw new NotFoundError("This edition has no original text.");
  return localization;
}

/** The edition's text and settings in the shape the editing form sends. */
export interface EditionText {
  title: string;
  summary: string;
  body: Body;
  /** The body in the press office's text convention, for the text-mode editor. */
  bodyText: string;
  publicDate: string | null;
  changeType: "MAJOR" | "MINOR";
  changeNote: string | null;
  /** The document's fields as they stand for this edition: on a correction, its pending changes over the live values. */
  interviewee: string | null;
  outlet: string | null;
  sourceUrl: string | null;
  taxonomy: Record<TaxonomyKind, string[]>;
  relatedDocumentIds: string[];
}

/** The refusal for a save or a move that started from an older version: it carries what is there now. */
export async function conflictFor(tx: TransactionClient, editionId: string, message?: string): Promise<ConflictError<EditionText>> {
  const edition = await tx.edition.findUniqueOrThrow({
    where: { id: editionId },
    select: {
      id: true,
      documentId: true,
      lockVersion: true,
      updatedAt: true,
      publicDate: true,
      changeType: true,
      changeNote: true,
      lastEditedBy: { select: { id: true, name: true, email: true } },
    },
  });
  const original = await originalLocalization(tx, editionId);
  const body = readStoredBody(original.body);
  const documentFields = await documentFieldsForEdition(tx, edition);
  return new ConflictError<EditionText>(
    {
      lockVersion: edition.lockVersion,
      lastEditedBy: edition.lastEditedBy,
      updatedAt: edition.updatedAt,
      current: {
        title: original.title,
        summary: original.summary,
        body,
        bodyText: serializeBody(body),
        publicDate: optionalCalendarDate(edition.publicDate),
        changeType: edition.changeType,
        changeNote: edition.changeNote,
        ...documentFields,
      },
    },
    message,
  );
}

/** Moves may name the version the person looked at; if it changed since, they decide again on what is there now. */
export async function ensureLockVersion(tx: TransactionClient, edition: EditionRecord, lockVersion: number | undefined): Promise<void> {
  if (lockVersion === undefined || lockVersion === edition.lockVersion) return;
  throw await conflictFor(
    tx,
    edition.id,
    "This edition was changed after you opened it. Look at the current version before deciding again.",
  );
}

/** What must be true before an edition goes to review or to readers. */
export async function checkPublishable(tx: TransactionClient, edition: EditionRecord): Promise<Check> {
  const original = await originalLocalization(tx, edition.id);
  if (!original.title.trim()) return { ok: false, reason: "An edition without a title cannot go out." };
  if (readStoredBody(original.body).length === 0) return { ok: false, reason: "An edition with an empty body cannot go out." };
  return checkChangeNote(edition);
}

export async function ensurePublishable(tx: TransactionClient, edition: EditionRecord): Promise<void> {
  const check = await checkPublishable(tx, edition);
  if (!check.ok) throw new DomainError(check.reason, /change note/i.test(check.reason) ? "changeNote" : undefined);
}

/**
 * A correction (any edition after the first) that is a major change tells readers what changed; a minor change
 * (a typo) does not and carries no note. The first edition has nothing to note.
 */
export function checkChangeNote(edition: { number: number; changeType: "MAJOR" | "MINOR"; changeNote: string | null }): Check {
  if (edition.number > 1 && edition.changeType === "MAJOR" && !edition.changeNote?.trim()) {
    return { ok: false, reason: "A major change needs a change note for readers (or mark it as a minor change)." };
  }
  return { ok: true };
}

