// What a reader counts in a body. Client-safe: the renderer numbers paragraphs with deriveNumbers.
import type { Body } from "./schema";

/**
 * Display number of each numbered paragraph, by block id. Numbers come from order alone, never from the
 * source text, so inserting or deleting a paragraph renumbers the rest.
 */
export function deriveNumbers(body: Body): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const block of body) {
    if (block.kind === "numbered") numbers.set(block.id, numbers.size + 1);
  }
  return numbers;
}

export interface BodyStructure {
  /** Numbered paragraphs (they are always top level). */
  paragraphs: number;
  /** Questions directly followed by at least one answer paragraph. */
  qaPairs: number;
  blocks: number;
}

export function countStructure(body: Body): BodyStructure {
  let paragraphs = 0;
  let qaPairs = 0;
  body.forEach((block, index) => {
    if (block.kind === "numbered") paragraphs++;
    if (block.kind === "question" && body[index + 1]?.kind === "answer") qaPairs++;
  });
  return { paragraphs, qaPairs, blocks: body.length };
}
