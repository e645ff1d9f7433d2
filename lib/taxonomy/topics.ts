import { parseInput } from "@/lib/validation/input-fields";
import type { Actor } from "@/lib/changes/actor";
import type { TransactionClient } from "@/lib/db";
import { slugNamedInputSchema, slugNamedUpdateSchema, type LocalizedNames, type SlugNamedInput, type SlugNamedUpdate } from "./taxonomy-input";
import { changeTaxonomy, notFound, refuseDeletionInUse, type TaxonomyChangeResult } from "./taxonomy-change";
import { slugForNames, slugStems } from "./taxonomy-slug";

const UNIQUE = { field: "slug", message: "Another topic already has this address." };

async function newSlug(tx: TransactionClient, names: LocalizedNames): Promise<string> {
  const rows = await tx.topic.findMany({
    where: { OR: slugStems(names).map((stem) => ({ slug: { startsWith: stem } })) },
    select: { slug: true },
  });
  return slugForNames(names, new Set(rows.map((row) => row.slug)));
}

/** @throws PermissionDeniedError, InputError, DomainError (address taken or impossible to generate) */
export async function createTopic(actor: Actor, rawInput: SlugNamedInput): Promise<TaxonomyChangeResult> {
  const input = parseInput(slugNamedInputSchema, rawInput);
  return changeTaxonomy(actor, {
    entity: "topic",
    verb: "create",
    unique: UNIQUE,
    run: async (tx) => {
      const slug = input.slug ?? (await newSlug(tx, input.names));
      const created = await tx.topic.create({ data: { slug, names: input.names }, select: { id: true } });
      return { id: created.id, documentIds: [], data: { slug, names: input.names } };
    },
  });
}

/** @throws PermissionDeniedError, InputError, DomainError (not found, address taken) */
export async function updateTopic(actor: Actor, rawInput: SlugNamedUpdate): Promise<TaxonomyChangeResult> {
  const { id, ...data } = parseInput(slugNamedUpdateSchema, rawInput);
  return changeTaxonomy(actor, {
    entity: "topic",
    verb: "update",
    unique: UNIQUE,
    run: async (tx) => {
      const updated = await tx.topic.updateMany({ where: { id }, data });
      if (updated.count === 0) throw notFound("topic");
      const documents = await tx.documentTopic.findMany({ where: { topicId: id }, select: { documentId: true } });
      return { id, documentIds: documents.map((row) => row.documentId), data };
    },
  });
}

/** @throws PermissionDeniedError, DomainError (not found, still attached to documents) */
export async function deleteTopic(actor: Actor, id: string): Promise<TaxonomyChangeResult> {
  return changeTaxonomy(actor, {
    entity: "topic",
    verb: "delete",
    run: async (tx) => {
      const existing = await tx.topic.findUnique({ where: { id }, select: { slug: true, names: true } });
      if (!existing) throw notFound("topic");
      refuseDeletionInUse("topic", await tx.documentTopic.count({ where: { topicId: id } }));
      await tx.topic.delete({ where: { id } });
      return { id, documentIds: [], data: { slug: existing.slug, names: existing.names ?? {} } };
    },
  });
}
