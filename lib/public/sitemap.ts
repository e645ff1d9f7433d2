import "server-only";
import { publiclyListed, publiclyVisibleLocalization } from "@/lib/auth/policy";
import type { Prisma } from "@/lib/db/generated/client";
import { db } from "@/lib/db";
import { defaultLocale, siteLocales } from "@/lib/i18n/locales";
import { cachedRead } from "./cache";
import { newestOf } from "./document-dates";
import { element, emptyElement } from "./feeds/xml";
import { documentPath, homePath, listPath, PUBLIC_KINDS } from "./paths";
import { PUBLIC_TAGS } from "./revalidate";
import { siteOrigin } from "./site";

/**
 * URLs in one sitemap file; past it, /sitemap.xml is an index of numbered parts. The protocol allows 50,000; parts are
 * read per request (larger than the data cache keeps), ~1.2 s for 10,000 on a 20,000-document archive
 * (`npm run bench`), so they stay at a fifth of the maximum and crawlers are asked to keep them for an hour.
 */
export const SITEMAP_URL_LIMIT = 10_000;

export const SITEMAP_CACHE_CONTROL = "public, max-age=3600, s-maxage=3600";

export interface SitemapUrl {
  loc: string;
  lastmod: string | null;
  /** Every language version, this one included, and x-default. */
  alternates: { hreflang: string; href: string }[];
}

/** Localizations a sitemap lists: readable texts, in a site language, of listed (published, not withdrawn) editions. */
function listedTexts(): Prisma.LocalizationWhereInput {
  return { AND: [{ locale: { in: siteLocales() } }, publiclyVisibleLocalization, { edition: publiclyListed }] };
}

/** Home and the two lists in every language come first. */
function sitePages(origin: URL): SitemapUrl[] {
  const locales = siteLocales();
  const pages = [homePath, ...PUBLIC_KINDS.map((kind) => (locale: string) => listPath(locale, kind))];
  return pages.flatMap((pathFor) => {
    const alternates = [
      ...locales.map((locale) => ({ hreflang: locale, href: new URL(pathFor(locale), origin).href })),
      { hreflang: "x-default", href: new URL(pathFor(defaultLocale()), origin).href },
    ];
    return locales.map((locale) => ({ loc: new URL(pathFor(locale), origin).href, lastmod: null, alternates }));
  });
}

export async function countSitemapUrls(): Promise<number> {
  return sitePages(siteOrigin()).length + (await (await db()).localization.count({ where: listedTexts() }));
}

/** URLs `offset` to `offset + limit` of the whole sitemap, in a stable order (site pages, then by document and language). */
export async function loadSitemapUrls(offset: number, limit: number): Promise<SitemapUrl[]> {
  const origin = siteOrigin();
  const pages = sitePages(origin);
  const fromPages = pages.slice(offset, offset + limit);
  const take = limit - fromPages.length;
  if (take <= 0) return fromPages;
  const prisma = await db();
  const texts = await prisma.localization.findMany({
    where: listedTexts(),
    // By edition, a column of the row itself: a document has one listed edition, so its languages stay together.
    orderBy: [{ editionId: "asc" }, { locale: "asc" }],
    skip: Math.max(0, offset - pages.length),
    take,
    select: {
      locale: true,
      publishedAt: true,
      editionId: true,
      edition: { select: { documentId: true, publishedAt: true, document: { select: { kind: true, slug: true, originalLocale: true } } } },
    },
  });
  // Texts come in edition order, so the part's documents are one range of edition ids (a list of 10,000 ids could pass
  // the database's limit on query parameters).
  const first = texts[0]?.editionId;
  const last = texts.at(-1)?.editionId;
  const versions = first === undefined || last === undefined ? [] : await prisma.localization.findMany({
    where: { AND: [listedTexts(), { editionId: { gte: first, lte: last } }] },
    select: { locale: true, editionId: true },
  });
  const localesOf = new Map<string, string[]>();
  for (const version of versions) {
    const locales = localesOf.get(version.editionId);
    if (locales) locales.push(version.locale);
    else localesOf.set(version.editionId, [version.locale]);
  }
  const order = siteLocales();

  return [
    ...fromPages,
    ...texts.map((text): SitemapUrl => {
      const { kind, slug, originalLocale } = text.edition.document;
      const locales = [...(localesOf.get(text.editionId) ?? [text.locale])].sort((a, b) => order.indexOf(a) - order.indexOf(b));
      const href = (locale: string) => new URL(documentPath(locale, kind, slug), origin).href;
      const fallback = locales.includes(originalLocale) ? originalLocale : locales[0]!;
      const lastmod = newestOf([text.publishedAt?.toISOString(), text.edition.publishedAt?.toISOString()]);
      return {
        loc: href(text.locale),
        lastmod,
        alternates: [...locales.map((locale) => ({ hreflang: locale, href: href(locale) })), { hreflang: "x-default", href: href(fallback) }],
      };
    }),
  ];
}

const XML_HEAD = `<?xml version="1.0" encoding="UTF-8"?>`;

export function sitemapXml(urls: readonly SitemapUrl[]): string {
  const lines = [
    XML_HEAD,
    `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">`,
    ...urls.map(
      (url) =>
        `<url>${element("loc", url.loc)}${url.lastmod ? element("lastmod", url.lastmod) : ""}${url.alternates
          .map((alternate) => emptyElement("xhtml:link", { rel: "alternate", hreflang: alternate.hreflang, href: alternate.href }))
          .join("")}</url>`,
    ),
    `</urlset>`,
  ];
  return `${lines.join("\n")}\n`;
}

function sitemapIndexXml(sitemaps: readonly string[]): string {
  const lines = [
    XML_HEAD,
    `<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`,
    ...sitemaps.map((loc) => `<sitemap>${element("loc", loc)}</sitemap>`),
    `</sitemapindex>`,
  ];
  return `${lines.join("\n")}\n`;
}

function sitemapPartPath(part: number): string {
  return `/sitemaps/${part}.xml`;
}

/**
 * /sitemap.xml: every URL when they fit in one file, else an index of /sitemaps/1.xml, /sitemaps/2.xml…
 * The count is cached with the lists; the URLs are read per request (a part is larger than the data cache
 * keeps), and crawlers get ETags and 304s.
 */
export async function sitemapRoot(limit: number = SITEMAP_URL_LIMIT, count: () => Promise<number> = cachedCount): Promise<{ xml: string; parts: number }> {
  const total = await count();
  if (total <= limit) return { xml: sitemapXml(await loadSitemapUrls(0, limit)), parts: 1 };
  const parts = Math.ceil(total / limit);
  const origin = siteOrigin();
  return { xml: sitemapIndexXml(Array.from({ length: parts }, (_, index) => new URL(sitemapPartPath(index + 1), origin).href)), parts };
}

/** /sitemaps/<part>.xml (from 1), or null past the last part. */
export async function sitemapPart(part: number, limit: number = SITEMAP_URL_LIMIT, count: () => Promise<number> = cachedCount): Promise<string | null> {
  const total = await count();
  if (part < 1 || (part - 1) * limit >= total) return null;
  return sitemapXml(await loadSitemapUrls((part - 1) * limit, limit));
}

const cachedCount = cachedRead("public:sitemap-count", countSitemapUrls, () => [PUBLIC_TAGS.lists]);
