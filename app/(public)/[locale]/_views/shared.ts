import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { localeName } from "@/lib/i18n/locale-names";
import { isSiteLocale, siteLocales } from "@/lib/i18n/locales";
import type { LanguageOption } from "@/components/public/language-switch";

/** The same page in every site language (home, lists), for the language switch. */
export function everyLanguage(hrefFor: (locale: string) => string): LanguageOption[] {
  return siteLocales().map((locale) => ({ locale, name: localeName(locale), href: hrefFor(locale) }));
}

/** hreflang alternates for these languages, with x-default pointing at `defaultLocale`'s version. */
export function alternates(canonical: string, options: LanguageOption[], defaultLocale: string): NonNullable<Metadata["alternates"]> {
  const languages: Record<string, string> = {};
  const linked = options.filter((option): option is LanguageOption & { href: string } => option.href !== null);
  for (const option of linked) languages[option.locale] = option.href;
  const fallback = linked.find((option) => option.locale === defaultLocale) ?? linked[0];
  if (fallback) languages["x-default"] = fallback.href;
  return { canonical, languages };
}

/** A description of at most ~160 characters, cut at a word. */
export function describe(text: string, max = 160): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, "")}…`;
}

/** The locale of the address, or the site's 404 page when it is not one of the site's languages. */
export function requireSiteLocale(locale: string): string {
  if (!isSiteLocale(locale)) notFound();
  return locale;
}
