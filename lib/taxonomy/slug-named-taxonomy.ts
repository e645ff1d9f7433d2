// Organisations and topics are the same kind of entry: names per locale and an address (slug) made from them.
// One implementation of their create, update and delete; each file names its table.
import { parseInput } from "@/lib/content/document-input";
import type { Actor } from "@/lib/content/actor";
import type { TransactionClient } from "@/lib/db";
import type { Prisma } from "@/lib/db/generated/client";
import { slugNamedInputSchema, slugNamedUpdateSchema, type LocalizedNames, type SlugNamedInput, type SlugNamedUpdate } from "./taxonomy-input";
import { changeTaxonomy, documentsShowing, notFound, refuseDeletionInUse, type TaxonomyChangeResult } from "./taxonomy-change";
import { slugForNames, slugStems } from "./taxonomy-slug";

/** The part of the entries' table (tx.organisation, tx.topic) these verbs use. */
interface SlugNamedTable {
  findMany(args: { where: { OR: Array<{ slug: { startsWith: string } }> }; select: { slug: true } }): Promise<Array<{ slug: string }>>;
  create(args: { data: { slug: string; names: LocalizedNames }; select: { id: true } }): Promise<{ id: string }>;
  updateMany(args: { where: { id: string }; data: Omit<SlugNamedUpdate, "id"> }): Promise<{ count: number }>;
  findUnique(args: { where: { id: string }; select: { slug: true; names: true } }): Promise<{ slug: string; names: Prisma.JsonValue } | null>;
  delete(args: { where: { id: string } }): Promise<unknown>;
}

export interface SlugNamedTaxonomy {
  entity: "organisation" | "topic";
  /** The message when another entry already has the address. */
  addressTaken: string;
  table(tx: TransactionClient): SlugNamedTable;
}

async function newSlug(table: SlugNamedTable, names: LocalizedNames): Promise<string> {
  const rows = await table.findMany({
    where: { OR: slugStems(names).map((stem) => ({ slug: { startsWith: stem } })) },
    select: { slug: true },
  });
  return slugForNames(names, new Set(rows.map((row) => row.slug)));
}

/** @throws PermissionDeniedError, InputError, DomainError (address taken or impossible to generate) */
async function createSlugNamed(kind: SlugNamedTaxonomy, actor: Actor, rawInput: SlugNamedInput): Promise<TaxonomyChangeResult> {
  const input = parseInput(slugNamedInputSchema, rawInput);
  return changeTaxonomy(actor, {
    entity: kind.entity,
    verb: "create",
    unique: { field: "slug", message: kind.addressTaken },
    run: async (tx) => {
      const table = kind.table(tx);
      const slug = input.slug ?? (await newSlug(table, input.names));
      const created = await table.create({ data: { slug, names: input.names }, select: { id: true } });
      return { id: created.id, documentIds: [], data: { slug, names: input.names } };
    },
  });
}

/** @throws PermissionDeniedError, InputError, DomainError (not found, address taken) */
async function updateSlugNamed(kind: SlugNamedTaxonomy, actor: Actor, rawInput: SlugNamedUpdate): Promise<TaxonomyChangeResult> {
  const { id, ...data } = parseInput(slugNamedUpdateSchema, rawInput);
  return changeTaxonomy(actor, {
    entity: kind.entity,
    verb: "update",
    unique: { field: "slug", message: kind.addressTaken },
    run: async (tx) => {
      const updated = await kind.table(tx).updateMany({ where: { id }, data });
      if (updated.count === 0) throw notFound(kind.entity);
      return { id, documentIds: await documentsShowing(tx, kind.entity, id), data };
    },
  });
}

/** @throws PermissionDeniedError, DomainError (not found, still attached to documents) */
async function deleteSlugNamed(kind: SlugNamedTaxonomy, actor: Actor, id: string): Promise<TaxonomyChangeResult> {
  return changeTaxonomy(actor, {
    entity: kind.entity,
    verb: "delete",
    run: async (tx) => {
      const table = kind.table(tx);
      const existing = await table.findUnique({ where: { id }, select: { slug: true, names: true } });
      if (!existing) throw notFound(kind.entity);
      await refuseDeletionInUse(tx, kind.entity, id);
      await table.delete({ where: { id } });
      return { id, documentIds: [], data: { slug: existing.slug, names: existing.names ?? {} } };
    },
  });
}

/** The three verbs for one kind of entry. */
export function slugNamedVerbs(kind: SlugNamedTaxonomy) {
  return {
    create: (actor: Actor, rawInput: SlugNamedInput) => createSlugNamed(kind, actor, rawInput),
    update: (actor: Actor, rawInput: SlugNamedUpdate) => updateSlugNamed(kind, actor, rawInput),
    remove: (actor: Actor, id: string) => deleteSlugNamed(kind, actor, id),
  };
}
