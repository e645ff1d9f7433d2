import type { Prisma } from "@/lib/db/generated/client";
import { blockSchema, bodySchema, type Block, type Body } from "./schema";

/*
 * Reading a body back from the database. Bodies are validated by the one body schema on the way in, so a stored body
 * that fails it was written by something else (a schema change not yet migrated, a hand edit). Two readers, because
 * the two sides must fail differently:
 * - the desk reads strictly: opening and saving a body with blocks left out would silently delete text;
 * - readers' pages read leniently: a bad block is left out and logged, rather than taking the page down.
 */

/** The stored body, or an error naming the problem (staff side: editing, translating, revisions). */
export function readStoredBody(value: Prisma.JsonValue): Body {
  const result = bodySchema.safeParse(value);
  if (!result.success) throw new Error(`A stored body is not valid: ${result.error.issues[0]?.message ?? "unknown problem"}`);
  return result.data;
}

/** The stored body's valid blocks, for readers' pages: an invalid block is left out and logged. */
export function readStoredBodyForReaders(value: Prisma.JsonValue): Block[] {
  if (!Array.isArray(value)) return [];
  const blocks: Block[] = [];
  for (const item of value) {
    const parsed = blockSchema.safeParse(item);
    if (parsed.success) blocks.push(parsed.data);
    else console.error("Public page: left out a block that does not match the body schema", parsed.error.issues[0]?.message);
  }
  return blocks;
}
