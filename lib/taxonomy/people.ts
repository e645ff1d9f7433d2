import { parseInput } from "@/lib/validation/input-fields";
import { type Actor } from "@/lib/changes/actor";
import type { TransactionClient } from "@/lib/db";
import { personInputSchema, personUpdateSchema, type PersonInput, type PersonUpdate } from "./taxonomy-input";
import { changeTaxonomy, documentsShowing, notFound, refuseDeletionInUse, type TaxonomyChangeResult } from "./taxonomy-change";
import { DomainError } from "@/lib/errors";

async function ensureCountry(tx: TransactionClient, countryId: string | null | undefined): Promise<void> {
  if (!countryId) return;
  if (!(await tx.country.findUnique({ where: { id: countryId }, select: { id: true } }))) {
    throw new DomainError("The country you chose no longer exists.", "countryId");
  }
}

/** @throws PermissionDeniedError, InputError, DomainError (unknown country) */
export async function createPerson(actor: Actor, rawInput: PersonInput): Promise<TaxonomyChangeResult> {
  const input = parseInput(personInputSchema, rawInput);
  return changeTaxonomy(actor, {
    entity: "person",
    verb: "create",
    run: async (tx) => {
      await ensureCountry(tx, input.countryId);
      const person = await tx.person.create({
        data: { names: input.names, positions: input.positions ?? {}, countryId: input.countryId ?? null },
        select: { id: true },
      });
      return { id: person.id, documentIds: [], data: { names: input.names } };
    },
  });
}

/** @throws PermissionDeniedError, InputError, DomainError (not found, unknown country) */
export async function updatePerson(actor: Actor, rawInput: PersonUpdate): Promise<TaxonomyChangeResult> {
  const { id, ...data } = parseInput(personUpdateSchema, rawInput);
  return changeTaxonomy(actor, {
    entity: "person",
    verb: "update",
    run: async (tx) => {
      await ensureCountry(tx, data.countryId);
      const updated = await tx.person.updateMany({ where: { id }, data });
      if (updated.count === 0) throw notFound("person");
      return { id, documentIds: await documentsShowing(tx, "person", id), data };
    },
  });
}

/** @throws PermissionDeniedError, DomainError (not found, still attached to documents) */
export async function deletePerson(actor: Actor, id: string): Promise<TaxonomyChangeResult> {
  return changeTaxonomy(actor, {
    entity: "person",
    verb: "delete",
    run: async (tx) => {
      const person = await tx.person.findUnique({ where: { id }, select: { names: true } });
      if (!person) throw notFound("person");
      await refuseDeletionInUse(tx, "person", id);
      await tx.person.delete({ where: { id } });
      return { id, documentIds: [], data: { names: person.names ?? {} } };
    },
  });
}
