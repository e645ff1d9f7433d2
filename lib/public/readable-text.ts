import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import type { Block } from "@/lib/body/schema";
import { readStoredBodyForReaders } from "@/lib/body/stored-body";

/** What a public read selects of a localization to know what readers see of it. */
export const readableLocalizationSelect = {
  locale: true,
  isOriginal: true,
  translationKind: true,
  translatorCredit: true,
  publishedAt: true,
  title: true,
  summary: true,
  body: true,
  publishedRevision: { select: { title: true, summary: true, body: true } },
} satisfies Prisma.LocalizationSelect;

export type ReadableLocalizationRow = Prisma.LocalizationGetPayload<{ select: typeof readableLocalizationSelect }>;

export interface ReadableText {
  locale: string;
  isOriginal: boolean;
  title: string;
  summary: string;
  body: Block[];
}

/**
 * The text readers see of a localization (already limited to publiclyVisibleLocalization): the original's own fields,
 * or a translation's published revision, so a translation being revised keeps serving its published text.
 */
export function readableText(row: ReadableLocalizationRow): ReadableText | null {
  const source = row.isOriginal ? row : row.publishedRevision;
  if (!source) return null;
  return { locale: row.locale, isOriginal: row.isOriginal, title: source.title, summary: source.summary, body: readStoredBodyForReaders(source.body) };
}

/** Title only, for lists and links: no body is read. */
export const titleLocalizationSelect = {
  locale: true,
  isOriginal: true,
  translationKind: true,
  title: true,
  summary: true,
  publishedRevision: { select: { title: true, summary: true } },
} satisfies Prisma.LocalizationSelect;

export type TitleLocalizationRow = Prisma.LocalizationGetPayload<{ select: typeof titleLocalizationSelect }>;

export function readableTitle(row: TitleLocalizationRow): { title: string; summary: string } | null {
  const source = row.isOriginal ? row : row.publishedRevision;
  return source ? { title: source.title, summary: source.summary } : null;
}

/** A taxonomy entry's name in the reader's language, else English, else any. */
export function localName(names: Prisma.JsonValue, locale: string, fallback: string): string {
  if (names && typeof names === "object" && !Array.isArray(names)) {
    const record = names as Record<string, unknown>;
    for (const key of [locale, "en"]) {
      const value = record[key];
      if (typeof value === "string" && value.trim()) return value;
    }
    const any = Object.values(record).find((value): value is string => typeof value === "string" && value.trim() !== "");
    if (any) return any;
  }
  return fallback;
}

/** Only http(s) addresses become links (an interview's source page). */
export function safeExternalUrl(value: string | null): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}
