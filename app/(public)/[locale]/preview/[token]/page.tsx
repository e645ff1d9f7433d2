import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { DocumentArticle } from "@/components/public/document-article";
import { PublicPage } from "@/components/public/public-page";
import { formatOfficeTime } from "@/lib/time/office-time";
import { env } from "@/lib/env";
import { languageNameFor, localeName } from "@/lib/i18n/locale-names";
import { siteLocales } from "@/lib/i18n/locales";
import { messages } from "@/lib/i18n/messages";
import { openPreview, previewMediaBase } from "@/lib/preview/preview-links";
import { loadPublicDocument } from "@/lib/public/document-page";
import { requireSiteLocale } from "../../_views/shared";

// Read at request time, every time: a revoked link stops working at once. next.config.js sends these pages with
// Cache-Control: private, no-store and X-Robots-Tag: noindex.
export const dynamic = "force-dynamic";

type Params = Promise<{ locale: string; token: string }>;

const readPreview = cache(async (token: string, locale: string) => {
  const opened = await openPreview(token);
  if (!opened) return null;
  const document = await loadPublicDocument(opened.documentId, locale, {
    editionId: opened.editionId,
    mediaBase: (mediaId, contentHash) => previewMediaBase(token, mediaId, contentHash),
  });
  return document ? { opened, document } : null;
});

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale: requested, token } = await params;
  const locale = requireSiteLocale(requested);
  const preview = await readPreview(token, locale);
  const t = messages(locale);
  return {
    title: preview ? `${t.preview.banner}: ${preview.document.title}` : t.notFound.title,
    robots: { index: false, follow: false, nocache: true },
    referrer: "no-referrer",
  };
}

/** An edition before publication, exactly as readers will see it, for whoever holds a preview link. */
export default async function PreviewPage({ params }: { params: Params }) {
  const { locale: requested, token } = await params;
  const locale = requireSiteLocale(requested);
  const preview = await readPreview(token, locale);
  if (!preview) notFound();
  const { document, opened } = preview;
  const t = messages(locale);
  const languages = siteLocales().map((other) => ({ locale: other, name: localeName(other), href: other === locale ? `/${locale}/preview/${token}` : null }));
  return (
    <PublicPage locale={locale} messages={t} languages={languages} section={opened.kind}>
      <DocumentArticle
        document={document}
        messages={t}
        originalName={document.translation?.original ? languageNameFor(document.translation.original.locale, locale) : null}
        originalHref={null}
        canonicalUrl={t.preview.banner}
        preview={{ expiresOn: formatOfficeTime(opened.expiresAt, env().CHANCERY_TIME_ZONE, locale) }}
      />
    </PublicPage>
  );
}
