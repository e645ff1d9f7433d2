import type { Block } from "@/lib/body/schema";
import type { BodyLabels } from "./document-body";

type MarkLabels = Pick<BodyLabels, "question" | "answer">;

/**
 * What stands in the margin before a block as the reader sees it: "3.", the marker, ※, Q, A. Headings, plain
 * paragraphs and a numbered paragraph whose number is not known have none (null).
 */
export function readerMark(block: Block, number: number | null | undefined, labels: MarkLabels): string | null {
  switch (block.kind) {
    case "numbered":
      return number === null || number === undefined ? null : `${number}.`;
    case "subpoint":
      return block.marker;
    case "note":
      return "※";
    case "question":
      return labels.question;
    case "answer":
      return labels.answer;
    case "heading":
    case "paragraph":
    case "image":
    case "attachment":
      return null;
  }
}

/**
 * The editors' margin: the reader's mark, and where the reader sees none a stand-in, so every row says what it is
 * ("?." for a number not yet known, H for a heading, ¶ for a paragraph).
 */
export function marginMark(block: Block, number: number | null | undefined, labels: MarkLabels): string {
  const mark = readerMark(block, number, labels);
  if (mark !== null) return mark;
  switch (block.kind) {
    case "heading":
      return "H";
    case "paragraph":
      return "¶";
    case "image":
      return "▣";
    case "attachment":
      return "⎙";
    default:
      return "?.";
  }
}
