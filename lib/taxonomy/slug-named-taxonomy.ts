// Organisations and topics are the same kind of entry: names per locale and an address (slug) made from them.
// One implementation of their create, update and delete.
import { parseInput } from "@/lib/validation/input-fields";
import type { Actor } from "@/lib/changes/actor";
import type { TransactionClient } from "@/lib/db";
import type { Prisma } from "@/lib/db/generated/client";
import { slugNamedInputSchema, slugNamedUpdateSchema, type LocalizedNames, type SlugNamedInput, type SlugNamedUpdate } from "./taxonomy-input";
import { changeTaxonomy, documentsShowing, ENTITY_NAMES, notFound, refuseDeletionInUse, type TaxonomyChangeResult } from "./taxonomy-change";
import { slugForNames, slugStems } from "./taxonomy-slug";

/** The part of the entries' table (tx.organisation, tx.topic) these verbs use. */
interface SlugNamedTable {
  findMany(args: { where: { OR: Array<{ slug: { startsWith: string } }> }; select: { slug: true } }): Promise<Array<{ slug: string }>>;
  create(args: { data: { slug: string; names: LocalizedNames }; select: { id: true } }): Promise<{ id: string }>;
  updateMany(args: { where: { id: string }; data: Omit<SlugNamedUpdate, "id"> }): Promise<{ count: number }>;
  findUnique(args: { where: { id: string }; select: { slug: true; names: true } }): Promise<{ slug: string; names: Prisma.JsonValue } | null>;
  delete(args: { where: { id: string } }): Promise<unknown>;
}

type SlugNamedEntity = "organisation" | "topic";

const TABLES: Record<SlugNamedEntity, (tx: TransactionClient) => SlugNamedTable> = {
  organisation: (tx) => tx.organisation,
  topic: (tx) => tx.topic,
};

function addressTaken(entity: SlugNamedEntity) {
  return { field: "slug", message: `Another ${ENTITY_NAMES[entity]} already has this address.` };
}

async function newSlug(table: SlugNamedTable, names: LocalizedNames): Promise<string> {
  const rows = await table.findMany({
    where: { OR: slugStems(names).map((stem) => ({ slug: { startsWith: stem } })) },
    select: { slug: true },
  });
  return slugForNames(names, new Set(rows.map((row) => row.slug)));
}

/** @throws PermissionDeniedError, InputError, DomainError (address taken or impossible to generate) */
async function createSlugNamed(entity: SlugNamedEntity, actor: Actor, rawInput: SlugNamedInput): Promise<TaxonomyChangeResult> {
  const input = parseInput(slugNamedInputSchema, rawInput);
  return changeTaxonomy(actor, {
    entity,
    verb: "create",
    unique: addressTaken(entity),
    run: async (tx) => {
      const table = TABLES[entity](tx);
      const slug = input.slug ?? (await newSlug(table, input.names));
      const created = await table.create({ data: { slug, names: input.names }, select: { id: true } });
      return { id: created.id, documentIds: [], data: { slug, names: input.names } };
    },
  });
}

/** @throws PermissionDeniedError, InputError, DomainError (not found, address taken) */
async function updateSlugNamed(entity: SlugNamedEntity, actor: Actor, rawInput: SlugNamedUpdate): Promise<TaxonomyChangeResult> {
  const { id, ...data } = parseInput(slugNamedUpdateSchema, rawInput);
  return changeTaxonomy(actor, {
    entity,
    verb: "update",
    unique: addressTaken(entity),
    run: async (tx) => {
      const updated = await TABLES[entity](tx).updateMany({ where: { id }, data });
      if (updated.count === 0) throw notFound(entity);
      return { id, documentIds: await documentsShowing(tx, entity, id), data };
    },
  });
}

/** @throws PermissionDeniedError, DomainError (not found, still attached to documents) */
async function deleteSlugNamed(entity: SlugNamedEntity, actor: Actor, id: string): Promise<TaxonomyChangeResult> {
  return changeTaxonomy(actor, {
    entity,
    verb: "delete",
    run: async (tx) => {
      const table = TABLES[entity](tx);
      const existing = await table.findUnique({ where: { id }, select: { slug: true, names: true } });
      if (!existing) throw notFound(entity);
      await refuseDeletionInUse(tx, entity, id);
      await table.delete({ where: { id } });
      return { id, documentIds: [], data: { slug: existing.slug, names: existing.names ?? {} } };
    },
  });
}

/** The three verbs for one kind of entry. */
export function slugNamedVerbs(entity: SlugNamedEntity) {
  return {
    create: (actor: Actor, rawInput: SlugNamedInput) => createSlugNamed(entity, actor, rawInput),
    update: (actor: Actor, rawInput: SlugNamedUpdate) => updateSlugNamed(entity, actor, rawInput),
    remove: (actor: Actor, id: string) => deleteSlugNamed(entity, actor, id),
  };
}
