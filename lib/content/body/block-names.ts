// What the desk calls each kind of block in a sentence ("Block 5 (sub-point)", "numbered paragraph → note"). Client-safe.
import type { Block } from "./schema";

export const BLOCK_KIND_NAMES: Readonly<Record<Block["kind"], string>> = {
  numbered: "numbered paragraph",
  subpoint: "sub-point",
  note: "note",
  heading: "heading",
  paragraph: "paragraph",
  question: "question",
  answer: "answer",
  image: "photo",
  attachment: "attachment",
};
