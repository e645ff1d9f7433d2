import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { paragraphAnchors, type ParagraphAnchors } from "@/lib/body/paragraph-anchors";
import type { Body } from "@/lib/body/schema";
import { db } from "@/lib/db";

/** Only what numbering needs of a stored body: the kind and id of each block. */
function numberingOf(value: Prisma.JsonValue): Body {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) =>
    item && typeof item === "object" && !Array.isArray(item) && typeof item.id === "string" && typeof item.kind === "string"
      ? [{ id: item.id, kind: item.kind, text: "" } as Body[number]]
      : [],
  );
}

/**
 * The anchors of a document's numbered paragraphs as of its live edition (`upToEdition`): from the original's body of
 * every edition up to it that went public (publishedAt is set only on going live), oldest first.
 */
export async function loadParagraphAnchors(documentId: string, upToEdition: number): Promise<ParagraphAnchors> {
  const originals = await (await db()).localization.findMany({
    where: { isOriginal: true, edition: { documentId, number: { lte: upToEdition }, publishedAt: { not: null } } },
    orderBy: { edition: { number: "asc" } },
    select: { body: true },
  });
  return paragraphAnchors(originals.map((row) => numberingOf(row.body)));
}
