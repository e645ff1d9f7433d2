// How the desk names blocks to a person: each kind in a sentence ("Block 5 (sub-point)", "numbered paragraph → note")
// and each block by the numbers readers see on the page ("Paragraph 2, sub-point 1"). Client-safe.
import type { Block, Body } from "./schema";

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

const OTHER_KINDS = { heading: "Heading", paragraph: "Unnumbered text", image: "Photo", attachment: "File" } as const;

/**
 * Block id → a name unique in the body: "Paragraph 2", "Paragraph 2, sub-point 1", "Paragraph 2, note",
 * "Question 3", "Answer 3, part 2". A block's position in the list is no number a reader or a writer sees, so what
 * stands under a numbered paragraph is named by that paragraph. No name holds another's "Paragraph N" at its end,
 * so a label search for "Paragraph 2 in English" finds one row.
 */
export function blockNames(body: Body): Map<string, string> {
  const names = new Map<string, string>();
  const counts = new Map<string, number>();
  const next = (key: string) => {
    const count = (counts.get(key) ?? 0) + 1;
    counts.set(key, count);
    return count;
  };
  let paragraph = 0;
  let question = 0;
  let answerParagraph = 0;
  for (const block of body) {
    switch (block.kind) {
      case "numbered":
        paragraph++;
        names.set(block.id, `Paragraph ${paragraph}`);
        break;
      case "subpoint": {
        const count = next(`subpoint:${paragraph}`);
        names.set(block.id, paragraph ? `Paragraph ${paragraph}, sub-point ${count}` : `Sub-point ${count}`);
        break;
      }
      case "note": {
        const count = next(`note:${paragraph}`);
        names.set(block.id, paragraph ? `Paragraph ${paragraph}, note${count > 1 ? ` ${count}` : ""}` : `Note ${count}`);
        break;
      }
      case "question":
        question++;
        answerParagraph = 0;
        names.set(block.id, `Question ${question}`);
        break;
      case "answer":
        answerParagraph++;
        // An answer with no question before it (an imported page can start so) is counted on its own.
        names.set(block.id, question ? `Answer ${question}${answerParagraph > 1 ? `, part ${answerParagraph}` : ""}` : `Answer ${next("answer")}`);
        break;
      default:
        names.set(block.id, `${OTHER_KINDS[block.kind]} ${next(block.kind)}`);
    }
  }
  return names;
}
