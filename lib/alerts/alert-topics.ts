import "server-only";
import type { TransactionClient } from "@/lib/db";
import { languageNameFor } from "@/lib/i18n/locale-names";
import { messages } from "@/lib/i18n/messages";
import { localName } from "@/lib/public/readable-text";
import type { AlertSelection } from "./subscription-input";

/** What a selection follows, named for a reader of `locale` ("Topic: Climate"). Unknown ids are left out. */
export async function describeSelection(tx: Pick<TransactionClient, "topic" | "country">, selection: AlertSelection, locale: string): Promise<string[]> {
  const t = messages(locale);
  const [topics, countries] = await Promise.all([
    selection.topics.length ? tx.topic.findMany({ where: { id: { in: selection.topics } }, select: { id: true, slug: true, names: true } }) : [],
    selection.countries.length ? tx.country.findMany({ where: { id: { in: selection.countries } }, select: { id: true, code: true, names: true } }) : [],
  ]);
  return [
    ...selection.kinds.map((kind) => t.kinds[kind].many),
    ...topics.map((topic) => `${t.filters.topic}: ${localName(topic.names, locale, topic.slug)}`),
    ...countries.map((country) => `${t.filters.country}: ${localName(country.names, locale, country.code)}`),
    ...selection.languages.map((language) => `${t.language.label}: ${languageNameFor(language, locale)}`),
  ];
}
