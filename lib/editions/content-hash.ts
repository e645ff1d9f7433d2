// The fingerprint of a published edition: what readers were given as the record (the original's title, summary and
// body, the edition's number, public date and change note). Recorded when the edition goes live; the history page
// computes it again from the stored rows, so a record changed afterwards — by hand in the database, or by a
// restore that went wrong — shows as changed. Translations are left out: they are published later, on their own.
import { createHash } from "node:crypto";
import { db, type TransactionClient } from "@/lib/db";

/** JSON with object keys sorted at every depth, so equal content always gives equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value instanceof Date) return value.toISOString();
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

export function sha256Hex(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

export type HashedContent = {
  number: number;
  /** null for an undated edition: hashed as JSON null, so a dated edition's hash is what it always was. */
  publicDate: Date | null;
  changeType: string;
  changeNote: string | null;
  original: { locale: string; title: string; summary: string; body: unknown } | null;
};

export function contentHashOf(content: HashedContent): string {
  return sha256Hex(canonicalJson({ version: 1, ...content }));
}

type Reader = Pick<TransactionClient, "edition">;

/** The hash of an edition as stored now (null when the edition does not exist). */
export async function editionContentHash(tx: Reader, editionId: string): Promise<string | null> {
  const edition = await tx.edition.findUnique({
    where: { id: editionId },
    select: {
      number: true,
      publicDate: true,
      changeType: true,
      changeNote: true,
      localizations: { where: { isOriginal: true }, select: { locale: true, title: true, summary: true, body: true } },
    },
  });
  if (!edition) return null;
  const { localizations, ...fields } = edition;
  return contentHashOf({ ...fields, original: localizations[0] ?? null });
}

export type PublishedRecord = {
  editionId: string;
  number: number;
  state: string;
  publishedAt: Date | null;
  /** Recorded at publication; null for editions published before hashes were recorded. */
  recorded: string | null;
  /** Computed from the rows as they are now. */
  current: string;
  intact: boolean | null;
};

/** Every edition of a document that was ever published, newest first, with its recorded and present fingerprints. */
export async function publishedRecords(tx: Reader, documentId: string): Promise<PublishedRecord[]> {
  const editions = await tx.edition.findMany({
    where: { documentId, publishedAt: { not: null } },
    orderBy: { number: "desc" },
    select: { id: true, number: true, state: true, publishedAt: true, contentHash: true },
  });
  return Promise.all(
    editions.map(async (edition) => {
      const current = (await editionContentHash(tx, edition.id))!;
      return {
        editionId: edition.id,
        number: edition.number,
        state: edition.state,
        publishedAt: edition.publishedAt,
        recorded: edition.contentHash,
        current,
        intact: edition.contentHash === null ? null : edition.contentHash === current,
      };
    }),
  );
}

/** For the history page (which has already asked the policy for edition.view). */
export async function loadPublishedRecords(documentId: string): Promise<PublishedRecord[]> {
  return publishedRecords(await db(), documentId);
}
