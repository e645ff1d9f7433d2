import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { localeName } from "@/lib/i18n/locale-names";
import { isSiteLocale, siteLocales } from "@/lib/i18n/locales";
import type { LanguageOption } from "@/components/public/language-switch";
import { feedPath, type FeedFilters, type PublicKind } from "@/lib/public/paths";

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

/** An image a link preview shows: absolute URL, its size and its alt text. */
export interface SocialImage {
  url: string;
  width: number;
  height: number;
  alt: string;
  type: string;
}

/** OpenGraph and Twitter card tags of a public page: a large-image card when the page has a lead image, else a summary card. */
export function socialMetadata(page: {
  title: string;
  description: string;
  url: string;
  locale: string;
  siteName: string;
  alternateLocales?: string[];
  article?: { publishedTime: string | undefined; modifiedTime: string | undefined; section: string; tags: string[] };
  image?: SocialImage | null;
}): Pick<Metadata, "openGraph" | "twitter"> {
  const image = page.image ?? null;
  const common = {
    title: page.title,
    description: page.description,
    url: page.url,
    siteName: page.siteName,
    locale: page.locale,
    ...(page.alternateLocales && page.alternateLocales.length > 0 ? { alternateLocale: page.alternateLocales } : {}),
    ...(image ? { images: [image] } : {}),
  };
  return {
    openGraph: page.article
      ? {
          ...common,
          type: "article",
          publishedTime: page.article.publishedTime,
          modifiedTime: page.article.modifiedTime,
          section: page.article.section,
          tags: page.article.tags,
        }
      : { ...common, type: "website" },
    twitter: image
      ? { card: "summary_large_image", title: page.title, description: page.description, images: [{ url: image.url, alt: image.alt }] }
      : { card: "summary", title: page.title, description: page.description },
  };
}

/** `<link rel="alternate">` to the Atom and RSS feeds of what a page lists. */
export function feedAlternates(locale: string, kind: PublicKind | null, filters: FeedFilters, title: string): Record<string, { url: string; title: string }[]> {
  const scope: FeedFilters = { country: filters.country, topic: filters.topic, person: filters.person };
  return {
    "application/atom+xml": [{ url: feedPath(locale, kind, "atom", scope), title: `${title} (Atom)` }],
    "application/rss+xml": [{ url: feedPath(locale, kind, "rss", scope), title: `${title} (RSS)` }],
  };
}
