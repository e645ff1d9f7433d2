// Cursor pagination for the public API: the position after the last document of a page, in the lists' one order
// (lib/public/listing-order.ts: public date, undated last, then publication instant) and then by document id, so
// pages stay consistent while documents are published in between.
import { z } from "zod";

export interface ListPosition {
  /** YYYY-MM-DD; null for an undated document. */
  publicDate: string | null;
  /** ISO instant the edition went public. */
  publishedAt: string;
  documentId: string;
}

const positionSchema = z.tuple([
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  z.iso.datetime(),
  z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
]);

export function encodeCursor(position: ListPosition): string {
  return Buffer.from(JSON.stringify([position.publicDate, position.publishedAt, position.documentId]), "utf8").toString("base64url");
}

/** The position a cursor names, or null when it is not one this API gave. */
export function decodeCursor(cursor: string): ListPosition | null {
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) return null;
  try {
    const parsed = positionSchema.safeParse(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")));
    return parsed.success ? { publicDate: parsed.data[0], publishedAt: parsed.data[1], documentId: parsed.data[2] } : null;
  } catch {
    return null;
  }
}
