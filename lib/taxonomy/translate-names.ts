// Translators name tags in their languages from the translation workspace (issue 6): only that locale's key of each
// entry's names (and a person's position, an event's place) changes; everything else about an entry stays with editors.
import { z } from "zod";
import { authorize } from "@/lib/auth/policy";
import { auditActor, type Actor } from "@/lib/changes/actor";
import { parseInput } from "@/lib/validation/input-fields";
import { commitChange } from "@/lib/changes/commit-change";
import type { TransactionClient } from "@/lib/db";
import type { Prisma } from "@/lib/db/generated/client";
import { env } from "@/lib/env";
import { nameText, taxonomyLocaleSchema } from "./taxonomy-input";
import { documentsShowing, ENTITY_NAMES, notFound, type TaxonomyEntity } from "./taxonomy-change";
import { plainString } from "@/lib/validation/plain-text";
import { DomainError } from "@/lib/errors";

/** More tags than any one document carries; a bound on one request's work. */
const TRANSLATED_NAMES_MAX = 200;

const entryId = plainString().min(1).max(64);

const entrySchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("country"), id: entryId, name: nameText }),
  z.object({ type: z.literal("person"), id: entryId, name: nameText, position: nameText.optional() }),
  z.object({ type: z.literal("organisation"), id: entryId, name: nameText }),
  z.object({ type: z.literal("topic"), id: entryId, name: nameText }),
  z.object({ type: z.literal("event"), id: entryId, name: nameText, place: nameText.optional() }),
]);

export const translatedNameEntriesSchema = z
  .array(entrySchema)
  .min(1, { error: "Give at least one name." })
  .max(TRANSLATED_NAMES_MAX, { error: `At most ${TRANSLATED_NAMES_MAX} names at once` })
  .refine((entries) => new Set(entries.map((entry) => `${entry.type}:${entry.id}`)).size === entries.length, {
    error: "Each tag is given once.",
  });

export const translateNamesInputSchema = z.object({
  locale: taxonomyLocaleSchema,
  /** An empty name (position, place) removes that locale's entry; a field left out is not touched. */
  entries: translatedNameEntriesSchema,
});

export type TranslateNamesInput = z.input<typeof translateNamesInputSchema>;
type Entry = z.output<typeof entrySchema>;

type TextField = "names" | "positions" | "places";
type Maps = Partial<Record<TextField, Prisma.JsonValue>>;

/** Each kind's table, behind one shape. Table names are literals: they cannot be query parameters. */
interface Store {
  /** Row lock, so two translators saving different locales of one entry at once both keep their names. */
  lock(tx: TransactionClient, id: string): Promise<unknown>;
  read(tx: TransactionClient, id: string): Promise<Maps | null>;
  write(tx: TransactionClient, id: string, data: Partial<Record<TextField, Record<string, string>>>): Promise<unknown>;
}

const STORES: Record<TaxonomyEntity, Store> = {
  country: {
    lock: (tx, id) => tx.$queryRaw`SELECT "id" FROM "Country" WHERE "id" = ${id} FOR UPDATE`,
    read: (tx, id) => tx.country.findUnique({ where: { id }, select: { names: true } }),
    write: (tx, id, data) => tx.country.update({ where: { id }, data, select: { id: true } }),
  },
  person: {
    lock: (tx, id) => tx.$queryRaw`SELECT "id" FROM "Person" WHERE "id" = ${id} FOR UPDATE`,
    read: (tx, id) => tx.person.findUnique({ where: { id }, select: { names: true, positions: true } }),
    write: (tx, id, data) => tx.person.update({ where: { id }, data, select: { id: true } }),
  },
  organisation: {
    lock: (tx, id) => tx.$queryRaw`SELECT "id" FROM "Organisation" WHERE "id" = ${id} FOR UPDATE`,
    read: (tx, id) => tx.organisation.findUnique({ where: { id }, select: { names: true } }),
    write: (tx, id, data) => tx.organisation.update({ where: { id }, data, select: { id: true } }),
  },
  topic: {
    lock: (tx, id) => tx.$queryRaw`SELECT "id" FROM "Topic" WHERE "id" = ${id} FOR UPDATE`,
    read: (tx, id) => tx.topic.findUnique({ where: { id }, select: { names: true } }),
    write: (tx, id, data) => tx.topic.update({ where: { id }, data, select: { id: true } }),
  },
  event: {
    lock: (tx, id) => tx.$queryRaw`SELECT "id" FROM "Event" WHERE "id" = ${id} FOR UPDATE`,
    read: (tx, id) => tx.event.findUnique({ where: { id }, select: { names: true, places: true } }),
    write: (tx, id, data) => tx.event.update({ where: { id }, data, select: { id: true } }),
  },
};

function textMap(value: Prisma.JsonValue | undefined): Record<string, string> {
  if (!value || typeof value !== "object" || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value).filter((pair): pair is [string, string] => typeof pair[1] === "string"));
}

/** The map with only `locale` set (or removed, for ""); null when that changes nothing. */
function withLocale(map: Record<string, string>, locale: string, text: string): Record<string, string> | null {
  if ((map[locale] ?? "") === text) return null;
  const next = { ...map };
  if (text === "") delete next[locale];
  else next[locale] = text;
  return next;
}

type Change = { from: string | null; to: string | null };
export type TranslatedNameChange = { type: TaxonomyEntity; id: string } & Partial<Record<"name" | "position" | "place", Change>>;

export interface TranslateNamesResult {
  locale: string;
  /** Only the entries whose text in the locale changed, with what changed. */
  changed: TranslatedNameChange[];
}

const FIELDS = [
  ["name", "names"],
  ["position", "positions"],
  ["place", "places"],
] as const satisfies ReadonlyArray<readonly [keyof TranslatedNameChange, TextField]>;

async function translateEntry(tx: TransactionClient, locale: string, entry: Entry): Promise<{ change: TranslatedNameChange; documentIds: string[] } | null> {
  const store = STORES[entry.type];
  await store.lock(tx, entry.id);
  const row = await store.read(tx, entry.id);
  if (!row) throw notFound(entry.type);
  const data: Partial<Record<TextField, Record<string, string>>> = {};
  const change: TranslatedNameChange = { type: entry.type, id: entry.id };
  for (const [key, field] of FIELDS) {
    const text = (entry as Partial<Record<typeof key, string>>)[key];
    if (text === undefined) continue;
    const before = textMap(row[field]);
    const after = withLocale(before, locale, text);
    if (!after) continue;
    data[field] = after;
    change[key] = { from: before[locale] ?? null, to: text === "" ? null : text };
  }
  if (Object.keys(data).length === 0) return null;
  if (data.names && Object.keys(data.names).length === 0) {
    throw new DomainError(`This ${ENTITY_NAMES[entry.type]} has no name in any other language, so its ${locale} name cannot be removed.`, "entries");
  }
  await store.write(tx, entry.id, data);
  return { change, documentIds: await documentsShowing(tx, entry.type, entry.id) };
}

/**
 * Sets the names (and people's positions, events' places) of taxonomy entries in one locale, in one transaction, with
 * one audit event listing what changed; the public pages of the documents showing those entries are refreshed.
 * Entries whose text is already the same are left alone; when nothing changes, nothing is recorded.
 * @throws InputError, PermissionDeniedError (taxonomy.translateNames), DomainError (a locale the site is not published
 *   in, an entry that does not exist, removing an entry's last name)
 */
export async function translateTaxonomyNames(actor: Actor, rawInput: TranslateNamesInput): Promise<TranslateNamesResult> {
  const input = parseInput(translateNamesInputSchema, rawInput);
  authorize(actor, "taxonomy.translateNames", { type: "taxonomyName", locale: input.locale });
  const locales = env().CHANCERY_LOCALES;
  if (!locales.includes(input.locale)) {
    throw new DomainError(`The site is not published in “${input.locale}” (it has ${locales.join(", ")}).`, "locale");
  }
  // Rows are locked in one order whoever saves, so two overlapping saves wait for each other instead of deadlocking.
  const entries = [...input.entries].sort((a, b) => (a.type + a.id < b.type + b.id ? -1 : a.type + a.id > b.type + b.id ? 1 : 0));

  const changed = await commitChange(async (tx) => {
    const changed: TranslatedNameChange[] = [];
    const documentIds = new Set<string>();
    for (const entry of entries) {
      const done = await translateEntry(tx, input.locale, entry);
      if (!done) continue;
      changed.push(done.change);
      for (const id of done.documentIds) documentIds.add(id);
    }
    return {
      result: changed,
      audit:
        changed.length > 0
          ? { actor: auditActor(actor), action: "taxonomy.translate_names", subjectType: "taxonomy", data: { locale: input.locale, entries: changed } as Prisma.InputJsonValue }
          : null,
      revalidate: [...documentIds],
    };
  });
  return { locale: input.locale, changed };
}
