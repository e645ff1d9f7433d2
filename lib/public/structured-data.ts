// schema.org NewsArticle for article pages, and the one safe way to put JSON into a <script> element.
import { officeDate } from "@/lib/time/office-time";
import { cardImage } from "@/lib/media/media-view";
import type { PublicDocument } from "./document-page";

export interface ArticleContext {
  /** The page's absolute URL. */
  url: string;
  /** The original's absolute URL when readers can open it on this site. */
  originalUrl: string | null;
  publisherName: string;
  siteUrl: string;
  description: string;
  timeZone: string;
}

/**
 * When the document went public for structured data: the instant of its first publication when that fell on the
 * release's own date (office time), else the date alone — an archive imported years later keeps its real date. An
 * undated document (its source showed no date) has only the instant it went public.
 */
export function articlePublishedDate<P extends string | null>(publicDate: string | null, firstPublishedAt: P, timeZone: string): string | P {
  if (publicDate === null) return firstPublishedAt;
  if (firstPublishedAt && officeDate(new Date(firstPublishedAt), timeZone) === publicDate) return firstPublishedAt;
  return publicDate;
}

export function newsArticleJsonLd(document: PublicDocument, context: ArticleContext): Record<string, unknown> {
  const datePublished = articlePublishedDate(document.publicDate, document.firstPublishedAt, context.timeZone);
  // Changed since: a published correction, or a translation published after the original.
  const changed = document.history.length > 0 || (document.translation !== null && document.modifiedAt !== null);
  const dateModified = changed && document.modifiedAt && (!datePublished || document.modifiedAt > datePublished) ? document.modifiedAt : datePublished;
  const publisher = { "@type": "GovernmentOrganization", name: context.publisherName, url: context.siteUrl };
  const original = document.translation?.original;
  const image = document.leadImage ? cardImage(document.leadImage) : null;
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "@id": context.url,
    url: context.url,
    mainEntityOfPage: context.url,
    headline: document.title,
    description: context.description,
    inLanguage: document.locale,
    datePublished,
    dateModified,
    ...(image && document.leadImage
      ? {
          image: {
            "@type": "ImageObject",
            url: new URL(image.path, context.siteUrl).href,
            width: image.width,
            height: image.height,
            ...(document.leadImage.caption ? { caption: document.leadImage.caption } : {}),
            ...(document.leadImage.credit ? { creditText: document.leadImage.credit } : {}),
          },
        }
      : {}),
    isAccessibleForFree: true,
    author: publisher,
    publisher,
    ...(document.kind === "INTERVIEW" && document.outlet ? { sourceOrganization: { "@type": "Organization", name: document.outlet } } : {}),
    ...(original
      ? {
          translationOfWork: {
            "@type": "NewsArticle",
            inLanguage: original.locale,
            ...(context.originalUrl ? { "@id": context.originalUrl, url: context.originalUrl } : {}),
          },
        }
      : {}),
  };
}

/**
 * JSON for a `<script type="application/ld+json">`: "<", ">" and "&" as \u escapes, so no text in it (a title
 * containing "</script>" or "<!--") can end the element or open a comment; U+2028/2029 too, for old parsers.
 * The result parses back to the same value.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
