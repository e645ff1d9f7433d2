/** Each locale's name in its own language, for the language switch. Unknown locales fall back to Intl. */
const NAMES: Record<string, string> = { ko: "한국어", en: "English", ru: "Русский", fr: "Français", es: "Español", zh: "中文", ja: "日本語" };

export function localeName(locale: string): string {
  if (NAMES[locale]) return NAMES[locale];
  try {
    return new Intl.DisplayNames([locale], { type: "language" }).of(locale) ?? locale;
  } catch {
    return locale;
  }
}

/** A language named for a reader of `readerLocale`, with its own name when that differs: "Korean (한국어)", "영어(English)". */
export function languageNameFor(locale: string, readerLocale: string): string {
  const own = localeName(locale);
  let name = own;
  try {
    name = new Intl.DisplayNames([readerLocale], { type: "language" }).of(locale) ?? own;
  } catch {
    // An unknown reader locale: the language's own name will do.
  }
  if (name === own) return own;
  return readerLocale === "ko" ? `${name}(${own})` : `${name} (${own})`;
}
