import "server-only";
import type { TransactionClient } from "@/lib/db";
import { env } from "@/lib/env";
import { documentPath } from "@/lib/public/paths";
import { siteOrigin } from "@/lib/public/site";
import type { AlertItem, UnsubscribeLinks } from "./alert-mail";
import { oneClickUnsubscribePath, unsubscribePagePath } from "./alert-paths";
import { unsubscribeToken } from "./alert-tokens";
import { optionalCalendarDate } from "@/lib/time/office-time";

/** What an alert says about one edition, readable in any of its published languages. */
export interface AlertEdition {
  editionId: string;
  /** Publicly visible now (a withdrawn one is left out of a digest). */
  live: boolean;
  /** The languages readers can read it in: the original, and translations with a published text. */
  locales: string[];
  originalLocale: string;
  itemFor(locale: string): AlertItem;
}

const editionForAlertSelect = {
  id: true,
  number: true,
  state: true,
  publicDate: true,
  changeType: true,
  changeNote: true,
  documentId: true,
  document: { select: { kind: true, slug: true, originalLocale: true } },
  localizations: {
    select: { locale: true, isOriginal: true, title: true, summary: true, publishedRevision: { select: { title: true, summary: true } } },
  },
} as const;

/** Loads editions for alert mails; `correction` says whether each one went out as a correction of earlier text. */
export async function loadAlertEditions(tx: TransactionClient, editionIds: string[], corrections: ReadonlySet<string>): Promise<Map<string, AlertEdition>> {
  const rows = await tx.edition.findMany({ where: { id: { in: editionIds } }, select: editionForAlertSelect });
  const site = env().CHANCERY_LOCALES;
  const origin = siteOrigin();
  return new Map(
    rows.map((row) => {
      const texts = new Map<string, { title: string; summary: string }>();
      for (const localization of row.localizations) {
        const source = localization.isOriginal ? localization : localization.publishedRevision;
        if (source && (localization.isOriginal || site.includes(localization.locale))) {
          texts.set(localization.locale, { title: source.title, summary: source.summary });
        }
      }
      const originalLocale = row.document.originalLocale;
      const edition: AlertEdition = {
        editionId: row.id,
        live: row.state === "PUBLISHED" || row.state === "SUPERSEDED",
        locales: [...texts.keys()],
        originalLocale,
        itemFor(locale) {
          const shown = texts.has(locale) && site.includes(locale) ? locale : originalLocale;
          const text = texts.get(shown) ?? { title: "", summary: "" };
          return {
            kind: row.document.kind,
            title: text.title,
            summary: text.summary,
            url: new URL(documentPath(shown, row.document.kind, row.document.slug), origin).href,
            publicDate: optionalCalendarDate(row.publicDate),
            correction: corrections.has(row.id) ? { note: row.changeNote ?? "" } : null,
          };
        },
      };
      return [row.id, edition] as const;
    }),
  );
}

/** Editions among these that went out after an earlier edition of their document had been published. */
export async function correctionsAmong(tx: TransactionClient, editions: { id: string; documentId: string; number: number }[]): Promise<Set<string>> {
  const corrections = new Set<string>();
  for (const edition of editions) {
    const earlier = await tx.edition.count({ where: { documentId: edition.documentId, number: { lt: edition.number }, publishedAt: { not: null } } });
    if (earlier > 0) corrections.add(edition.id);
  }
  return corrections;
}

export function unsubscribeLinks(subscriber: { id: string; locale: string }): UnsubscribeLinks {
  const token = unsubscribeToken(subscriber.id);
  const origin = siteOrigin();
  return {
    page: new URL(unsubscribePagePath(subscriber.locale, token), origin).href,
    oneClick: new URL(oneClickUnsubscribePath(token), origin).href,
  };
}
