// Where review notes sit in a text: beside their block, in the body's order, or on the whole edition. Pure and
// client-safe: the pages place the notes they load, and the tests place notes without a database.
import { textOf, type Block } from "@/lib/body/schema";
import { BLOCK_KIND_NAMES } from "@/lib/body/block-names";
import { deriveNumbers } from "@/lib/body/structure";

const QUOTE_LENGTH = 120;

/** A block as a reviewer names it: "¶2" for a numbered paragraph (as readers number it), else "Block 5 (heading)". */
export function blockLabel(block: Block, index: number, numbers: ReadonlyMap<string, number>): string {
  const number = numbers.get(block.id);
  if (block.kind === "numbered" && number !== undefined) return `¶${number}`;
  return `Block ${index + 1} (${BLOCK_KIND_NAMES[block.kind]})`;
}

/** The block's words, shortened to a line: kept with a note so it still says what it was about if the block goes. */
export function quoteOf(block: Block): string {
  const words = textOf(block).replace(/\s+/g, " ").trim();
  return words.length > QUOTE_LENGTH ? `${words.slice(0, QUOTE_LENGTH - 1).trimEnd()}…` : words;
}

export type NoteTarget = { blockId: string; label: string; quote: string };

/** What a note can be written on, in the body's order (for the form's choice of block). */
export function noteTargets(body: readonly Block[]): NoteTarget[] {
  const numbers = deriveNumbers(body as Block[]);
  return body.map((block, index) => ({ blockId: block.id, label: blockLabel(block, index, numbers), quote: quoteOf(block) }));
}

export type PlacedNote<N> = N & {
  /** The note was written on a block the text no longer has: shown on the whole edition, with what the block said. */
  removedBlock: { quote: string | null } | null;
};

export type NoteGroup<N> = {
  /** The block id, or null for the whole edition (and notes whose block was removed). */
  blockId: string | null;
  label: string;
  quote: string | null;
  notes: PlacedNote<N>[];
};

/**
 * The notes grouped by where they sit: the whole edition first (with notes on removed blocks), then each block that
 * has notes, in the order of the body. Within a group, notes keep the order given (oldest first from the queries).
 */
export function placeNotes<N extends { blockId: string | null; quote: string | null }>(body: readonly Block[], notes: readonly N[]): NoteGroup<N>[] {
  const targets = noteTargets(body);
  const known = new Set(targets.map((target) => target.blockId));
  const whole: NoteGroup<N> = { blockId: null, label: "The whole edition", quote: null, notes: [] };
  const byBlock = new Map<string, PlacedNote<N>[]>();
  for (const note of notes) {
    if (note.blockId === null || !known.has(note.blockId)) {
      whole.notes.push({ ...note, removedBlock: note.blockId === null ? null : { quote: note.quote } });
    } else {
      const list = byBlock.get(note.blockId) ?? [];
      list.push({ ...note, removedBlock: null });
      byBlock.set(note.blockId, list);
    }
  }
  const groups = targets.flatMap((target) => {
    const placed = byBlock.get(target.blockId);
    return placed ? [{ blockId: target.blockId, label: target.label, quote: target.quote, notes: placed }] : [];
  });
  return whole.notes.length > 0 ? [whole, ...groups] : groups;
}


/** How many open notes each block has, for a marker beside the block (notes on the whole edition are not counted). */
export function openNotesByBlock(groups: ReadonlyArray<NoteGroup<{ resolved: unknown }>>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const group of groups) {
    const open = group.notes.filter((note) => !note.resolved).length;
    if (group.blockId !== null && open > 0) counts[group.blockId] = open;
  }
  return counts;
}
