import { authorize } from "@/lib/auth/policy";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { revalidateAfterCommit } from "./revalidate-after-commit";
import type { Prisma } from "@/lib/db/generated/client";
import { auditActor, DomainError, type Actor } from "./actor";
import { parseInput, saveEditionInputSchema, type SaveEditionInput } from "./document-input";
import { applyRelatedDocuments, applyTaxonomy, resolveBody, searchTextOf } from "./document-fields";
import { conflictFor, editionSubject, lockEdition, originalLocalization, readBody } from "./edition-records";
import { calendarDateToDate, dateToCalendarDate } from "./office-time";
import { assertSlugAvailable, checkSlugChange } from "./slug";
import { isUniqueViolation, transact } from "./transaction";
import { PUBLICLY_VISIBLE } from "./workflow";

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

/**
 * Saves the editing form of an edition: the original text (a new revision when it changed), the edition's public date
 * and change type/note, and the document's slug, interview details, tags and related documents.
 *
 * Optimistic locking: the save names the lockVersion the form was opened at; if someone saved since, nothing is
 * written and ConflictError carries their version so the person can merge by hand.
 *
 * Tags, related documents and interview details belong to the document, so on a correction they show on the live
 * page as soon as they are saved (the schema keeps them per document, not per edition).
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
      const previousBody = readBody(original.body);
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
      const editionData: Prisma.EditionUpdateManyMutationInput = {};
      if (input.publicDate !== undefined && input.publicDate !== dateToCalendarDate(edition.publicDate)) {
        editionData.publicDate = calendarDateToDate(input.publicDate);
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
      if (document.kind === "INTERVIEW") {
        for (const field of ["interviewee", "outlet", "sourceUrl"] as const) {
          const value = input[field];
          if (value !== undefined && value !== document[field]) {
            documentData[field] = value;
            changed.push(field);
          }
        }
      }
      if (Object.keys(documentData).length > 0) {
        await tx.document.update({ where: { id: document.id }, data: documentData });
      }
      const tagsChanged = await applyTaxonomy(tx, document.id, input.taxonomy);
      changed.push(...tagsChanged.map((kind) => `taxonomy.${kind}`));
      if (await applyRelatedDocuments(tx, document.id, input.relatedDocumentIds)) changed.push("relatedDocumentIds");

      const documentChanged = changed.some((field) => !["title", "summary", "body", "publicDate", "changeType", "changeNote"].includes(field));
      const documentLive = documentChanged && (await tx.edition.count({ where: { documentId: document.id, state: { in: [...PUBLICLY_VISIBLE] } } })) > 0;

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
        data: { ...editionData, lockVersion: { increment: 1 }, lastEditedById: actor.id },
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
  // Tags and interview details show on the live page at once.
  if (result.documentLive) revalidateAfterCommit(result.documentId);
  const { documentLive: _live, documentChanged: _changed, ...saved } = result;
  return saved;
}
