// A correction's changes to the document's own fields (tags, related documents, interview details). The document
// holds one set of them, the one readers see; a correction keeps its changes on its edition until it is published
// (DESIGN.md: the live edition stays until the new one is published), and publishing writes them to the document.
import { z } from "zod";
import type { TransactionClient } from "@/lib/db";
import { Prisma } from "@/lib/db/generated/client";
import { TAXONOMY_KINDS, httpUrlSchema, type TaxonomyKind } from "@/lib/validation/input-fields";
import { currentRelatedDocuments, currentTags, replaceRelatedDocuments, replaceTags, sameSet, unknownTagIds } from "./document-fields";
import { PUBLICLY_VISIBLE } from "@/lib/workflow/workflow";

const storedIds = z.array(z.string().min(1).max(64));

/**
 * What Edition.pendingDocumentFields holds: only the fields the correction changes. A field left out is as it is
 * live; `null` for an interview detail means the correction clears it. Read back through this schema, so a value
 * written by anything else is caught instead of reaching the document.
 */
export const pendingDocumentFieldsSchema = z.strictObject({
  taxonomy: z
    .strictObject({
      people: storedIds.optional(),
      countries: storedIds.optional(),
      organisations: storedIds.optional(),
      topics: storedIds.optional(),
      events: storedIds.optional(),
    })
    .optional(),
  relatedDocumentIds: storedIds.optional(),
  interviewee: z.string().nullable().optional(),
  outlet: z.string().nullable().optional(),
  sourceUrl: httpUrlSchema.nullable().optional(),
});
export type PendingDocumentFields = z.output<typeof pendingDocumentFieldsSchema>;

/** The document's own fields, in the shape the editing form sends them. */
export interface DocumentFieldValues {
  interviewee: string | null;
  outlet: string | null;
  sourceUrl: string | null;
  taxonomy: Record<TaxonomyKind, string[]>;
  relatedDocumentIds: string[];
}

export const INTERVIEW_FIELDS = ["interviewee", "outlet", "sourceUrl"] as const;

/** @throws Error when the stored value is not valid: only saveEdition writes it, so that is a bug. */
export function readPendingDocumentFields(value: Prisma.JsonValue | null): PendingDocumentFields | null {
  if (value === null) return null;
  const result = pendingDocumentFieldsSchema.safeParse(value);
  if (!result.success) {
    throw new Error(`Stored pending document fields are not valid: ${result.error.issues[0]?.message ?? "unknown problem"}`);
  }
  return result.data;
}

/** For writing Edition.pendingDocumentFields: null (nothing pending) is SQL NULL. */
export function pendingDocumentFieldsColumn(pending: PendingDocumentFields | null): Prisma.InputJsonValue | typeof Prisma.DbNull {
  return pending === null ? Prisma.DbNull : (pending as Prisma.InputJsonObject);
}

/** The live values with the correction's changes over them: what readers will see once it is published. */
export function withPending(live: DocumentFieldValues, pending: PendingDocumentFields | null): DocumentFieldValues {
  if (!pending) return live;
  const taxonomy = { ...live.taxonomy };
  for (const kind of TAXONOMY_KINDS) {
    const ids = pending.taxonomy?.[kind];
    if (ids !== undefined) taxonomy[kind] = ids;
  }
  return {
    interviewee: pending.interviewee !== undefined ? pending.interviewee : live.interviewee,
    outlet: pending.outlet !== undefined ? pending.outlet : live.outlet,
    sourceUrl: pending.sourceUrl !== undefined ? pending.sourceUrl : live.sourceUrl,
    taxonomy,
    relatedDocumentIds: pending.relatedDocumentIds ?? live.relatedDocumentIds,
  };
}

/** The pending record that takes `live` to `next`: the fields that differ, or null when none does. */
export function pendingBetween(live: DocumentFieldValues, next: DocumentFieldValues): PendingDocumentFields | null {
  const pending: PendingDocumentFields = {};
  const taxonomy: NonNullable<PendingDocumentFields["taxonomy"]> = {};
  for (const kind of TAXONOMY_KINDS) {
    if (!sameSet(next.taxonomy[kind], live.taxonomy[kind])) taxonomy[kind] = next.taxonomy[kind];
  }
  if (Object.keys(taxonomy).length > 0) pending.taxonomy = taxonomy;
  if (!sameSet(next.relatedDocumentIds, live.relatedDocumentIds)) pending.relatedDocumentIds = next.relatedDocumentIds;
  for (const field of INTERVIEW_FIELDS) {
    if (next[field] !== live[field]) pending[field] = next[field];
  }
  return Object.keys(pending).length > 0 ? pending : null;
}

/** The names saveEdition reports for these fields ("taxonomy.countries", "relatedDocumentIds", "outlet"…). */
export function pendingFieldNames(pending: PendingDocumentFields | null): string[] {
  if (!pending) return [];
  return [
    ...TAXONOMY_KINDS.filter((kind) => pending.taxonomy?.[kind] !== undefined).map((kind) => `taxonomy.${kind}`),
    ...(pending.relatedDocumentIds !== undefined ? ["relatedDocumentIds"] : []),
    ...INTERVIEW_FIELDS.filter((field) => pending[field] !== undefined),
  ];
}

/** The document's fields as readers see them now. */
export async function liveDocumentFields(tx: TransactionClient, documentId: string): Promise<DocumentFieldValues> {
  const document = await tx.document.findUniqueOrThrow({ where: { id: documentId }, select: { interviewee: true, outlet: true, sourceUrl: true } });
  return { ...document, taxonomy: await currentTags(tx, documentId), relatedDocumentIds: await currentRelatedDocuments(tx, documentId) };
}

/**
 * Whether changes to the document's fields made on this edition wait for it to be published: they do while another
 * edition of the document is live (published or withdrawn). On a document never published they apply at once.
 */
export async function defersDocumentFields(tx: TransactionClient, edition: { id: string; documentId: string }): Promise<boolean> {
  const live = await tx.edition.count({
    where: { documentId: edition.documentId, id: { not: edition.id }, state: { in: [...PUBLICLY_VISIBLE] } },
  });
  return live > 0;
}

/** The document's fields as they stand for this edition: on a correction, the live values with its changes over them. */
export async function documentFieldsForEdition(tx: TransactionClient, edition: { id: string; documentId: string }): Promise<DocumentFieldValues> {
  const live = await liveDocumentFields(tx, edition.documentId);
  const row = await tx.edition.findUniqueOrThrow({ where: { id: edition.id }, select: { pendingDocumentFields: true } });
  return withPending(live, readPendingDocumentFields(row.pendingDocumentFields));
}

/**
 * In the transaction that publishes the edition (edition and document rows locked): writes its pending fields to
 * the document and clears them. Tags and related documents deleted since they were chosen are left out, as they
 * would have left the document had they been on it. Returns the names of the fields written.
 */
export async function applyPendingDocumentFields(tx: TransactionClient, edition: { id: string; documentId: string }): Promise<string[]> {
  const row = await tx.edition.findUniqueOrThrow({ where: { id: edition.id }, select: { pendingDocumentFields: true } });
  const pending = readPendingDocumentFields(row.pendingDocumentFields);
  if (!pending) return [];
  const documentId = edition.documentId;

  for (const kind of TAXONOMY_KINDS) {
    const ids = pending.taxonomy?.[kind];
    if (ids === undefined) continue;
    const gone = new Set(await unknownTagIds(tx, kind, ids));
    await replaceTags(tx, documentId, kind, ids.filter((id) => !gone.has(id)));
  }
  if (pending.relatedDocumentIds !== undefined) {
    const ids = pending.relatedDocumentIds.filter((id) => id !== documentId);
    const existing = new Set((await tx.document.findMany({ where: { id: { in: ids } }, select: { id: true } })).map((document) => document.id));
    await replaceRelatedDocuments(tx, documentId, ids.filter((id) => existing.has(id)));
  }
  const interview: Prisma.DocumentUpdateInput = {};
  for (const field of INTERVIEW_FIELDS) {
    const value = pending[field];
    if (value !== undefined) interview[field] = value;
  }
  if (Object.keys(interview).length > 0) await tx.document.update({ where: { id: documentId }, data: interview });

  await tx.edition.update({ where: { id: edition.id }, data: { pendingDocumentFields: Prisma.DbNull } });
  return pendingFieldNames(pending);
}
