// The source text a stale translated block was made from, found again in the original's history by its hash.
import { hashBlockSource } from "@/lib/body/plain-text";
import { blockSchema, type Block } from "@/lib/body/schema";
import type { TransactionClient } from "@/lib/db";
import type { Prisma } from "@/lib/db/generated/client";
import { hashSourceText } from "./alignment";

export interface WantedSources {
  /** Block id → the hash the translation recorded for it. */
  blocks: ReadonlyMap<string, string>;
  title?: string;
  summary?: string;
}

export interface FoundSources {
  blocks: Map<string, Block>;
  title?: string;
  summary?: string;
}

const BATCH = 25;
/** Past this many revisions of the original the old text is not looked for (the side by side shows the new only). */
const MAX_REVISIONS = 500;

/**
 * Looks through the original's texts of every edition of the document, newest first, then their revisions: the
 * first text whose block (same id) or title/summary hashes to the recorded value is what the translator worked from.
 * What cannot be found (a hash from outside Chancery, history beyond the limit) is simply absent.
 */
export async function findOldSources(tx: TransactionClient, documentId: string, wanted: WantedSources): Promise<FoundSources> {
  const pending = new Map(wanted.blocks);
  const found: FoundSources = { blocks: new Map() };
  const done = () =>
    pending.size === 0 &&
    (wanted.title === undefined || found.title !== undefined) &&
    (wanted.summary === undefined || found.summary !== undefined);

  const consider = (text: { title: string; summary: string; body: Prisma.JsonValue }) => {
    if (wanted.title !== undefined && found.title === undefined && hashSourceText(text.title) === wanted.title) found.title = text.title;
    if (wanted.summary !== undefined && found.summary === undefined && hashSourceText(text.summary) === wanted.summary) {
      found.summary = text.summary;
    }
    if (pending.size === 0 || !Array.isArray(text.body)) return;
    for (const item of text.body) {
      const parsed = blockSchema.safeParse(item);
      if (!parsed.success) continue;
      const hash = pending.get(parsed.data.id);
      if (hash !== undefined && hashBlockSource(parsed.data) === hash) {
        found.blocks.set(parsed.data.id, parsed.data);
        pending.delete(parsed.data.id);
      }
    }
  };

  if (done()) return found;
  const originals = await tx.localization.findMany({
    where: { isOriginal: true, edition: { documentId } },
    orderBy: { edition: { number: "desc" } },
    select: { title: true, summary: true, body: true },
  });
  originals.forEach(consider);
  for (let skip = 0; !done() && skip < MAX_REVISIONS; skip += BATCH) {
    const revisions = await tx.revision.findMany({
      where: { localization: { isOriginal: true, edition: { documentId } } },
      orderBy: [{ createdAt: "desc" }, { number: "desc" }],
      skip,
      take: BATCH,
      select: { title: true, summary: true, body: true },
    });
    revisions.forEach(consider);
    if (revisions.length < BATCH) break;
  }
  return found;
}
