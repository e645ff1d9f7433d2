import "server-only";
import { authorize } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/changes/actor";
import { dateToCalendarDate } from "@/lib/time/office-time";
import type { LocalizedNames } from "./taxonomy-input";

export interface TaxonomyLists {
  countries: { id: string; code: string; names: LocalizedNames }[];
  people: { id: string; names: LocalizedNames; positions: LocalizedNames; countryId: string | null }[];
  organisations: { id: string; slug: string; names: LocalizedNames }[];
  topics: { id: string; slug: string; names: LocalizedNames }[];
  events: {
    id: string;
    slug: string;
    names: LocalizedNames;
    places: LocalizedNames;
    startsOn: string | null;
    endsOn: string | null;
    parentId: string | null;
  }[];
}

function localized(value: unknown): LocalizedNames {
  if (!value || typeof value !== "object") return {};
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
}

/**
 * Every taxonomy entry, for the pickers of the editing form and the taxonomy pages. Staff only.
 * @throws PermissionDeniedError
 */
export async function listTaxonomy(actor: Actor): Promise<TaxonomyLists> {
  authorize(actor, "workspace.access");
  const prisma = await db();
  const [countries, people, organisations, topics, events] = await Promise.all([
    prisma.country.findMany({ orderBy: { code: "asc" }, select: { id: true, code: true, names: true } }),
    prisma.person.findMany({ orderBy: { createdAt: "asc" }, select: { id: true, names: true, positions: true, countryId: true } }),
    prisma.organisation.findMany({ orderBy: { slug: "asc" }, select: { id: true, slug: true, names: true } }),
    prisma.topic.findMany({ orderBy: { slug: "asc" }, select: { id: true, slug: true, names: true } }),
    prisma.event.findMany({
      orderBy: [{ startsOn: { sort: "desc", nulls: "last" } }, { slug: "asc" }],
      select: { id: true, slug: true, names: true, places: true, startsOn: true, endsOn: true, parentId: true },
    }),
  ]);
  return {
    countries: countries.map((country) => ({ ...country, names: localized(country.names) })),
    people: people.map((person) => ({ ...person, names: localized(person.names), positions: localized(person.positions) })),
    organisations: organisations.map((organisation) => ({ ...organisation, names: localized(organisation.names) })),
    topics: topics.map((topic) => ({ ...topic, names: localized(topic.names) })),
    events: events.map((event) => ({
      ...event,
      names: localized(event.names),
      places: localized(event.places),
      startsOn: event.startsOn ? dateToCalendarDate(event.startsOn) : null,
      endsOn: event.endsOn ? dateToCalendarDate(event.endsOn) : null,
    })),
  };
}
