import { authorize, can, translatable } from "@/lib/auth/policy";
import type { Actor } from "@/lib/changes/actor";
import { parseInput } from "@/lib/validation/input-fields";
import { transact } from "@/lib/db/transaction";
import type { DocumentKind, EditionState, TranslationState } from "@/lib/db/generated/client";
import { env } from "@/lib/env";
import { needsWork, readSourceHashes, translationStatus, type RowStatus } from "./alignment";
import { translationQueueInputSchema, type TranslationQueueInput } from "./input";
import { ensureSiteLocale, stateOf, translationSubject } from "./records";
import { readStoredBody } from "@/lib/body/stored-body";

export interface TranslationQueueItem {
  documentId: string;
  slug: string;
  kind: DocumentKind;
  /** The original's title. */
  title: string;
  originalLocale: string;
  locale: string;
  /** The edition to translate: the document's latest edition that can be translated. */
  editionId: string;
  editionNumber: number;
  editionState: EditionState;
  /** The edition's last change; the queue is newest first by this. */
  updatedAt: Date;
  /** Null when the translation has not been started. */
  localizationId: string | null;
  state: TranslationState;
  /** Source blocks with no translation. */
  missing: number;
  /** Translated blocks whose source changed since. */
  stale: number;
  total: number;
  titleStatus: RowStatus;
  summaryStatus: RowStatus;
}

export interface TranslationQueue {
  /** One page of the queue, newest first. */
  items: TranslationQueueItem[];
  /** All items, over every page. */
  total: number;
}

const CHUNK = 100;

/**
 * The translation desk's to-do list: for each document's current edition (its latest edition that can be translated:
 * in progress or published), every locale of the site other than the original's that has no translation yet, or one
 * with untranslated or stale blocks (or title or summary), newest first by the edition's last change. Only what this
 * person may work on is listed (the policy's translation.edit: a translator's own locales, not while an editor reviews
 * it; editors and admins every locale). `locale` narrows it to one locale.
 *
 * Documents whose text of record is itself a translation (imported "* unofficial translation" pages,
 * docs/adr/0002-imported-unofficial-translations.md) are left out: asking for a translation of a translation back into
 * its original's language is not work anyone should be given. A translation can still be started by hand.
 * @throws PermissionDeniedError (workspace.access), InputError, DomainError (a locale the site is not published in)
 */
export async function translationQueue(actor: Actor, rawInput: TranslationQueueInput = {}): Promise<TranslationQueue> {
  authorize(actor, "workspace.access");
  const input = parseInput(translationQueueInputSchema, rawInput);
  if (input.locale !== undefined) ensureSiteLocale(input.locale);
  const siteLocales = env().CHANCERY_LOCALES.filter((locale) => input.locale === undefined || locale === input.locale);

  // Reads only, in one transaction for one consistent snapshot: nothing changes, nothing to audit or revalidate.
  return transact(async (tx) => {
    const candidates = await tx.edition.findMany({
      where: translatable,
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      select: { id: true, documentId: true, number: true },
    });
    const latest = new Map<string, number>();
    for (const edition of candidates) latest.set(edition.documentId, Math.max(latest.get(edition.documentId) ?? 0, edition.number));
    const current = candidates.filter((edition) => latest.get(edition.documentId) === edition.number).map((edition) => edition.id);

    const items: TranslationQueueItem[] = [];
    for (let start = 0; start < current.length; start += CHUNK) {
      const ids = current.slice(start, start + CHUNK);
      const editions = await tx.edition.findMany({
        where: { id: { in: ids } },
        select: {
          id: true,
          number: true,
          state: true,
          updatedAt: true,
          document: { select: { id: true, slug: true, kind: true, originalLocale: true } },
          localizations: {
            select: {
              id: true,
              locale: true,
              isOriginal: true,
              translationKind: true,
              translationState: true,
              title: true,
              summary: true,
              body: true,
              sourceHashes: true,
            },
          },
        },
      });
      const order = new Map(ids.map((id, index) => [id, index]));
      editions.sort((a, b) => order.get(a.id)! - order.get(b.id)!);

      for (const edition of editions) {
        const original = edition.localizations.find((row) => row.isOriginal);
        if (!original || original.translationKind !== null) continue;
        const source = { title: original.title, summary: original.summary, body: readStoredBody(original.body) };
        for (const locale of siteLocales) {
          if (locale === edition.document.originalLocale) continue;
          const row = edition.localizations.find((candidate) => candidate.locale === locale && !candidate.isOriginal) ?? null;
          const state = stateOf(row);
          if (!can(actor, "translation.edit", translationSubject(edition, locale, state))) continue;
          const status = translationStatus(
            source,
            row
              ? { title: row.title, summary: row.summary, body: readStoredBody(row.body), sourceHashes: readSourceHashes(row.sourceHashes) }
              : { title: "", summary: "", body: [], sourceHashes: {} },
          );
          if (!needsWork(status)) continue;
          items.push({
            documentId: edition.document.id,
            slug: edition.document.slug,
            kind: edition.document.kind,
            title: original.title,
            originalLocale: edition.document.originalLocale,
            locale,
            editionId: edition.id,
            editionNumber: edition.number,
            editionState: edition.state,
            updatedAt: edition.updatedAt,
            localizationId: row?.id ?? null,
            state,
            missing: status.progress.untranslated,
            stale: status.progress.stale,
            total: status.progress.total,
            titleStatus: status.title,
            summaryStatus: status.summary,
          });
        }
      }
    }
    return { items: items.slice(input.offset, input.offset + input.limit), total: items.length };
  });
}
