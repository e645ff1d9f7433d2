import { parseInput } from "@/lib/validation/input-fields";
import type { Actor } from "@/lib/changes/actor";
import { countryInputSchema, countryUpdateSchema, type CountryInput, type CountryUpdate } from "./taxonomy-input";
import { changeTaxonomy, documentsShowing, notFound, refuseDeletionInUse, type TaxonomyChangeResult } from "./taxonomy-change";

const UNIQUE = { field: "code", message: "A country with this code already exists." };

/** @throws PermissionDeniedError, InputError, DomainError (code taken) */
export async function createCountry(actor: Actor, rawInput: CountryInput): Promise<TaxonomyChangeResult> {
  const input = parseInput(countryInputSchema, rawInput);
  return changeTaxonomy(actor, {
    entity: "country",
    verb: "create",
    unique: UNIQUE,
    run: async (tx) => {
      const country = await tx.country.create({ data: input, select: { id: true } });
      return { id: country.id, documentIds: [], data: input };
    },
  });
}

/** @throws PermissionDeniedError, InputError, DomainError (not found, code taken) */
export async function updateCountry(actor: Actor, rawInput: CountryUpdate): Promise<TaxonomyChangeResult> {
  const { id, ...data } = parseInput(countryUpdateSchema, rawInput);
  return changeTaxonomy(actor, {
    entity: "country",
    verb: "update",
    unique: UNIQUE,
    run: async (tx) => {
      const updated = await tx.country.updateMany({ where: { id }, data });
      if (updated.count === 0) throw notFound("country");
      return { id, documentIds: await documentsShowing(tx, "country", id), data };
    },
  });
}

/** @throws PermissionDeniedError, DomainError (not found, still attached to documents) */
export async function deleteCountry(actor: Actor, id: string): Promise<TaxonomyChangeResult> {
  return changeTaxonomy(actor, {
    entity: "country",
    verb: "delete",
    run: async (tx) => {
      const country = await tx.country.findUnique({ where: { id }, select: { code: true, names: true } });
      if (!country) throw notFound("country");
      await refuseDeletionInUse(tx, "country", id);
      await tx.country.delete({ where: { id } });
      return { id, documentIds: [], data: { code: country.code, names: country.names ?? {} } };
    },
  });
}
