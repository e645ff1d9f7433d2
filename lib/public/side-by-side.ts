// A translation beside its original, block by block. Pure and client-safe.
import type { Block } from "@/lib/body/schema";
import { deriveNumbers } from "@/lib/body/structure";

export interface SideBySideRow {
  key: string;
  /** Null: a block of the translation whose source the original no longer has. */
  original: Block | null;
  /** Null: the translation shown has no text for this block (the original changed or grew since). */
  translation: Block | null;
  /** A numbered paragraph's number in the original (the translation's follows it). */
  number: number | null;
}

/**
 * Pairs blocks by id (a translated block has its source block's id, docs/adr/0004): the original's order, then any
 * translated blocks the original no longer has, where they stood after their neighbours.
 */
export function pairBlocks(original: readonly Block[], translation: readonly Block[]): SideBySideRow[] {
  const numbers = deriveNumbers(original as Block[]);
  const translated = new Map(translation.map((block) => [block.id, block]));
  const inOriginal = new Set(original.map((block) => block.id));
  const rows: SideBySideRow[] = original.map((block) => ({
    key: block.id,
    original: block,
    translation: translated.get(block.id) ?? null,
    number: numbers.get(block.id) ?? null,
  }));
  // An orphan goes right after the row of the translated block before it (or first).
  let after = -1;
  for (const block of translation) {
    if (inOriginal.has(block.id)) {
      after = rows.findIndex((row) => row.key === block.id);
      continue;
    }
    rows.splice(after + 1, 0, { key: `orphan-${block.id}`, original: null, translation: block, number: null });
    after++;
  }
  return rows;
}
