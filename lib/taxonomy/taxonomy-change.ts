// What every taxonomy change shares: editors only, one transaction, an audit entry, and fresh public pages for the
// documents that show the entry.
import { authorize } from "@/lib/auth/policy";
import { commitChange } from "@/lib/changes/commit-change";
import type { TransactionClient } from "@/lib/db";
import type { Prisma } from "@/lib/db/generated/client";
import { auditActor, type Actor } from "@/lib/changes/actor";
import { isUniqueViolation } from "@/lib/db/transaction";
import { DomainError } from "@/lib/errors";

export type TaxonomyEntity = "country" | "person" | "organisation" | "topic" | "event";

export const ENTITY_NAMES: Record<TaxonomyEntity, string> = {
  country: "country",
  person: "person",
  organisation: "organisation",
  topic: "topic",
  event: "event",
};

export interface TaxonomyChangeResult {
  id: string;
}

interface Change {
  entity: TaxonomyEntity;
  verb: "create" | "update" | "delete";
  /** Does the work; returns the entry's id and the documents that show it (their public pages are revalidated). */
  run: (tx: TransactionClient) => Promise<{ id: string; documentIds: string[]; data?: Prisma.InputJsonValue }>;
  /** The field a unique index guards (code or slug), with the message for a clash. */
  unique?: { field: string; message: string };
}

export async function changeTaxonomy(actor: Actor, change: Change): Promise<TaxonomyChangeResult> {
  authorize(actor, "taxonomy.manage");
  try {
    return await commitChange(async (tx) => {
      const done = await change.run(tx);
      return {
        result: { id: done.id },
        audit: { actor: auditActor(actor), action: `taxonomy.${change.verb}`, subjectType: change.entity, subjectId: done.id, data: done.data },
        revalidate: done.documentIds,
      };
    });
  } catch (error) {
    if (change.unique && isUniqueViolation(error, change.unique.field)) throw new DomainError(change.unique.message, change.unique.field);
    throw error;
  }
}

/** The part of a join table between documents and entries (tx.documentCountry, …) these helpers use. */
interface DocumentLinkTable {
  findMany(args: { where: Record<string, string>; select: { documentId: true } }): Promise<Array<{ documentId: string }>>;
  count(args: { where: Record<string, string> }): Promise<number>;
}

/** Each kind of entry's join table with documents, and the column that names the entry there. */
const DOCUMENT_LINKS: Record<TaxonomyEntity, { table: (tx: TransactionClient) => DocumentLinkTable; column: string }> = {
  country: { table: (tx) => tx.documentCountry, column: "countryId" },
  person: { table: (tx) => tx.documentPerson, column: "personId" },
  organisation: { table: (tx) => tx.documentOrganisation, column: "organisationId" },
  topic: { table: (tx) => tx.documentTopic, column: "topicId" },
  event: { table: (tx) => tx.documentEvent, column: "eventId" },
};

/** The documents an entry is attached to: their public pages show it. */
export async function documentsShowing(tx: TransactionClient, entity: TaxonomyEntity, id: string): Promise<string[]> {
  const links = DOCUMENT_LINKS[entity];
  const rows = await links.table(tx).findMany({ where: { [links.column]: id }, select: { documentId: true } });
  return rows.map((row) => row.documentId);
}

/** Nothing readers see loses a tag silently: an entry in use is taken off its documents first. */
export async function refuseDeletionInUse(tx: TransactionClient, entity: TaxonomyEntity, id: string): Promise<void> {
  const links = DOCUMENT_LINKS[entity];
  const documentCount = await links.table(tx).count({ where: { [links.column]: id } });
  if (documentCount > 0) {
    throw new DomainError(
      `This ${ENTITY_NAMES[entity]} is attached to ${documentCount} document${documentCount === 1 ? "" : "s"}; remove it from ${documentCount === 1 ? "it" : "them"} first.`,
    );
  }
}

export function notFound(entity: TaxonomyEntity): DomainError {
  return new DomainError(`This ${ENTITY_NAMES[entity]} does not exist (it may have been deleted).`);
}
