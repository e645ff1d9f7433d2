import { parseInput } from "@/lib/validation/input-fields";
import { calendarDateToDate } from "@/lib/time/office-time";
import { type Actor } from "@/lib/changes/actor";
import type { TransactionClient } from "@/lib/db";
import type { Prisma } from "@/lib/db/generated/client";
import { eventInputSchema, eventUpdateSchema, type EventInput, type EventUpdate, type LocalizedNames } from "./taxonomy-input";
import { changeTaxonomy, documentsShowing, notFound, refuseDeletionInUse, type TaxonomyChangeResult } from "./taxonomy-change";
import { slugForNames, slugStems } from "./taxonomy-slug";
import { DomainError } from "@/lib/errors";

const UNIQUE = { field: "slug", message: "Another event already has this address." };

async function newSlug(tx: TransactionClient, names: LocalizedNames): Promise<string> {
  const rows = await tx.event.findMany({
    where: { OR: slugStems(names).map((stem) => ({ slug: { startsWith: stem } })) },
    select: { slug: true },
  });
  return slugForNames(names, new Set(rows.map((row) => row.slug)));
}

/** A session points to its forum; the chain of parents must not come back to the event itself. */
async function ensureParent(tx: TransactionClient, eventId: string | null, parentId: string | null | undefined): Promise<void> {
  if (!parentId) return;
  let current: string | null = parentId;
  for (let depth = 0; current; depth++) {
    if (current === eventId) throw new DomainError("An event cannot be a session of itself or of one of its own sessions.", "parentId");
    if (depth > 20) throw new DomainError("Events are nested too deeply.", "parentId");
    const parent: { parentId: string | null } | null = await tx.event.findUnique({ where: { id: current }, select: { parentId: true } });
    if (!parent) throw new DomainError("The event you chose as the parent no longer exists.", "parentId");
    current = parent.parentId;
  }
}

function dates(input: { startsOn?: string | null; endsOn?: string | null }) {
  return {
    ...(input.startsOn !== undefined ? { startsOn: input.startsOn ? calendarDateToDate(input.startsOn) : null } : {}),
    ...(input.endsOn !== undefined ? { endsOn: input.endsOn ? calendarDateToDate(input.endsOn) : null } : {}),
  };
}

/** @throws PermissionDeniedError, InputError, DomainError (address taken, unknown parent) */
export async function createEvent(actor: Actor, rawInput: EventInput): Promise<TaxonomyChangeResult> {
  const input = parseInput(eventInputSchema, rawInput);
  return changeTaxonomy(actor, {
    entity: "event",
    verb: "create",
    unique: UNIQUE,
    run: async (tx) => {
      await ensureParent(tx, null, input.parentId);
      const slug = input.slug ?? (await newSlug(tx, input.names));
      const created = await tx.event.create({
        data: { slug, names: input.names, places: input.places ?? {}, parentId: input.parentId ?? null, ...dates(input) },
        select: { id: true },
      });
      return { id: created.id, documentIds: [], data: { slug, names: input.names } };
    },
  });
}

/** @throws PermissionDeniedError, InputError, DomainError (not found, address taken, parent loop, end before start) */
export async function updateEvent(actor: Actor, rawInput: EventUpdate): Promise<TaxonomyChangeResult> {
  const { id, startsOn, endsOn, ...rest } = parseInput(eventUpdateSchema, rawInput);
  return changeTaxonomy(actor, {
    entity: "event",
    verb: "update",
    unique: UNIQUE,
    run: async (tx) => {
      const existing = await tx.event.findUnique({ where: { id }, select: { startsOn: true, endsOn: true } });
      if (!existing) throw notFound("event");
      await ensureParent(tx, id, rest.parentId);
      const data: Prisma.EventUpdateManyMutationInput & { parentId?: string | null } = { ...rest, ...dates({ startsOn, endsOn }) };
      const start = data.startsOn !== undefined ? data.startsOn : existing.startsOn;
      const end = data.endsOn !== undefined ? data.endsOn : existing.endsOn;
      if (start instanceof Date && end instanceof Date && end < start) throw new DomainError("An event cannot end before it starts.", "endsOn");
      await tx.event.updateMany({ where: { id }, data });
      return { id, documentIds: await documentsShowing(tx, "event", id), data: { ...rest, startsOn, endsOn } };
    },
  });
}

/** Sessions of a deleted forum stay, as events of their own. @throws PermissionDeniedError, DomainError */
export async function deleteEvent(actor: Actor, id: string): Promise<TaxonomyChangeResult> {
  return changeTaxonomy(actor, {
    entity: "event",
    verb: "delete",
    run: async (tx) => {
      const existing = await tx.event.findUnique({ where: { id }, select: { slug: true, names: true } });
      if (!existing) throw notFound("event");
      await refuseDeletionInUse(tx, "event", id);
      await tx.event.delete({ where: { id } });
      return { id, documentIds: [], data: { slug: existing.slug, names: existing.names ?? {} } };
    },
  });
}
