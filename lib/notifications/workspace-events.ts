import { localeName } from "@/lib/i18n/locale-names";
import type { TransactionClient } from "@/lib/db";
import { notify, quoted } from "./notify";

/*
 * The desk's events as notifications, one function per event, each called by its verb inside the verb's transaction.
 */

type EditionRef = { id: string; documentId: string; createdById: string | null };

async function titleOf(tx: TransactionClient, editionId: string): Promise<string> {
  const original = await tx.localization.findFirst({ where: { editionId, isOriginal: true }, select: { title: true } });
  return quoted(original?.title);
}

async function nameOf(tx: TransactionClient, userId: string | null): Promise<string> {
  if (!userId) return "the scheduler";
  return (await tx.user.findUnique({ where: { id: userId }, select: { name: true } }))?.name ?? "someone";
}

const documentHref = (documentId: string) => `/workspace/documents/${encodeURIComponent(documentId)}`;

export async function editionSubmitted(tx: TransactionClient, edition: EditionRef, actorId: string): Promise<void> {
  await notify(tx, {
    kind: "edition.submitted",
    actorId,
    audience: { reviewers: true },
    title: `${await titleOf(tx, edition.id)} was submitted for review by ${await nameOf(tx, actorId)}`,
    href: documentHref(edition.documentId),
  });
}

export async function editionSentBack(tx: TransactionClient, edition: EditionRef, actorId: string, comment: string): Promise<void> {
  await notify(tx, {
    kind: "edition.sentBack",
    actorId,
    audience: { people: [edition.createdById] },
    title: `${await titleOf(tx, edition.id)} was sent back to draft by ${await nameOf(tx, actorId)}`,
    body: comment,
    href: documentHref(edition.documentId),
  });
}

export async function translationSubmitted(tx: TransactionClient, edition: EditionRef, locale: string, actorId: string): Promise<void> {
  await notify(tx, {
    kind: "translation.submitted",
    actorId,
    audience: { reviewers: true },
    title: `The ${localeName(locale)} translation of ${await titleOf(tx, edition.id)} was submitted for review by ${await nameOf(tx, actorId)}`,
    href: `${documentHref(edition.documentId)}/translate/${encodeURIComponent(locale)}`,
  });
}

export async function translationSentBack(
  tx: TransactionClient,
  edition: EditionRef,
  translation: { locale: string; translatorId: string | null },
  actorId: string,
  comment: string,
): Promise<void> {
  await notify(tx, {
    kind: "translation.sentBack",
    actorId,
    audience: { people: [translation.translatorId] },
    title: `The ${localeName(translation.locale)} translation of ${await titleOf(tx, edition.id)} was sent back by ${await nameOf(tx, actorId)}`,
    body: comment,
    href: `${documentHref(edition.documentId)}/translate/${encodeURIComponent(translation.locale)}`,
  });
}

/** The person who scheduled it and whoever wrote it hear that it went live. */
export async function publishedOnSchedule(tx: TransactionClient, edition: EditionRef, scheduledById: string | null): Promise<void> {
  await notify(tx, {
    kind: "edition.publishedOnSchedule",
    actorId: null,
    audience: { people: [scheduledById, edition.createdById] },
    title: `${await titleOf(tx, edition.id)} was published at its scheduled time`,
    href: documentHref(edition.documentId),
  });
}

export async function forcePublished(tx: TransactionClient, edition: EditionRef, actorId: string, reason: string, dueText: string): Promise<void> {
  await notify(tx, {
    kind: "edition.forcePublished",
    actorId,
    audience: { reviewers: true },
    title: `${await titleOf(tx, edition.id)} was force published by ${await nameOf(tx, actorId)} and awaits your retrospective review`,
    body: `Reason given: ${reason}\nReview it by ${dueText}.`,
    href: documentHref(edition.documentId),
  });
}

const textHref = (edition: EditionRef & { document: { originalLocale: string } }, locale: string) =>
  `${locale === edition.document.originalLocale ? documentHref(edition.documentId) : `${documentHref(edition.documentId)}/translate/${encodeURIComponent(locale)}`}#review-notes`;

/** A note on an edition's text: its author hears of it, and on a translation its translator too. */
export async function reviewNoteAdded(
  tx: TransactionClient,
  edition: EditionRef & { document: { originalLocale: string } },
  note: { locale: string; where: string | null; body: string; translatorId: string | null },
  actorId: string,
): Promise<void> {
  const text = note.locale === edition.document.originalLocale ? "" : ` of the ${localeName(note.locale)} translation`;
  await notify(tx, {
    kind: "note.added",
    actorId,
    audience: { people: [edition.createdById, note.translatorId] },
    title: `${await nameOf(tx, actorId)} wrote a review note on ${note.where ?? "the whole edition"}${text} of ${await titleOf(tx, edition.id)}`,
    body: note.body,
    href: textHref(edition, note.locale),
  });
}

/** Whoever wrote a note hears that someone else resolved it. */
export async function reviewNoteResolved(
  tx: TransactionClient,
  edition: EditionRef & { document: { originalLocale: string } },
  note: { locale: string; authorId: string | null },
  actorId: string,
): Promise<void> {
  await notify(tx, {
    kind: "note.resolved",
    actorId,
    audience: { people: [note.authorId] },
    title: `${await nameOf(tx, actorId)} resolved your review note on ${await titleOf(tx, edition.id)}`,
    href: textHref(edition, note.locale),
  });
}
