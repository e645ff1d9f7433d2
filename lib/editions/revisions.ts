import "server-only";
import { authorize, type EditionSubject, type TranslationSubject } from "@/lib/auth/policy";
import type { TransactionClient } from "@/lib/db";
import type { Body } from "@/lib/body/schema";
import { type Actor } from "@/lib/changes/actor";
import { editionSubject } from "./edition-records";
import { diffRevisionTexts, type RevisionDiff } from "./revision-diff";
import { transact } from "@/lib/db/transaction";
import { readStoredBody } from "@/lib/body/stored-body";
import { DomainError, NotFoundError } from "@/lib/errors";

export interface RevisionAuthor {
  id: string;
  name: string;
  email: string;
}

export interface RevisionSummary {
  id: string;
  number: number;
  createdAt: Date;
  author: RevisionAuthor | null;
  /** "Restored from revision 3", "Copied from edition 1"… */
  note: string | null;
  /** Readers see this revision of a translation. */
  published: boolean;
}

export interface RevisionList {
  documentId: string;
  editionId: string;
  editionNumber: number;
  localizationId: string;
  locale: string;
  isOriginal: boolean;
  /** Newest first. */
  revisions: RevisionSummary[];
}

export interface RevisionSnapshot extends RevisionSummary {
  title: string;
  summary: string;
  body: Body;
  sourceHashes: Record<string, string>;
  documentId: string;
  editionId: string;
  editionNumber: number;
  localizationId: string;
  locale: string;
}

export interface RevisionComparison {
  from: RevisionSnapshot;
  to: RevisionSnapshot;
  diff: RevisionDiff;
}

const authorSelect = { select: { id: true, name: true, email: true } } as const;

interface LocalizationForAccess {
  id: string;
  locale: string;
  isOriginal: boolean;
  translationState: TranslationSubject["state"] | null;
  edition: {
    id: string;
    documentId: string;
    number: number;
    state: EditionSubject["state"];
    createdById: string | null;
    lastEditedById: string | null;
    document: { originalLocale: string };
  };
}

const localizationForAccess = {
  id: true,
  locale: true,
  isOriginal: true,
  translationState: true,
  publishedRevisionId: true,
  edition: {
    select: {
      id: true,
      documentId: true,
      number: true,
      state: true,
      createdById: true,
      lastEditedById: true,
      document: { select: { originalLocale: true } },
    },
  },
} as const;

/** Seeing the history of a text needs the right to see the text: the edition, or that translation. */
async function authorizeView(tx: TransactionClient, actor: Actor, localization: LocalizationForAccess): Promise<void> {
  const { edition } = localization;
  if (localization.isOriginal) {
    authorize(actor, "edition.view", await editionSubject(tx, edition));
  } else {
    authorize(actor, "translation.view", {
      type: "translation",
      locale: localization.locale,
      originalLocale: edition.document.originalLocale,
      state: localization.translationState ?? "NOT_STARTED",
      editionState: edition.state,
    });
  }
}

/**
 * The revisions of one text of an edition: the original by default, or the translation into `locale`.
 * @throws PermissionDeniedError, NotFoundError
 */
export async function listRevisions(actor: Actor, input: { editionId: string; locale?: string }): Promise<RevisionList> {
  return transact(async (tx) => {
    const localization = await tx.localization.findFirst({
      where: { editionId: input.editionId, ...(input.locale ? { locale: input.locale } : { isOriginal: true }) },
      select: localizationForAccess,
    });
    if (!localization) throw new NotFoundError("This edition has no text in that language.");
    await authorizeView(tx, actor, localization);
    const revisions = await tx.revision.findMany({
      where: { localizationId: localization.id },
      orderBy: { number: "desc" },
      select: { id: true, number: true, createdAt: true, note: true, author: authorSelect },
    });
    return {
      documentId: localization.edition.documentId,
      editionId: localization.edition.id,
      editionNumber: localization.edition.number,
      localizationId: localization.id,
      locale: localization.locale,
      isOriginal: localization.isOriginal,
      revisions: revisions.map((revision) => ({ ...revision, published: revision.id === localization.publishedRevisionId })),
    };
  });
}

async function loadRevision(tx: TransactionClient, actor: Actor, revisionId: string): Promise<RevisionSnapshot> {
  const revision = await tx.revision.findUnique({
    where: { id: revisionId },
    include: { author: authorSelect, localization: { select: localizationForAccess } },
  });
  if (!revision) throw new NotFoundError("This revision does not exist.");
  const { localization } = revision;
  await authorizeView(tx, actor, localization);
  return {
    id: revision.id,
    number: revision.number,
    createdAt: revision.createdAt,
    author: revision.author,
    note: revision.note,
    published: revision.id === localization.publishedRevisionId,
    title: revision.title,
    summary: revision.summary,
    body: readStoredBody(revision.body),
    sourceHashes: (revision.sourceHashes ?? {}) as Record<string, string>,
    documentId: localization.edition.documentId,
    editionId: localization.edition.id,
    editionNumber: localization.edition.number,
    localizationId: localization.id,
    locale: localization.locale,
  };
}

/** @throws PermissionDeniedError, NotFoundError */
export async function getRevision(actor: Actor, revisionId: string): Promise<RevisionSnapshot> {
  return transact((tx) => loadRevision(tx, actor, revisionId));
}

/**
 * What changed from one revision to another (any two of the same document, across editions too): title, summary,
 * and the body block by block with the changed words marked.
 * @throws PermissionDeniedError, NotFoundError, DomainError (revisions of different documents)
 */
export async function compareRevisions(actor: Actor, input: { fromRevisionId: string; toRevisionId: string }): Promise<RevisionComparison> {
  return transact(async (tx) => {
    const from = await loadRevision(tx, actor, input.fromRevisionId);
    const to = await loadRevision(tx, actor, input.toRevisionId);
    if (from.documentId !== to.documentId) throw new DomainError("These revisions belong to different documents.");
    return { from, to, diff: diffRevisionTexts(from, to) };
  });
}
