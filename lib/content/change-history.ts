import "server-only";
import { db } from "@/lib/db";

export interface ChangeNote {
  editionId: string;
  number: number;
  publishedAt: Date;
  /** Null for the first publication. */
  note: string | null;
}

/**
 * A document's public history: its first publication, then each major change with its note, newest first. Minor
 * changes are not listed. Editions in progress are not history yet.
 */
export async function changeHistory(documentId: string): Promise<ChangeNote[]> {
  const editions = await (await db()).edition.findMany({
    where: { documentId, state: { in: ["PUBLISHED", "WITHDRAWN", "SUPERSEDED"] }, publishedAt: { not: null } },
    orderBy: { number: "desc" },
    select: { id: true, number: true, publishedAt: true, changeType: true, changeNote: true },
  });
  const first = editions.at(-1);
  return editions
    .filter((edition) => edition === first || (edition.changeType === "MAJOR" && edition.changeNote))
    .map((edition) => ({
      editionId: edition.id,
      number: edition.number,
      publishedAt: edition.publishedAt!,
      note: edition === first ? null : edition.changeNote,
    }));
}
