// Anchors of numbered paragraphs (#p3), so "paragraph 3 of the statement" can be linked. Client-safe.
import type { Body } from "./schema";
import { deriveNumbers } from "./structure";

/** Numbered paragraph block id → its anchor number (the page links it as `#p<number>`). */
export type ParagraphAnchors = Readonly<Record<string, number>>;

/**
 * The anchors of a document's numbered paragraphs, from the original's body of every edition that went public, in
 * order. An anchor names a paragraph, not a position: a paragraph keeps the anchor it was first published with
 * through every correction, and translations (whose blocks carry the ids of the blocks they translate) share it.
 * A paragraph added by a correction takes its displayed number when no paragraph ever held that anchor, else the
 * next number above every anchor given so far; an anchor is never given to another paragraph, so a link quoted
 * from an earlier edition never lands on different text (docs/adr/0006-paragraph-anchors.md).
 */
export function paragraphAnchors(publishedBodies: readonly Body[]): ParagraphAnchors {
  const anchors: Record<string, number> = {};
  const given = new Set<number>();
  let highest = 0;
  for (const body of publishedBodies) {
    for (const [id, displayed] of deriveNumbers(body)) {
      if (anchors[id] !== undefined) continue;
      const anchor = given.has(displayed) ? highest + 1 : displayed;
      anchors[id] = anchor;
      given.add(anchor);
      highest = Math.max(highest, anchor);
    }
  }
  return anchors;
}

export function paragraphAnchorId(anchor: number): string {
  return `p${anchor}`;
}
