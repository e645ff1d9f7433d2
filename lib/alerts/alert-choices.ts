import "server-only";
import { db } from "@/lib/db";
import { localeName } from "@/lib/i18n/locale-names";
import { siteLocales } from "@/lib/i18n/locales";
import { localName } from "@/lib/public/readable-text";

export interface AlertChoices {
  topics: { id: string; slug: string; name: string }[];
  countries: { id: string; code: string; name: string }[];
  languages: { locale: string; name: string }[];
}

/** What the subscribe page offers, named in the reader's language. */
export async function listAlertChoices(locale: string): Promise<AlertChoices> {
  const prisma = await db();
  const [topics, countries] = await Promise.all([
    prisma.topic.findMany({ select: { id: true, slug: true, names: true } }),
    prisma.country.findMany({ select: { id: true, code: true, names: true } }),
  ]);
  const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name, locale);
  return {
    topics: topics.map((topic) => ({ id: topic.id, slug: topic.slug, name: localName(topic.names, locale, topic.slug) })).sort(byName),
    countries: countries.map((country) => ({ id: country.id, code: country.code, name: localName(country.names, locale, country.code) })).sort(byName),
    languages: siteLocales().map((site) => ({ locale: site, name: localeName(site) })),
  };
}
