import { slugNamedVerbs } from "./slug-named-taxonomy";

export const {
  create: createTopic,
  update: updateTopic,
  remove: deleteTopic,
} = slugNamedVerbs({
  entity: "topic",
  addressTaken: "Another topic already has this address.",
  table: (tx) => tx.topic,
  links: (tx) => ({
    documentIds: async (topicId) =>
      (await tx.documentTopic.findMany({ where: { topicId }, select: { documentId: true } })).map((row) => row.documentId),
    count: (topicId) => tx.documentTopic.count({ where: { topicId } }),
  }),
});
