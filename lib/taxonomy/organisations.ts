import { slugNamedVerbs } from "./slug-named-taxonomy";

export const {
  create: createOrganisation,
  update: updateOrganisation,
  remove: deleteOrganisation,
} = slugNamedVerbs({
  entity: "organisation",
  addressTaken: "Another organisation already has this address.",
  table: (tx) => tx.organisation,
});
