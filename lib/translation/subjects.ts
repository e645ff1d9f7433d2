// What the policy is asked about a translation, loaded for the workspace's pages and server actions (which ask
// before the service runs, and the service asks again inside its transaction).
import { translatable, type TranslationSubject } from "@/lib/auth/policy";
import { NotFoundError } from "@/lib/errors";
import { db, type TransactionClient } from "@/lib/db";
import type { PrismaClient } from "@/lib/db/generated/client";
import { NO_SUCH_TRANSLATION, stateOf, translationSubject } from "./records";

type Client = PrismaClient | TransactionClient;

const editionSelect = { state: true, document: { select: { originalLocale: true } } } as const;

/** The translation of an edition into a locale, started or not (NOT_STARTED when there is no row yet). */
export async function translationSubjectFor(editionId: string, locale: string, client?: Client): Promise<TranslationSubject> {
  const prisma = client ?? (await db());
  const edition = await prisma.edition.findUnique({ where: { id: editionId }, select: editionSelect });
  if (!edition) throw new NotFoundError("This edition does not exist (it may have been deleted).");
  const row = await prisma.localization.findUnique({
    where: { editionId_locale: { editionId, locale } },
    select: { isOriginal: true, translationState: true },
  });
  return translationSubject(edition, locale, stateOf(row?.isOriginal ? null : row));
}

/** A started translation, by its localization id. */
export async function translationSubjectOf(localizationId: string, client?: Client): Promise<TranslationSubject> {
  const prisma = client ?? (await db());
  const row = await prisma.localization.findUnique({
    where: { id: localizationId },
    select: { locale: true, isOriginal: true, translationState: true, edition: { select: editionSelect } },
  });
  if (!row) throw new NotFoundError(NO_SUCH_TRANSLATION);
  return translationSubject(row.edition, row.locale, stateOf(row.isOriginal ? null : row));
}

/**
 * The edition of a document that is translated now: its latest edition that can be translated (in progress or
 * published), as the translation queue lists it. Null when the document does not exist or has none.
 */
export async function translatableEditionOf(documentId: string, client?: Client): Promise<{ id: string; number: number } | null> {
  const prisma = client ?? (await db());
  return prisma.edition.findFirst({
    where: { documentId, ...translatable },
    orderBy: { number: "desc" },
    select: { id: true, number: true },
  });
}
