import type { z } from "zod";
import type { TransactionClient } from "@/lib/db";
import type { DocumentKind, Prisma } from "@/lib/db/generated/client";
import { auditActor, type Actor } from "@/lib/changes/actor";
import type { Body } from "@/lib/body/schema";
import { commitChange } from "@/lib/changes/commit-change";
import { parseInput, TAXONOMY_KINDS } from "@/lib/validation/input-fields";
import { saveEditionInputSchema, type SaveEditionInput } from "./document-input";
import { applyRelatedDocuments, applyTaxonomy, checkRelatedDocumentIds, checkTagIds, resolveBody, sameSet, searchTextOf } from "@/lib/editions/document-fields";
import {
  defersDocumentFields,
  INTERVIEW_FIELDS,
  liveDocumentFields,
  pendingBetween,
  pendingDocumentFieldsColumn,
  readPendingDocumentFields,
  withPending,
  type DocumentFieldValues,
  type PendingDocumentFields,
} from "@/lib/editions/pending-document-fields";
import { authorizeEdition, conflictFor, lockEdition, originalLocalization, type EditionRecord } from "@/lib/editions/edition-records";
import { calendarDateToDate, optionalCalendarDate } from "@/lib/time/office-time";
import { assertSlugAvailable, checkSlugChange } from "@/lib/validation/slug";
import { isUniqueViolation } from "@/lib/db/transaction";
import { checkMediaReferences } from "@/lib/media/media-references";
import { PUBLICLY_VISIBLE } from "@/lib/workflow/workflow";
import { readStoredBody } from "@/lib/body/stored-body";
import { DomainError, ensureUnchangedSince } from "@/lib/errors";

export interface SaveEditionResult {
  documentId: string;
  editionId: string;
  /** Send this with the next save. */
  lockVersion: number;
  slug: string;
  /** The revision this save made, or null when the text did not change. */
  revisionNumber: number | null;
  /** Names of the fields that changed ("title", "body", "taxonomy.countries"…); empty when nothing did. */
  changed: string[];
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

type SaveEditionFields = z.output<typeof saveEditionInputSchema>;

/**
 * A correction's changes to tags, related documents and interview details, checked as if applied and kept as the
 * edition's pending fields. Pushes the names of the fields this save changed onto `changed`; returns the pending
 * fields to store, or undefined when this save changes none of them.
 */
async function savePendingDocumentFields(
  tx: TransactionClient,
  edition: { id: string; documentId: string },
  document: { id: string; kind: DocumentKind },
  input: SaveEditionFields,
  changed: string[],
): Promise<PendingDocumentFields | null | undefined> {
  const live = await liveDocumentFields(tx, document.id);
  const row = await tx.edition.findUniqueOrThrow({ where: { id: edition.id }, select: { pendingDocumentFields: true } });
  const before = withPending(live, readPendingDocumentFields(row.pendingDocumentFields));
  const next: DocumentFieldValues = { ...before, taxonomy: { ...before.taxonomy } };
  const changedHere: string[] = [];

  if (document.kind === "INTERVIEW") {
    for (const field of INTERVIEW_FIELDS) {
      const value = input[field];
      if (value !== undefined && value !== before[field]) {
        next[field] = value;
        changedHere.push(field);
      }
    }
  }
  for (const kind of TAXONOMY_KINDS) {
    const ids = input.taxonomy?.[kind];
    if (ids === undefined || sameSet(ids, before.taxonomy[kind])) continue;
    await checkTagIds(tx, kind, ids);
    next.taxonomy[kind] = ids;
    changedHere.push(`taxonomy.${kind}`);
  }
  const related = input.relatedDocumentIds;
  if (related !== undefined && !sameSet(related, before.relatedDocumentIds)) {
    await checkRelatedDocumentIds(tx, document.id, related);
    next.relatedDocumentIds = related;
    changedHere.push("relatedDocumentIds");
  }
  if (changedHere.length === 0) return undefined;
  changed.push(...changedHere);
  return pendingBetween(live, next);
}

type OriginalText = Awaited<ReturnType<typeof originalLocalization>>;

/** The document's fields a save may change, as they stand. */
async function documentOfEdition(tx: TransactionClient, edition: EditionRecord) {
  return tx.document.findUniqueOrThrow({
    where: { id: edition.documentId },
    select: { id: true, kind: true, slug: true, firstPublishedAt: true, interviewee: true, outlet: true, sourceUrl: true },
  });
}

type DocumentForSave = Awaited<ReturnType<typeof documentOfEdition>>;

/** What one part of the form changes: the names of its changed fields (in the form's order) and what to write. */
interface Changes<T> {
  changed: string[];
  write: T;
}

/** The row locked and the person allowed to edit it; a save from an older version stops here, before anything is read. */
async function lockForSave(tx: TransactionClient, actor: Actor, input: SaveEditionFields): Promise<EditionRecord> {
  const edition = await lockEdition(tx, input.editionId);
  await authorizeEdition(tx, actor, "edition.edit", edition);
  await ensureUnchangedSince(input.lockVersion, edition.lockVersion, () => conflictFor(tx, edition.id));
  return edition;
}

/** The original's title, summary and body as they will stand. */
function textChanges(input: SaveEditionFields, original: OriginalText): Changes<{ title: string; summary: string; body: Body }> {
  const previousBody = readStoredBody(original.body);
  const text = {
    title: input.title ?? original.title,
    summary: input.summary ?? original.summary,
    body: resolveBody(input, previousBody) ?? previousBody,
  };
  const changed: string[] = [];
  if (text.title !== original.title) changed.push("title");
  if (text.summary !== original.summary) changed.push("summary");
  if (!sameJson(text.body, previousBody)) changed.push("body");
  return { changed, write: text };
}

/** The edition's settings: lead image, public date, and (meaningful only on a correction) change type and note. */
async function editionSettingChanges(
  tx: TransactionClient,
  edition: EditionRecord,
  input: SaveEditionFields,
  text: Changes<{ body: Body }>,
): Promise<Changes<Prisma.EditionUncheckedUpdateManyInput>> {
  const write: Prisma.EditionUncheckedUpdateManyInput = {};
  const changed: string[] = [];
  const leadImageId = input.leadImageId === undefined ? edition.leadImageId : input.leadImageId;
  if (leadImageId !== edition.leadImageId) {
    write.leadImageId = leadImageId;
    changed.push("leadImageId");
  }
  if (text.changed.includes("body") || changed.includes("leadImageId")) await checkMediaReferences(tx, text.write.body, leadImageId);
  if (input.publicDate !== undefined && input.publicDate !== optionalCalendarDate(edition.publicDate)) {
    write.publicDate = input.publicDate === null ? null : calendarDateToDate(input.publicDate);
    changed.push("publicDate");
  }
  if (edition.number > 1) {
    const changeType = input.changeType ?? edition.changeType;
    const changeNote = changeType === "MINOR" ? null : input.changeNote === undefined ? edition.changeNote : input.changeNote;
    if (changeType !== edition.changeType) {
      write.changeType = changeType;
      changed.push("changeType");
    }
    if (changeNote !== edition.changeNote) {
      write.changeNote = changeNote;
      changed.push("changeNote");
    }
  }
  return { changed, write };
}

interface DocumentFieldsSaved {
  /** The edition's pending fields to store (a correction's), if this save changed them. */
  pending: Prisma.EditionUpdateManyMutationInput;
  /** Something was written to the document itself, which a live page shows. */
  documentChanged: boolean;
}

/**
 * The document's slug, interview details, tags and related documents. Written to the document at once when no other
 * edition is live; on a correction, everything but the slug waits on the edition for its publication.
 */
async function saveDocumentFields(
  tx: TransactionClient,
  edition: EditionRecord,
  document: DocumentForSave,
  input: SaveEditionFields,
): Promise<Changes<DocumentFieldsSaved>> {
  const changed: string[] = [];
  const documentData: Prisma.DocumentUpdateInput = {};
  if (input.slug !== undefined && input.slug !== document.slug) {
    checkSlugChange(document, input.slug);
    await assertSlugAvailable(tx, input.slug, document.id);
    documentData.slug = input.slug;
    changed.push("slug");
  }
  const deferred = await defersDocumentFields(tx, edition);
  let pending: Prisma.EditionUpdateManyMutationInput = {};
  if (deferred) {
    const fields = await savePendingDocumentFields(tx, edition, document, input, changed);
    if (fields !== undefined) pending = { pendingDocumentFields: pendingDocumentFieldsColumn(fields) };
  } else if (document.kind === "INTERVIEW") {
    for (const field of INTERVIEW_FIELDS) {
      const value = input[field];
      if (value !== undefined && value !== document[field]) {
        documentData[field] = value;
        changed.push(field);
      }
    }
  }
  let documentChanged = Object.keys(documentData).length > 0;
  if (documentChanged) await tx.document.update({ where: { id: document.id }, data: documentData });
  if (!deferred) {
    const tagsChanged = await applyTaxonomy(tx, document.id, input.taxonomy);
    changed.push(...tagsChanged.map((kind) => `taxonomy.${kind}`));
    const relatedChanged = await applyRelatedDocuments(tx, document.id, input.relatedDocumentIds);
    if (relatedChanged) changed.push("relatedDocumentIds");
    documentChanged ||= tagsChanged.length > 0 || relatedChanged;
  }
  return { changed, write: { pending, documentChanged } };
}

/** The lock: only a save that started from the current version gets through. */
async function claimSave(
  tx: TransactionClient,
  edition: EditionRecord,
  input: SaveEditionFields,
  data: Prisma.EditionUncheckedUpdateManyInput,
  actor: Actor,
  now: Date,
): Promise<void> {
  const claimed = await tx.edition.updateMany({
    where: { id: edition.id, lockVersion: input.lockVersion },
    data: { ...data, lockVersion: { increment: 1 }, lastEditedById: actor.id, lastEditedAt: now },
  });
  if (claimed.count !== 1) throw await conflictFor(tx, edition.id);
}

/** The original's new text, and the revision that keeps it; the revision's number. */
async function writeRevision(
  tx: TransactionClient,
  original: OriginalText,
  text: { title: string; summary: string; body: Body },
  actor: Actor,
  now: Date,
): Promise<number> {
  await tx.localization.update({
    where: { id: original.id },
    data: { ...text, searchText: searchTextOf(text), lastEditedById: actor.id, lastEditedAt: now, lockVersion: { increment: 1 } },
  });
  const last = await tx.revision.aggregate({ where: { localizationId: original.id }, _max: { number: true } });
  const revisionNumber = (last._max.number ?? 0) + 1;
  await tx.revision.create({ data: { localizationId: original.id, number: revisionNumber, ...text, authorId: actor.id } });
  return revisionNumber;
}

async function hasLiveEdition(tx: TransactionClient, documentId: string): Promise<boolean> {
  return (await tx.edition.count({ where: { documentId, state: { in: [...PUBLICLY_VISIBLE] } } })) > 0;
}

/**
 * Saves the editing form of an edition: the original text (a new revision when it changed), the edition's public date
 * and change type/note, and the document's slug, interview details, tags and related documents.
 *
 * Optimistic locking: the save names the lockVersion the form was opened at; if someone saved since, nothing is
 * written and ConflictError carries their version so the person can merge by hand.
 *
 * Tags, related documents and interview details belong to the document. On a document never published they are
 * written to it at once; on a correction (another edition is live) they are kept on the edition as its pending
 * fields, checked as if applied, and written to the document when the edition is published, so the live page keeps
 * showing the live edition's until then. Setting them back to the live values leaves nothing pending.
 * @throws PermissionDeniedError, InputError, ConflictError<EditionText>, NotFoundError, DomainError (slug, body, tags)
 */
export async function saveEdition(actor: Actor, rawInput: SaveEditionInput): Promise<SaveEditionResult> {
  const input = parseInput(saveEditionInputSchema, rawInput);
  try {
    return await commitChange(async (tx) => {
      const edition = await lockForSave(tx, actor, input);
      const document = await documentOfEdition(tx, edition);
      const original = await originalLocalization(tx, edition.id);

      const text = textChanges(input, original);
      const settings = await editionSettingChanges(tx, edition, input, text);
      const fields = await saveDocumentFields(tx, edition, document, input);
      const changed = [...text.changed, ...settings.changed, ...fields.changed];
      // Only what was written to the document itself can change a live page (a correction's document fields wait).
      const revalidate = fields.write.documentChanged && (await hasLiveEdition(tx, document.id)) ? [document.id] : [];
      const saved = { documentId: document.id, editionId: edition.id, changed };
      if (changed.length === 0) {
        return { result: { ...saved, lockVersion: edition.lockVersion, slug: document.slug, revisionNumber: null }, audit: null, revalidate };
      }

      const now = new Date();
      await claimSave(tx, edition, input, { ...settings.write, ...fields.write.pending }, actor, now);
      const revisionNumber = text.changed.length > 0 ? await writeRevision(tx, original, text.write, actor, now) : null;
      return {
        result: { ...saved, lockVersion: edition.lockVersion + 1, slug: input.slug ?? document.slug, revisionNumber },
        audit: {
          actor: auditActor(actor),
          action: "edition.save",
          subjectType: "edition",
          subjectId: edition.id,
          data: { documentId: document.id, changed, revisionNumber },
        },
        revalidate,
      };
    });
  } catch (error) {
    if (isUniqueViolation(error, "slug")) {
      throw new DomainError("Another document took this address a moment ago; choose another.", "slug");
    }
    throw error;
  }
}
