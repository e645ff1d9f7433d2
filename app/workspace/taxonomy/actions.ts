"use server";

import type { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import type { CurrentUser } from "@/lib/auth/current-user";
import { revalidateWholeWorkspace } from "@/lib/actions/revalidate-workspace";
import { createCountry, deleteCountry, updateCountry } from "@/lib/taxonomy/countries";
import { createEvent, deleteEvent, updateEvent } from "@/lib/taxonomy/events";
import { createOrganisation, deleteOrganisation, updateOrganisation } from "@/lib/taxonomy/organisations";
import { createPerson, deletePerson, updatePerson } from "@/lib/taxonomy/people";
import { createTopic, deleteTopic, updateTopic } from "@/lib/taxonomy/topics";
import {
  countryForm,
  countryUpdateForm,
  entityIdForm,
  eventForm,
  eventUpdateForm,
  personForm,
  personUpdateForm,
  slugNamedForm,
  slugNamedUpdateForm,
} from "./taxonomy-form-input";

/*
 * Managing people, countries, organisations, topics and events: editors only (taxonomy.manage). The services run
 * their own transaction, write the audit entry and refresh the public pages of the documents that show the entry.
 */

function taxonomyAction<S extends z.ZodType, T>(name: string, schema: S, run: (input: z.output<S>, user: CurrentUser) => Promise<T>, message: string) {
  return defineAction({
    name,
    schema,
    permission: ["taxonomy.manage"],
    run: (input, ctx) => run(input, ctx.user),
    after: revalidateWholeWorkspace,
    message,
  });
}

export const createCountryAction = taxonomyAction("taxonomy.country.create", countryForm, (input, user) => createCountry(user, input), "Country added.");
export const updateCountryAction = taxonomyAction("taxonomy.country.update", countryUpdateForm, (input, user) => updateCountry(user, input), "Country saved.");
export const deleteCountryAction = taxonomyAction("taxonomy.country.delete", entityIdForm, (input, user) => deleteCountry(user, input.id), "Country deleted.");

export const createPersonAction = taxonomyAction("taxonomy.person.create", personForm, (input, user) => createPerson(user, input), "Person added.");
export const updatePersonAction = taxonomyAction("taxonomy.person.update", personUpdateForm, (input, user) => updatePerson(user, input), "Person saved.");
export const deletePersonAction = taxonomyAction("taxonomy.person.delete", entityIdForm, (input, user) => deletePerson(user, input.id), "Person deleted.");

export const createOrganisationAction = taxonomyAction("taxonomy.organisation.create", slugNamedForm, (input, user) => createOrganisation(user, input), "Organisation added.");
export const updateOrganisationAction = taxonomyAction("taxonomy.organisation.update", slugNamedUpdateForm, (input, user) => updateOrganisation(user, input), "Organisation saved.");
export const deleteOrganisationAction = taxonomyAction("taxonomy.organisation.delete", entityIdForm, (input, user) => deleteOrganisation(user, input.id), "Organisation deleted.");

export const createTopicAction = taxonomyAction("taxonomy.topic.create", slugNamedForm, (input, user) => createTopic(user, input), "Topic added.");
export const updateTopicAction = taxonomyAction("taxonomy.topic.update", slugNamedUpdateForm, (input, user) => updateTopic(user, input), "Topic saved.");
export const deleteTopicAction = taxonomyAction("taxonomy.topic.delete", entityIdForm, (input, user) => deleteTopic(user, input.id), "Topic deleted.");

export const createEventAction = taxonomyAction("taxonomy.event.create", eventForm, (input, user) => createEvent(user, input), "Event added.");
export const updateEventAction = taxonomyAction("taxonomy.event.update", eventUpdateForm, (input, user) => updateEvent(user, input), "Event saved.");
export const deleteEventAction = taxonomyAction("taxonomy.event.delete", entityIdForm, (input, user) => deleteEvent(user, input.id), "Event deleted.");
