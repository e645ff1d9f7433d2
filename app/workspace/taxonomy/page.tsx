import type { Metadata } from "next";
import { z } from "zod";
import Link from "next/link";
import { DeleteEntryButton, TaxonomyEntryForm, type TaxonomyEntry, type TaxonomyKindName } from "@/components/workspace/taxonomy/taxonomy-forms";
import { cx } from "@/components/ui/class-names";
import { PageHeader } from "@/components/ui/page-header";
import { localeChoices } from "@/components/workspace/locale-choices";
import { Panel } from "@/components/ui/panel";
import { requirePermission } from "@/lib/auth/guards";
import { env } from "@/lib/env";
import { listTaxonomy } from "@/lib/taxonomy/list-taxonomy";
import { nameIn } from "@/lib/taxonomy/taxonomy-input";
import { readSearchParams, type SearchParams } from "@/lib/validation/search-params";
import {
  createCountryAction,
  createEventAction,
  createOrganisationAction,
  createPersonAction,
  createTopicAction,
  deleteCountryAction,
  deleteEventAction,
  deleteOrganisationAction,
  deletePersonAction,
  deleteTopicAction,
  updateCountryAction,
  updateEventAction,
  updateOrganisationAction,
  updatePersonAction,
  updateTopicAction,
} from "./actions";

export const metadata: Metadata = { title: "Taxonomy" };

const SECTIONS = [
  { key: "people", kind: "person", title: "People", one: "person", add: "Add a person" },
  { key: "countries", kind: "country", title: "Countries", one: "country", add: "Add a country" },
  { key: "organisations", kind: "organisation", title: "Organisations", one: "organisation", add: "Add an organisation" },
  { key: "topics", kind: "topic", title: "Topics", one: "topic", add: "Add a topic" },
  { key: "events", kind: "event", title: "Events", one: "event", add: "Add an event" },
] as const;

const ACTIONS = {
  person: { create: createPersonAction, update: updatePersonAction, remove: deletePersonAction },
  country: { create: createCountryAction, update: updateCountryAction, remove: deleteCountryAction },
  organisation: { create: createOrganisationAction, update: updateOrganisationAction, remove: deleteOrganisationAction },
  topic: { create: createTopicAction, update: updateTopicAction, remove: deleteTopicAction },
  event: { create: createEventAction, update: updateEventAction, remove: deleteEventAction },
} satisfies Record<TaxonomyKindName, unknown>;

const taxonomyQuerySchema = z.object({ kind: z.string().optional() });

type Row = { entry: TaxonomyEntry; name: string; otherNames: string; details: string };

export default async function TaxonomyPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePermission("/workspace/taxonomy", "taxonomy.manage");
  const requested = readSearchParams(await searchParams, taxonomyQuerySchema).kind;
  const section = SECTIONS.find((candidate) => candidate.key === requested) ?? SECTIONS[0];
  const taxonomy = await listTaxonomy(user);
  const config = env();
  const locales = localeChoices(config.CHANCERY_LOCALES);
  const name = (names: Record<string, string>) => nameIn(names, "en") || "(no name)";
  const others = (names: Record<string, string>) =>
    Object.entries(names)
      .filter(([locale]) => locale !== "en")
      .map(([, value]) => value)
      .join(" · ");
  const countries = taxonomy.countries.map((country) => ({ value: country.id, label: `${name(country.names)} (${country.code})` }));
  const countryName = new Map(countries.map((country) => [country.value, country.label]));
  const eventOptions = taxonomy.events.map((event) => ({ value: event.id, label: name(event.names) }));
  const eventName = new Map(eventOptions.map((event) => [event.value, event.label]));

  const rows: Row[] =
    section.kind === "person"
      ? taxonomy.people.map((person) => ({
          entry: { id: person.id, names: person.names, positions: person.positions, countryId: person.countryId },
          name: name(person.names),
          otherNames: others(person.names),
          details: [nameIn(person.positions, "en"), person.countryId ? countryName.get(person.countryId) : null].filter(Boolean).join(", "),
        }))
      : section.kind === "country"
        ? taxonomy.countries.map((country) => ({ entry: { id: country.id, names: country.names, code: country.code }, name: name(country.names), otherNames: others(country.names), details: country.code }))
        : section.kind === "organisation"
          ? taxonomy.organisations.map((entry) => ({ entry: { id: entry.id, names: entry.names, slug: entry.slug }, name: name(entry.names), otherNames: others(entry.names), details: entry.slug }))
          : section.kind === "topic"
            ? taxonomy.topics.map((entry) => ({ entry: { id: entry.id, names: entry.names, slug: entry.slug }, name: name(entry.names), otherNames: others(entry.names), details: entry.slug }))
            : taxonomy.events.map((event) => ({
                entry: { id: event.id, names: event.names, places: event.places, slug: event.slug, startsOn: event.startsOn, endsOn: event.endsOn, parentId: event.parentId },
                name: name(event.names),
                otherNames: others(event.names),
                details: [
                  [event.startsOn, event.endsOn && event.endsOn !== event.startsOn ? event.endsOn : null].filter(Boolean).join(" – "),
                  nameIn(event.places, "en"),
                  event.parentId ? `part of ${eventName.get(event.parentId) ?? "another event"}` : null,
                ]
                  .filter(Boolean)
                  .join(", "),
              }));
  const actions = ACTIONS[section.kind];
  const formProps = { kind: section.kind, locales, countries, events: eventOptions };

  return (
    <>
      <PageHeader
        title="Taxonomy"
        description="The people, countries, organisations, topics and events documents are tagged with. Readers browse by them; writers are offered them as tags."
      />
      <nav aria-label="Kinds of entry" className="mb-6 border-b border-rule">
        <ul className="-mb-px flex flex-wrap">
          {SECTIONS.map((candidate) => {
            const count = taxonomy[candidate.key].length;
            const current = candidate.key === section.key;
            return (
              <li key={candidate.key}>
                <Link
                  href={`/workspace/taxonomy?kind=${candidate.key}`}
                  aria-current={current ? "page" : undefined}
                  className={cx(
                    "inline-block border-b-4 px-4 py-2 font-semibold no-underline",
                    current ? "border-brand text-ink" : "border-transparent text-muted hover:border-rule hover:text-ink",
                  )}
                >
                  {candidate.title} <span className="text-sm font-normal text-muted">({count})</span>
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <Panel title={section.title}>
          {rows.length === 0 ? (
            <p className="text-muted">None yet.</p>
          ) : (
            <ul className="divide-y divide-rule" aria-label={`${rows.length} ${rows.length === 1 ? section.one : section.title.toLowerCase()}`}>
              {rows.map((row) => (
                <li key={row.entry.id} className="py-3">
                  <div className="grid gap-x-4 gap-y-1 sm:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
                    <div>
                      <span className="font-semibold text-ink">{row.name}</span>
                      {row.otherNames ? <span className="block text-sm text-muted">{row.otherNames}</span> : null}
                    </div>
                    <div className="text-sm text-ink">{row.details || "—"}</div>
                  </div>
                  <details className="mt-2">
                    <summary className="cursor-pointer text-sm text-brand underline underline-offset-2">
                      Edit <span className="sr-only">{row.name}</span>
                    </summary>
                    <div className="mt-3 space-y-4 border-l-4 border-rule pl-4">
                      <TaxonomyEntryForm {...formProps} action={actions.update} entry={row.entry} submitLabel={`Save ${section.one}`} />
                      <div className="border-t border-rule pt-3">
                        <DeleteEntryButton action={actions.remove} id={row.entry.id} label={row.name} />
                      </div>
                    </div>
                  </details>
                </li>
              ))}
            </ul>
          )}
        </Panel>
        <Panel title={section.add}>
          <TaxonomyEntryForm {...formProps} action={actions.create} submitLabel={section.add} />
        </Panel>
      </div>
    </>
  );
}
