import type { TaxonomyLists } from "@/lib/taxonomy/list-taxonomy";
import { nameIn } from "@/lib/taxonomy/taxonomy-input";
import type { PickerOptions } from "./document-fields";
import { publicDateLabel } from "./public-date-label";
import { KIND_NAMES, STATE_NAMES } from "./state-badge";

type Choice = { id: string; title: string; kind: keyof typeof KIND_NAMES; publicDate: string | null; state: keyof typeof STATE_NAMES };

/** What the editing form's pickers offer, named in the workspace's language (English). */
export function pickerOptions(taxonomy: TaxonomyLists, documents: readonly Choice[], locale = "en"): PickerOptions {
  const countryNames = new Map(taxonomy.countries.map((country) => [country.id, nameIn(country.names, locale)]));
  return {
    tags: {
      people: taxonomy.people.map((person) => ({
        id: person.id,
        label: nameIn(person.names, locale),
        detail: [nameIn(person.positions, locale), person.countryId ? countryNames.get(person.countryId) : null].filter(Boolean).join(", ") || undefined,
      })),
      countries: taxonomy.countries.map((country) => ({ id: country.id, label: nameIn(country.names, locale), detail: country.code })),
      organisations: taxonomy.organisations.map((organisation) => ({ id: organisation.id, label: nameIn(organisation.names, locale) })),
      topics: taxonomy.topics.map((topic) => ({ id: topic.id, label: nameIn(topic.names, locale) })),
      events: taxonomy.events.map((event) => ({
        id: event.id,
        label: nameIn(event.names, locale),
        detail: [event.startsOn, nameIn(event.places, locale)].filter(Boolean).join(", ") || undefined,
      })),
    },
    suggestionSource: {
      countries: taxonomy.countries.map(({ id, names }) => ({ id, names })),
      people: taxonomy.people.map(({ id, names }) => ({ id, names })),
      events: taxonomy.events.map(({ id, names }) => ({ id, names })),
    },
    documents: documents.map((document) => ({
      id: document.id,
      title: document.title,
      detail: `${KIND_NAMES[document.kind]} · ${publicDateLabel(document.publicDate)} · ${STATE_NAMES[document.state].toLowerCase()}`,
    })),
  };
}
