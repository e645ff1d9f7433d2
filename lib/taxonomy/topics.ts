import { slugNamedVerbs } from "./slug-named-taxonomy";

export const { create: createTopic, update: updateTopic, remove: deleteTopic } = slugNamedVerbs("topic");
