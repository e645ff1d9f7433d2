import { slugNamedVerbs } from "./slug-named-taxonomy";

export const { create: createOrganisation, update: updateOrganisation, remove: deleteOrganisation } = slugNamedVerbs("organisation");
