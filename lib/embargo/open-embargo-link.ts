import "server-only";
import type { AuditEventInput } from "@/lib/audit/record-audit-event";
import { publiclyVisibleLocalization } from "@/lib/auth/policy";
import { commitChange } from "@/lib/changes/commit-change";
import { env } from "@/lib/env";
import { paragraphAnchors } from "@/lib/body/paragraph-anchors";
import type { PublicDocument } from "@/lib/public/document-page";
import { documentPath } from "@/lib/public/paths";
import { localName, readableLocalizationSelect, readableText } from "@/lib/public/readable-text";
import { leadImageOf } from "@/lib/media/library";
import { MEDIA_VIEW_SELECT, mediaIdsOf, mediaViewsOf } from "@/lib/media/media-views";
import { embargoedMediaBase } from "./embargo-paths";
import { embargoTime } from "./embargo-release";
import { hashRecipientToken, looksLikeRecipientToken } from "./recipient-token";
import { optionalCalendarDate } from "@/lib/time/office-time";

/** After the embargo ends a link leads to the public page for this long, then it has expired. */
export const LINK_DAYS_AFTER_PUBLICATION = 30;
const DAY_MS = 86_400_000;

export type EmbargoLink =
  | {
      status: "embargoed";
      /** "2026-12-04 09:00 KST" */
      until: string;
      untilIso: string;
      recipient: { name: string; outlet: string };
      document: PublicDocument;
    }
  | { status: "public"; path: string }
  | { status: "expired" }
  | { status: "unknown" };

/**
 * A recipient opens their personal link. Before the embargo ends they read the edition (in `locale` when it has a
 * published text in it, else the original); afterwards they are sent to the public page, until the link expires.
 * Every opening is counted on the recipient and written to the audit log with the address it came from.
 */
export async function openEmbargoLink(token: string, options: { locale: string; ipAddress?: string | null; now?: Date }): Promise<EmbargoLink> {
  if (!looksLikeRecipientToken(token)) return { status: "unknown" };
  const now = options.now ?? new Date();
  return commitChange<EmbargoLink>(async (tx) => {
    const recipient = await tx.embargoRecipient.findUnique({
      where: { tokenHash: hashRecipientToken(token) },
      select: {
        id: true,
        name: true,
        email: true,
        outlet: true,
        embargo: {
          select: {
            edition: {
              select: {
                id: true,
                state: true,
                scheduledAt: true,
                publishedAt: true,
                publicDate: true,
                documentId: true,
                leadImageId: true,
                document: {
                  select: {
                    id: true,
                    kind: true,
                    slug: true,
                    originalLocale: true,
                    interviewee: true,
                    outlet: true,
                    countries: { select: { country: { select: { code: true, names: true } } } },
                    topics: { select: { topic: { select: { slug: true, names: true } } } },
                  },
                },
                localizations: { where: publiclyVisibleLocalization, select: readableLocalizationSelect },
              },
            },
          },
        },
      },
    });
    if (!recipient) return { result: { status: "unknown" }, audit: null };
    const edition = recipient.embargo.edition;
    const embargoed = edition.state === "SCHEDULED" && edition.scheduledAt !== null;
    if (!embargoed) {
      const live = edition.publishedAt && now.getTime() < edition.publishedAt.getTime() + LINK_DAYS_AFTER_PUBLICATION * DAY_MS;
      if (!live) return { result: { status: "expired" }, audit: null };
    }

    await tx.embargoRecipient.update({
      where: { id: recipient.id },
      data: { openCount: { increment: 1 }, lastOpenedAt: now },
    });
    await tx.embargoRecipient.updateMany({ where: { id: recipient.id, firstOpenedAt: null }, data: { firstOpenedAt: now } });
    const opened: AuditEventInput = {
      actor: { id: null, email: recipient.email },
      action: "embargo.opened",
      subjectType: "edition",
      subjectId: edition.id,
      ipAddress: options.ipAddress ?? null,
      data: { documentId: edition.documentId, recipientId: recipient.id, name: recipient.name, outlet: recipient.outlet, whileEmbargoed: embargoed },
    };

    const document = edition.document;
    if (!embargoed) {
      return { result: { status: "public", path: documentPath(document.originalLocale, document.kind, document.slug) }, audit: opened };
    }

    const site = env().CHANCERY_LOCALES;
    const texts = edition.localizations.flatMap((row) => {
      const text = readableText(row);
      return text && (row.isOriginal || site.includes(row.locale)) ? [{ row, text }] : [];
    });
    const shown = texts.find((entry) => entry.text.locale === options.locale) ?? texts.find((entry) => entry.row.isOriginal) ?? texts[0];
    if (!shown) return { result: { status: "unknown" }, audit: opened };
    const locale = shown.text.locale;
    // Its photos and files are not public yet: they are served through a route that checks this token.
    const mediaIds = [...mediaIdsOf(shown.text.body), ...(edition.leadImageId ? [edition.leadImageId] : [])];
    const mediaRows = mediaIds.length > 0 ? await tx.mediaAsset.findMany({ where: { id: { in: mediaIds } }, select: MEDIA_VIEW_SELECT }) : [];
    const media = mediaViewsOf(mediaRows, locale, (id, contentHash) => embargoedMediaBase(token, id, contentHash));
    return {
      result: {
        status: "embargoed",
        until: embargoTime(edition.scheduledAt!),
        untilIso: edition.scheduledAt!.toISOString(),
        recipient: { name: recipient.name, outlet: recipient.outlet },
        document: {
          id: document.id,
          kind: document.kind,
          slug: document.slug,
          locale,
          originalLocale: document.originalLocale,
          title: shown.text.title,
          summary: shown.text.summary,
          body: shown.text.body,
          // Numbered as it will be on going live; a correction under embargo would keep earlier anchors, which only
          // the published page computes (lib/public/paragraph-anchors.ts).
          anchors: paragraphAnchors(texts.filter((entry) => entry.row.isOriginal).map((entry) => entry.text.body)),
          publicDate: optionalCalendarDate(edition.publicDate),
          firstPublishedAt: null,
          modifiedAt: null,
          viewCount: 0,
          interviewee: document.interviewee,
          outlet: document.outlet,
          sourceUrl: null,
          translation: shown.row.isOriginal
            ? null
            : {
                kind: shown.row.translationKind ?? "OFFICIAL",
                credit: shown.row.translatorCredit,
                original: { locale: document.originalLocale, available: true },
                behindOriginalSince: null,
              },
          withdrawal: null,
          history: [],
          languages: texts.map((entry) => ({ locale: entry.text.locale, title: entry.text.title })),
          related: [],
          countries: document.countries.map(({ country }) => ({ code: country.code, name: localName(country.names, locale, country.code) })),
          topics: document.topics.map(({ topic }) => ({ slug: topic.slug, name: localName(topic.names, locale, topic.slug) })),
          people: [],
          media,
          leadImage: leadImageOf(media, edition.leadImageId),
        },
      },
      audit: opened,
    };
  });
}
