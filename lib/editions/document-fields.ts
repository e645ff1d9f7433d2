// Writing the parts of a document the editing form covers besides the text: tags, related documents, search text.
import type { TransactionClient } from "@/lib/db";
import { BodyTextError, parseBody } from "@/lib/body/parse";
import { bodyToPlainText } from "@/lib/body/plain-text";
import type { Body } from "@/lib/body/schema";
import { TAXONOMY_KINDS, type TaxonomyInput, type TaxonomyKind } from "@/lib/validation/input-fields";
import { DomainError } from "@/lib/errors";

/** Plain text of title, summary and body, kept on the localization for search. */
export function searchTextOf(text: { title: string; summary: string; body: Body }): string {
  return [text.title, text.summary, bodyToPlainText(text.body)].filter(Boolean).join("\n");
}

/** The body from the form: blocks as sent, or text parsed so that unchanged blocks keep their ids. */
export function resolveBody(input: { body?: Body; bodyText?: string }, previous: Body): Body | undefined {
  if (input.body !== undefined) return input.body;
  if (input.bodyText === undefined) return undefined;
  try {
    return parseBody(input.bodyText, { previous });
  } catch (error) {
    if (error instanceof BodyTextError) throw new DomainError(error.problems.join(" "), "body");
    throw error;
  }
}

const TAG_NAMES: Record<TaxonomyKind, string> = {
  people: "person",
  countries: "country",
  organisations: "organisation",
  topics: "topic",
  events: "event",
};

async function existingIds(tx: TransactionClient, kind: TaxonomyKind, ids: string[]): Promise<Set<string>> {
  const where = { id: { in: ids } };
  const select = { id: true } as const;
  const rows =
    kind === "people"
      ? await tx.person.findMany({ where, select })
      : kind === "countries"
        ? await tx.country.findMany({ where, select })
        : kind === "organisations"
          ? await tx.organisation.findMany({ where, select })
          : kind === "topics"
            ? await tx.topic.findMany({ where, select })
            : await tx.event.findMany({ where, select });
  return new Set(rows.map((row) => row.id));
}

/** Replaces the document's tags of one kind with these (known to exist). */
export async function replaceTags(tx: TransactionClient, documentId: string, kind: TaxonomyKind, ids: string[]): Promise<void> {
  switch (kind) {
    case "people":
      await tx.documentPerson.deleteMany({ where: { documentId } });
      await tx.documentPerson.createMany({ data: ids.map((personId) => ({ documentId, personId })) });
      return;
    case "countries":
      await tx.documentCountry.deleteMany({ where: { documentId } });
      await tx.documentCountry.createMany({ data: ids.map((countryId) => ({ documentId, countryId })) });
      return;
    case "organisations":
      await tx.documentOrganisation.deleteMany({ where: { documentId } });
      await tx.documentOrganisation.createMany({ data: ids.map((organisationId) => ({ documentId, organisationId })) });
      return;
    case "topics":
      await tx.documentTopic.deleteMany({ where: { documentId } });
      await tx.documentTopic.createMany({ data: ids.map((topicId) => ({ documentId, topicId })) });
      return;
    case "events":
      await tx.documentEvent.deleteMany({ where: { documentId } });
      await tx.documentEvent.createMany({ data: ids.map((eventId) => ({ documentId, eventId })) });
      return;
  }
}

export async function currentTags(tx: TransactionClient, documentId: string): Promise<Record<TaxonomyKind, string[]>> {
  const where = { documentId };
  const [people, countries, organisations, topics, events] = await Promise.all([
    tx.documentPerson.findMany({ where, select: { personId: true } }),
    tx.documentCountry.findMany({ where, select: { countryId: true } }),
    tx.documentOrganisation.findMany({ where, select: { organisationId: true } }),
    tx.documentTopic.findMany({ where, select: { topicId: true } }),
    tx.documentEvent.findMany({ where, select: { eventId: true } }),
  ]);
  return {
    people: people.map((row) => row.personId),
    countries: countries.map((row) => row.countryId),
    organisations: organisations.map((row) => row.organisationId),
    topics: topics.map((row) => row.topicId),
    events: events.map((row) => row.eventId),
  };
}

export function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id) => b.includes(id));
}

/** The ids of this kind that no longer exist (a tag deleted since the form was opened). */
export async function unknownTagIds(tx: TransactionClient, kind: TaxonomyKind, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const known = await existingIds(tx, kind, ids);
  return ids.filter((id) => !known.has(id));
}

/** Refuses tags that do not exist. */
export async function checkTagIds(tx: TransactionClient, kind: TaxonomyKind, ids: string[]): Promise<void> {
  if ((await unknownTagIds(tx, kind, ids)).length > 0) {
    throw new DomainError(`A ${TAG_NAMES[kind]} you chose no longer exists; reload the page and choose again.`, "taxonomy");
  }
}

/** Replaces the kinds of tags the form sent; returns the kinds that changed. Unknown ids are refused. */
export async function applyTaxonomy(tx: TransactionClient, documentId: string, taxonomy: TaxonomyInput | undefined): Promise<TaxonomyKind[]> {
  if (!taxonomy) return [];
  const before = await currentTags(tx, documentId);
  const changed: TaxonomyKind[] = [];
  for (const kind of TAXONOMY_KINDS) {
    const ids = taxonomy[kind];
    if (ids === undefined || sameSet(ids, before[kind])) continue;
    await checkTagIds(tx, kind, ids);
    await replaceTags(tx, documentId, kind, ids);
    changed.push(kind);
  }
  return changed;
}

export async function currentRelatedDocuments(tx: TransactionClient, documentId: string): Promise<string[]> {
  return (await tx.documentRelation.findMany({ where: { fromId: documentId }, select: { toId: true } })).map((row) => row.toId);
}

/** Refuses relating a document to itself or to documents that do not exist. */
export async function checkRelatedDocumentIds(tx: TransactionClient, documentId: string, ids: string[]): Promise<void> {
  if (ids.includes(documentId)) throw new DomainError("A document cannot be related to itself.", "relatedDocumentIds");
  const found = await tx.document.count({ where: { id: { in: ids } } });
  if (found !== ids.length) {
    throw new DomainError("A related document you chose no longer exists; reload the page and choose again.", "relatedDocumentIds");
  }
}

/** Replaces the document's related documents with these (known to exist). */
export async function replaceRelatedDocuments(tx: TransactionClient, documentId: string, ids: string[]): Promise<void> {
  await tx.documentRelation.deleteMany({ where: { fromId: documentId } });
  await tx.documentRelation.createMany({ data: ids.map((toId) => ({ fromId: documentId, toId })) });
}

/** Replaces the related documents; returns whether they changed. */
export async function applyRelatedDocuments(tx: TransactionClient, documentId: string, ids: string[] | undefined): Promise<boolean> {
  if (ids === undefined) return false;
  if (sameSet(ids, await currentRelatedDocuments(tx, documentId))) return false;
  await checkRelatedDocumentIds(tx, documentId, ids);
  await replaceRelatedDocuments(tx, documentId, ids);
  return true;
}
