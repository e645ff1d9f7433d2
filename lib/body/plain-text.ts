// Server-side text views of a body: search text and the hash translations use to notice a changed source.
import { createHash } from "node:crypto";
import { isMediaBlock, type Block, type BlockDraft, type Body } from "./schema";

/** The block's readable text: its text, then a note's list items, one per line. A photo or file has none of its own. */
export function blockText(block: Block | BlockDraft): string {
  if (isMediaBlock(block)) return "";
  const items = block.kind === "note" ? (block.list?.items ?? []) : [];
  return [block.text, ...items].join("\n");
}

/** The whole body as plain text for search: one block per line, no markers or numbers. */
export function bodyToPlainText(body: Body): string {
  return body
    .filter((block) => !isMediaBlock(block))
    .map(blockText)
    .join("\n");
}

/**
 * sha256 (hex) of what a translator translates in this block: kind, marker and text (and a note's list).
 * Ids, levels and translator's notes are left out, so only a change a translation must follow changes it.
 */
export function hashBlockSource(block: Block | BlockDraft): string {
  // A photo or file block is the same block while it shows the same library item (its words are the item's own).
  if (isMediaBlock(block)) return createHash("sha256").update([block.kind, block.mediaId].join("\u0000"), "utf8").digest("hex");
  const marker = block.kind === "subpoint" ? block.marker : "";
  const list = block.kind === "note" && block.list ? [block.list.marker, ...block.list.items] : [];
  // NUL cannot occur in block text (the schema refuses control characters), so the fields cannot run together.
  const source = [block.kind, marker, block.text, ...list];
  return createHash("sha256").update(source.join("\u0000"), "utf8").digest("hex");
}
