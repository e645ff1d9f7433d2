import "server-only";
import type { TransactionClient } from "@/lib/db";
import { serializeBody } from "@/lib/body/serialize";
import { formatOfficeTime, optionalCalendarDate } from "@/lib/time/office-time";
import { originalLocalization, type EditionRecord } from "@/lib/editions/edition-records";
import { env } from "@/lib/env";
import { defaultLocale, isSiteLocale } from "@/lib/i18n/locales";
import { siteOrigin } from "@/lib/public/site";
import type { EmbargoedRelease } from "./embargo-mail";
import { embargoedPath } from "./embargo-paths";
import { readStoredBody } from "@/lib/body/stored-body";

export function embargoTime(instant: Date): string {
  return formatOfficeTime(instant, env().CHANCERY_TIME_ZONE);
}

/** The edition's original text as the press list receives it. */
export async function embargoedRelease(tx: TransactionClient, edition: EditionRecord, until: Date): Promise<EmbargoedRelease> {
  const original = await originalLocalization(tx, edition.id);
  return {
    kind: edition.document.kind,
    title: original.title,
    summary: original.summary,
    bodyText: serializeBody(readStoredBody(original.body)),
    publicDate: optionalCalendarDate(edition.publicDate),
    until: embargoTime(until),
  };
}

/** A recipient's link, absolute, in the edition's language when the site has it. */
export function recipientLink(originalLocale: string, token: string): string {
  const locale = isSiteLocale(originalLocale) ? originalLocale : defaultLocale();
  return new URL(embargoedPath(locale, token), siteOrigin()).href;
}
