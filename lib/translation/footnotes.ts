// Translator's notes as readers see them: numbered footnotes. Pure and client-safe, so the public renderer, the
// preview and the workspace number them the same way.
import type { Block } from "@/lib/body/schema";

export interface Footnote {
  /** 1, 2, 3… in reading order. */
  number: number;
  /** The block the note is attached to (the footnote mark goes after its text). */
  blockId: string;
  text: string;
}

export interface Footnotes {
  /** Block id → its footnote number; blocks without a note are absent. */
  byBlock: Record<string, number>;
  /** The notes in number order, for the list at the foot of the page. */
  notes: Footnote[];
}

/**
 * Numbers the translator's notes of a body in reading order (the order of the blocks given: a translation is stored in
 * its source's order). A block carries at most one note, so each numbered block has one footnote. Blank notes are
 * skipped; a repeated block id (never in a valid body) keeps its first note.
 */
export function numberFootnotes(body: readonly Pick<Block, "id" | "translatorNote">[]): Footnotes {
  const byBlock: Record<string, number> = {};
  const notes: Footnote[] = [];
  for (const block of body) {
    const text = block.translatorNote?.trim();
    if (!text || Object.hasOwn(byBlock, block.id)) continue;
    const number = notes.length + 1;
    byBlock[block.id] = number;
    notes.push({ number, blockId: block.id, text });
  }
  return { byBlock, notes };
}
