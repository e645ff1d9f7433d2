// Loading, locking and deciding on editions: for the editorial verbs (lib/editorial) and the services that act on an edition.
import type { PrismaClient, TransactionClient } from "@/lib/db";
import type { EditionState, Prisma } from "@/lib/db/generated/client";
import { authorize, type EditionAction, type EditionSubject } from "@/lib/auth/policy";
import type { Actor } from "@/lib/changes/actor";
import type { Body } from "@/lib/body/schema";
import { serializeBody } from "@/lib/body/serialize";
import type { TaxonomyKind } from "@/lib/validation/input-fields";
import { documentFieldsForEdition } from "./pending-document-fields";
import { IN_PROGRESS, isIn, PUBLICLY_VISIBLE, type Check } from "@/lib/workflow/workflow";
import { readStoredBody } from "@/lib/body/stored-body";
import { conflictWith, DomainError, ensureUnchangedSince, NotFoundError, type ConflictError, type RefusedChange } from "@/lib/errors";
import { optionalCalendarDate } from "@/lib/time/office-time";

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

/** What the policy's edition subject is made from: any edition row with these columns. */
export type EditionSubjectSource = Pick<EditionRecord, "id" | "documentId" | "state" | "createdById" | "lastEditedById">;

/**
 * The edition as the policy sees it: the one place "another edition in progress" and "under embargo" are worked out.
 * Inside a service's transaction (with the row locked) or outside one (the action wrapper's permission, a page's
 * buttons): the same question, the same answer.
 */
export async function editionSubject(client: PrismaClient | TransactionClient, edition: EditionSubjectSource): Promise<EditionSubject> {
  // Counted over every edition of the document, not only those a viewer sees: the policy's question is about the document.
  const others = await client.edition.count({
    where: { documentId: edition.documentId, id: { not: edition.id }, state: { in: [...IN_PROGRESS] } },
  });
  const embargoed = edition.state === "SCHEDULED" && (await client.embargo.count({ where: { editionId: edition.id } })) > 0;
  return {
    type: "edition",
    state: edition.state,
    createdById: edition.createdById,
    lastEditedById: edition.lastEditedById,
    hasEditionInProgress: others > 0,
    // Only when true: the flag is absent on every edition that is not under embargo.
    ...(embargoed ? { embargoed: true } : {}),
  };
}

/** The edition `edition.correct` is asked about, from a document's editions newest first: the live one, else the latest. */
export function editionToCorrect<E extends { state: EditionState }>(editionsNewestFirst: readonly E[]): E | undefined {
  return editionsNewestFirst.find((edition) => isIn(PUBLICLY_VISIBLE, edition.state)) ?? editionsNewestFirst[0];
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
export async function conflictFor(tx: TransactionClient, editionId: string, refused: RefusedChange = "save"): Promise<ConflictError<EditionText>> {
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
  return conflictWith<EditionText>("edition", refused, {
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
  });
}

/** Moves may name the version the person looked at; if it changed since, they decide again on what is there now. */
export async function ensureLockVersion(tx: TransactionClient, edition: EditionRecord, lockVersion: number | undefined): Promise<void> {
  await ensureUnchangedSince(lockVersion, edition.lockVersion, () => conflictFor(tx, edition.id, "decision"));
}

/**
 * Asks the policy once, inside the transaction, about the edition as it is now. The rule holds the workflow's
 * preconditions too (the move exists from this state; only drafts are deleted), so the verb does not check them again.
 * @throws PermissionDeniedError
 */
export async function authorizeEdition(tx: TransactionClient, actor: Actor, permission: EditionAction, edition: EditionRecord): Promise<void> {
  authorize(actor, permission, await editionSubject(tx, edition));
}

/**
 * How a verb on one edition begins: the row locked, the policy asked, and the version the person decided on still the
 * current one. @throws NotFoundError, PermissionDeniedError, ConflictError
 */
export async function lockEditionFor(
  tx: TransactionClient,
  actor: Actor,
  permission: EditionAction,
  target: { editionId: string; lockVersion?: number },
): Promise<EditionRecord> {
  const edition = await lockEdition(tx, target.editionId);
  await authorizeEdition(tx, actor, permission, edition);
  await ensureLockVersion(tx, edition, target.lockVersion);
  return edition;
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

