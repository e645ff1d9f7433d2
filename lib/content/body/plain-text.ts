// Server-side text views of a body: search text and the hash translations use to notice a changed source.
import { createHash } from "node:crypto";
import type { Block, BlockDraft, Body } from "./schema";

/** The block's readable text: its text, then a note's list items, one per line. */
export function blockText(block: Block | BlockDraft): string {
  const items = block.kind === "note" ? (block.list?.items ?? []) : [];
  return [block.text, ...items].join("\n");
}

/** The whole body as plain text for search: one block per line, no markers or numbers. */
export function bodyToPlainText(body: Body): string {
  return body.map(blockText).join("\n");
}

/**
 * sha256 (hex) of what a translator translates in this block: kind, marker and text (and a note's list).
 * Ids, levels and translator's notes are left out, so only a change a translation must follow changes it.
 */
export function hashBlockSource(block: Block | BlockDraft): string {
  const marker = block.kind === "subpoint" ? block.marker : "";
  const list = block.kind === "note" && block.list ? [block.list.marker, ...block.list.items] : [];
  // NUL cannot occur in block text (the schema refuses control characters), so the fields cannot run together.
  const source = [block.kind, marker, block.text, ...list];
  return createHash("sha256").update(source.join("\u0000"), "utf8").digest("hex");
}
