import type { z } from "zod";
import { authorize } from "@/lib/auth/policy";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { revalidateAfterCommit } from "../changes/revalidate-after-commit";
import type { TransactionClient } from "@/lib/db";
import type { DocumentKind, Prisma } from "@/lib/db/generated/client";
import { auditActor, type Actor } from "../changes/actor";
import { parseInput, TAXONOMY_KINDS } from "../validation/input-fields";
import { saveEditionInputSchema, type SaveEditionInput } from "./document-input";
import { applyRelatedDocuments, applyTaxonomy, checkRelatedDocumentIds, checkTagIds, resolveBody, sameSet, searchTextOf } from "../editions/document-fields";
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
} from "../editions/pending-document-fields";
import { conflictFor, editionSubject, lockEdition, originalLocalization } from "../editions/edition-records";
import { calendarDateToDate, optionalCalendarDate } from "../time/office-time";
import { assertSlugAvailable, checkSlugChange } from "../validation/slug";
import { isUniqueViolation, transact } from "../db/transaction";
import { checkMediaReferences } from "@/lib/media/media-references";
import { PUBLICLY_VISIBLE } from "@/lib/workflow/workflow";
import { readStoredBody } from "../body/stored-body";
import { DomainError } from "@/lib/errors";

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
  let result: SaveEditionResult & { documentLive: boolean; documentChanged: boolean };
  try {
    result = await transact(async (tx) => {
      const edition = await lockEdition(tx, input.editionId);
      authorize(actor, "edition.edit", await editionSubject(tx, edition));
      if (edition.lockVersion !== input.lockVersion) throw await conflictFor(tx, edition.id);

      const document = await tx.document.findUniqueOrThrow({
        where: { id: edition.documentId },
        select: { id: true, kind: true, slug: true, firstPublishedAt: true, interviewee: true, outlet: true, sourceUrl: true },
      });
      const original = await originalLocalization(tx, edition.id);
      const previousBody = readStoredBody(original.body);
      const changed: string[] = [];

      // The text.
      const title = input.title ?? original.title;
      const summary = input.summary ?? original.summary;
      const body = resolveBody(input, previousBody) ?? previousBody;
      if (title !== original.title) changed.push("title");
      if (summary !== original.summary) changed.push("summary");
      if (!sameJson(body, previousBody)) changed.push("body");
      const textChanged = changed.length > 0;

      // The edition's settings. Change type and note mean something only on a correction.
      const editionData: Prisma.EditionUncheckedUpdateManyInput = {};
      const leadImageId = input.leadImageId === undefined ? edition.leadImageId : input.leadImageId;
      if (leadImageId !== edition.leadImageId) {
        editionData.leadImageId = leadImageId;
        changed.push("leadImageId");
      }
      if (changed.includes("body") || changed.includes("leadImageId")) await checkMediaReferences(tx, body, leadImageId);
      if (input.publicDate !== undefined && input.publicDate !== optionalCalendarDate(edition.publicDate)) {
        editionData.publicDate = input.publicDate === null ? null : calendarDateToDate(input.publicDate);
        changed.push("publicDate");
      }
      if (edition.number > 1) {
        const changeType = input.changeType ?? edition.changeType;
        const changeNote = changeType === "MINOR" ? null : input.changeNote === undefined ? edition.changeNote : input.changeNote;
        if (changeType !== edition.changeType) {
          editionData.changeType = changeType;
          changed.push("changeType");
        }
        if (changeNote !== edition.changeNote) {
          editionData.changeNote = changeNote;
          changed.push("changeNote");
        }
      }

      // The document's fields.
      const documentData: Prisma.DocumentUpdateInput = {};
      if (input.slug !== undefined && input.slug !== document.slug) {
        checkSlugChange(document, input.slug);
        await assertSlugAvailable(tx, input.slug, document.id);
        documentData.slug = input.slug;
        changed.push("slug");
      }
      // Tags, related documents and interview details: on a correction they wait on the edition for its publication.
      const deferred = await defersDocumentFields(tx, edition);
      let pendingData: Prisma.EditionUpdateManyMutationInput = {};
      if (deferred) {
        const pending = await savePendingDocumentFields(tx, edition, document, input, changed);
        if (pending !== undefined) pendingData = { pendingDocumentFields: pendingDocumentFieldsColumn(pending) };
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
      // Only what was written to the document itself can change a live page.
      const documentLive = documentChanged && (await tx.edition.count({ where: { documentId: document.id, state: { in: [...PUBLICLY_VISIBLE] } } })) > 0;

      const now = new Date();
      if (changed.length === 0) {
        return {
          documentId: document.id,
          editionId: edition.id,
          lockVersion: edition.lockVersion,
          slug: document.slug,
          revisionNumber: null,
          changed,
          documentLive,
          documentChanged,
        };
      }

      // The lock: only a save that started from the current version gets through.
      const claimed = await tx.edition.updateMany({
        where: { id: edition.id, lockVersion: input.lockVersion },
        data: { ...editionData, ...pendingData, lockVersion: { increment: 1 }, lastEditedById: actor.id, lastEditedAt: now },
      });
      if (claimed.count !== 1) throw await conflictFor(tx, edition.id);

      let revisionNumber: number | null = null;
      if (textChanged) {
        await tx.localization.update({
          where: { id: original.id },
          data: {
            title,
            summary,
            body,
            searchText: searchTextOf({ title, summary, body }),
            lastEditedById: actor.id,
            lastEditedAt: now,
            lockVersion: { increment: 1 },
          },
        });
        const last = await tx.revision.aggregate({ where: { localizationId: original.id }, _max: { number: true } });
        revisionNumber = (last._max.number ?? 0) + 1;
        await tx.revision.create({
          data: { localizationId: original.id, number: revisionNumber, title, summary, body, authorId: actor.id },
        });
      }
      await recordAuditEvent(tx, {
        actor: auditActor(actor),
        action: "edition.save",
        subjectType: "edition",
        subjectId: edition.id,
        data: { documentId: document.id, changed, revisionNumber },
      });
      return {
        documentId: document.id,
        editionId: edition.id,
        lockVersion: edition.lockVersion + 1,
        slug: (documentData.slug as string | undefined) ?? document.slug,
        revisionNumber,
        changed,
        documentLive,
        documentChanged,
      };
    });
  } catch (error) {
    if (isUniqueViolation(error, "slug")) {
      throw new DomainError("Another document took this address a moment ago; choose another.", "slug");
    }
    throw error;
  }
  // Whatever was written to a live document shows at once (a correction's document fields wait: see above).
  if (result.documentLive) revalidateAfterCommit(result.documentId);
  const { documentLive: _live, documentChanged: _changed, ...saved } = result;
  return saved;
}
