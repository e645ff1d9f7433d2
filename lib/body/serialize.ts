// Body → the press office's plain-text convention. parseBody reads every line written here back as the same block.
import { INDENT_PER_LEVEL, bareLine, mediaLine } from "./convention";
import type { Block, Body } from "./schema";
import { deriveNumbers } from "./structure";

/**
 * Blocks are separated by a blank line, except that a paragraph's sub-points follow it line by line (so "2." and its
 * "o" read as one point), as a note's list follows the note. The first paragraph of
 * an answer gets `A: `, the following ones are written bare, as the press office writes them.
 * Translator's notes are not part of the text (parseBody with `previous` keeps them).
 */
export function serializeBody(body: Body, options: { blankLineBetweenAll?: boolean } = {}): string {
  const numbers = deriveNumbers(body);
  const chunks: string[] = [];
  let inInterview = false;
  let previous: Block | undefined;

  for (const block of body) {
    switch (block.kind) {
      case "numbered":
        chunks.push(`${numbers.get(block.id)}. ${block.text}`);
        break;
      case "subpoint": {
        const line = `${INDENT_PER_LEVEL.repeat(block.level - 1)}${block.marker} ${block.text}`;
        if (!options.blankLineBetweenAll && (previous?.kind === "numbered" || previous?.kind === "subpoint")) chunks.push(`${chunks.pop()}\n${line}`);
        else chunks.push(line);
        break;
      }
      case "note": {
        const list = block.list;
        chunks.push([`※ ${block.text}`, ...(list?.items.map((item) => `${list.marker} ${item}`) ?? [])].join("\n"));
        break;
      }
      case "heading":
        inInterview = false;
        chunks.push(`## ${block.text}`);
        break;
      case "paragraph":
        chunks.push(bareLine(block.text, inInterview));
        break;
      case "question":
        inInterview = true;
        chunks.push(`Q: ${block.text}`);
        break;
      case "answer":
        chunks.push(previous?.kind === "answer" ? bareLine(block.text, true) : `A: ${block.text}`);
        inInterview = true;
        break;
      case "image":
      case "attachment":
        chunks.push(mediaLine(block.kind, block.mediaId));
        break;
    }
    previous = block;
  }
  return chunks.length === 0 ? "" : `${chunks.join("\n\n")}\n`;
}
