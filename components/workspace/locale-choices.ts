import { localeName } from "@/lib/i18n/locale-names";

/** The site's languages as a picker offers them: "English (en)". */
export function localeChoices(locales: readonly string[]): Array<{ value: string; label: string }> {
  return locales.map((locale) => ({ value: locale, label: `${localeName(locale)} (${locale})` }));
}
