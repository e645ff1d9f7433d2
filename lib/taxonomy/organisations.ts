import { slugNamedVerbs } from "./slug-named-taxonomy";

export const {
  create: createOrganisation,
  update: updateOrganisation,
  remove: deleteOrganisation,
} = slugNamedVerbs({
  entity: "organisation",
  addressTaken: "Another organisation already has this address.",
  table: (tx) => tx.organisation,
  links: (tx) => ({
    documentIds: async (organisationId) =>
      (await tx.documentOrganisation.findMany({ where: { organisationId }, select: { documentId: true } })).map((row) => row.documentId),
    count: (organisationId) => tx.documentOrganisation.count({ where: { organisationId } }),
  }),
});
