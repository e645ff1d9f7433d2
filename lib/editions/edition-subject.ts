import "server-only";
import type { EditionSubject } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { editionSubject, editionToCorrect } from "./edition-records";

/*
 * Subjects for the policy, for callers outside the services' transactions: defineAction's permission resolver (the
 * services open their own), and pages deciding which buttons to show. The services load and check the subject again
 * inside their transaction, with the row locked; both go through `editionSubject`.
 */

const SELECT = { id: true, documentId: true, state: true, createdById: true, lastEditedById: true } as const;

/** @throws NotFoundError */
export async function loadEditionSubject(editionId: string): Promise<EditionSubject> {
  const prisma = await db();
  const edition = await prisma.edition.findUnique({ where: { id: editionId }, select: SELECT });
  if (!edition) throw new NotFoundError("This edition does not exist (it may have been deleted).");
  return editionSubject(prisma, edition);
}

/** The subject `edition.correct` is asked about: the document's live edition (else its latest). @throws NotFoundError */
export async function loadCorrectionSubject(documentId: string): Promise<EditionSubject> {
  const prisma = await db();
  const editions = await prisma.edition.findMany({ where: { documentId }, orderBy: { number: "desc" }, select: SELECT });
  const edition = editionToCorrect(editions);
  if (!edition) throw new NotFoundError("This document does not exist (it may have been deleted).");
  return editionSubject(prisma, edition);
}
