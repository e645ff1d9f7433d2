import { slugNamedVerbs } from "./slug-named-taxonomy";

export const {
  create: createTopic,
  update: updateTopic,
  remove: deleteTopic,
} = slugNamedVerbs({
  entity: "topic",
  addressTaken: "Another topic already has this address.",
  table: (tx) => tx.topic,
});
