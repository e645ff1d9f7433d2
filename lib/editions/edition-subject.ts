import "server-only";
import type { EditionSubject } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { IN_PROGRESS, PUBLICLY_VISIBLE } from "@/lib/workflow/workflow";

/*
 * Subjects for the policy, for callers outside the services' transactions: defineAction's permission resolver (the
 * services open their own), and pages deciding which buttons to show. The services load and check the subject again
 * inside their transaction, with the row locked.
 */

async function subjectOf(edition: { id: string; documentId: string; state: EditionSubject["state"]; createdById: string | null; lastEditedById: string | null }): Promise<EditionSubject> {
  const prisma = await db();
  const others = await prisma.edition.count({
    where: { documentId: edition.documentId, id: { not: edition.id }, state: { in: [...IN_PROGRESS] } },
  });
  const embargoed = edition.state === "SCHEDULED" && (await prisma.embargo.count({ where: { editionId: edition.id } })) > 0;
  return {
    type: "edition",
    state: edition.state,
    createdById: edition.createdById,
    lastEditedById: edition.lastEditedById,
    hasEditionInProgress: others > 0,
    ...(embargoed ? { embargoed: true } : {}),
  };
}

const SELECT = { id: true, documentId: true, state: true, createdById: true, lastEditedById: true } as const;

/** @throws NotFoundError */
export async function loadEditionSubject(editionId: string): Promise<EditionSubject> {
  const edition = await (await db()).edition.findUnique({ where: { id: editionId }, select: SELECT });
  if (!edition) throw new NotFoundError("This edition does not exist (it may have been deleted).");
  return subjectOf(edition);
}

/** The subject `edition.correct` is asked about: the document's live edition (else its latest). @throws NotFoundError */
export async function loadCorrectionSubject(documentId: string): Promise<EditionSubject> {
  const editions = await (await db()).edition.findMany({ where: { documentId }, orderBy: { number: "desc" }, select: SELECT });
  const live = editions.find((edition) => (PUBLICLY_VISIBLE as readonly string[]).includes(edition.state)) ?? editions[0];
  if (!live) throw new NotFoundError("This document does not exist (it may have been deleted).");
  return subjectOf(live);
}
