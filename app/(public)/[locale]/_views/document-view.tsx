import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { DocumentArticle } from "@/components/public/document-article";
import { PublicPage } from "@/components/public/public-page";
import { languageNameFor, localeName } from "@/lib/i18n/locale-names";
import { siteLocales } from "@/lib/i18n/locales";
import { messages } from "@/lib/i18n/messages";
import { getPublicDocument } from "@/lib/public/document-page";
import { documentPath, type PublicKind } from "@/lib/public/paths";
import { siteOrigin } from "@/lib/public/site";
import { isValidSlug } from "@/lib/validation/slug";
import { JsonLd } from "@/components/public/json-ld";
import { env } from "@/lib/env";
import { articlePublishedDate, newsArticleJsonLd } from "@/lib/public/structured-data";
import type { PublicDocument } from "@/lib/public/document-page";
import { alternates, describe, requireSiteLocale, socialMetadata, type SocialImage } from "./shared";
import { blockText } from "@/lib/body/plain-text";
import { cardImage } from "@/lib/media/media-view";

export type DocumentParams = Promise<{ locale: string; slug: string }>;

// generateMetadata and the page read the same document once per render. An address that cannot be a slug is not
// looked up at all, so scanners trying random paths add nothing to the data cache.
const readDocument = cache(async (kind: PublicKind, slug: string, locale: string) =>
  isValidSlug(slug) ? getPublicDocument(kind, slug, locale) : null,
);

export async function documentMetadata(kind: PublicKind, params: DocumentParams): Promise<Metadata> {
  const { locale: requested, slug } = await params;
  const locale = requireSiteLocale(requested);
  const document = await readDocument(kind, slug, locale);
  const t = messages(locale);
  if (!document) return { title: t.notFound.title, robots: { index: false } };
  const options = document.languages.map((language) => ({
    locale: language.locale,
    name: localeName(language.locale),
    href: documentPath(language.locale, kind, document.slug),
  }));
  const description = describeDocument(document);
  const url = absoluteUrl(documentPath(locale, kind, document.slug));
  const published = articlePublishedDate(document.publicDate, document.firstPublishedAt, env().CHANCERY_TIME_ZONE);
  return {
    title: document.title,
    description,
    alternates: alternates(documentPath(locale, kind, document.slug), options, document.originalLocale),
    // A withdrawn document keeps its page for people holding the link, but search engines should drop it.
    robots: document.withdrawal ? { index: false, follow: true } : undefined,
    ...socialMetadata({
      title: document.title,
      description,
      url,
      locale,
      siteName: t.site.ministry,
      alternateLocales: document.languages.map((language) => language.locale).filter((other) => other !== locale),
      article: {
        publishedTime: published ?? undefined,
        modifiedTime: (document.modifiedAt && (!published || document.modifiedAt > published) ? document.modifiedAt : published) ?? undefined,
        section: t.kinds[kind].many,
        tags: [...document.topics.map((topic) => topic.name), ...document.countries.map((country) => country.name)],
      },
      image: socialImage(document),
    }),
  };
}

function describeDocument(document: PublicDocument): string {
  return describe(document.summary || document.body.map(blockText).join(" ").trim() || document.title);
}

function socialImage(document: PublicDocument): SocialImage | null {
  if (!document.leadImage) return null;
  const card = cardImage(document.leadImage);
  return { url: absoluteUrl(card.path), width: card.width, height: card.height, alt: document.leadImage.alt, type: card.type };
}

function absoluteUrl(path: string): string {
  return new URL(path, siteOrigin()).href;
}

export async function DocumentView({ kind, params }: { kind: PublicKind; params: DocumentParams }) {
  const { locale: requested, slug } = await params;
  const locale = requireSiteLocale(requested);
  const document = await readDocument(kind, slug, locale);
  if (!document) notFound();
  const t = messages(locale);
  // Every site language is shown; those without a published version of this document are not links.
  const languages = siteLocales().map((other) => ({
    locale: other,
    name: localeName(other),
    href: document.languages.some((language) => language.locale === other) ? documentPath(other, kind, document.slug) : null,
  }));
  const original = document.translation?.original ?? null;
  const originalHref =
    original?.available && document.languages.some((language) => language.locale === original.locale)
      ? documentPath(original.locale, kind, document.slug)
      : null;
  const url = absoluteUrl(documentPath(locale, kind, document.slug));
  const structuredData = newsArticleJsonLd(document, {
    url,
    originalUrl: originalHref ? absoluteUrl(originalHref) : null,
    publisherName: t.site.ministry,
    siteUrl: siteOrigin().href,
    description: describeDocument(document),
    timeZone: env().CHANCERY_TIME_ZONE,
  });
  return (
    <PublicPage locale={locale} messages={t} languages={languages} section={kind}>
      <JsonLd data={structuredData} />
      <DocumentArticle
        document={document}
        messages={t}
        originalName={original ? languageNameFor(original.locale, locale) : null}
        originalHref={originalHref}
        canonicalUrl={url}
      />
    </PublicPage>
  );
}
