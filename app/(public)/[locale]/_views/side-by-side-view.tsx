import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { PublicPage } from "@/components/public/public-page";
import { SideBySide } from "@/components/public/side-by-side";
import { TranslationNotice } from "@/components/public/translation-notice";
import { isValidSlug } from "@/lib/validation/slug";
import { languageNameFor, localeName } from "@/lib/i18n/locale-names";
import { siteLocales } from "@/lib/i18n/locales";
import { messages } from "@/lib/i18n/messages";
import { getPublicDocument } from "@/lib/public/document-page";
import { documentPath, homePath, listPath, type PublicKind } from "@/lib/public/paths";
import { pairBlocks } from "@/lib/public/side-by-side";
import { translationMessages } from "@/lib/public/translation-messages";
import { numberFootnotes } from "@/lib/translation/footnotes";
import type { DocumentParams } from "./document-view";
import { requireSiteLocale } from "./shared";

/** The translation in `locale` and the original it was made from, both as readers see them; null when either is missing. */
const readPair = cache(async (kind: PublicKind, slug: string, locale: string) => {
  if (!isValidSlug(slug)) return null;
  const translation = await getPublicDocument(kind, slug, locale);
  const original = translation?.translation?.original;
  if (!translation || !original?.available) return null;
  const source = await getPublicDocument(kind, slug, original.locale);
  return source ? { translation, original: source } : null;
});

export async function sideBySideMetadata(kind: PublicKind, params: DocumentParams): Promise<Metadata> {
  const { locale: requested, slug } = await params;
  const locale = requireSiteLocale(requested);
  const pair = await readPair(kind, slug, locale);
  if (!pair) return { title: messages(locale).notFound.title, robots: { index: false } };
  return {
    title: `${pair.translation.title} — ${translationMessages(locale).sideBySideTitle}`,
    // The same texts as the two pages it puts together: not for search engines.
    robots: { index: false, follow: true },
    alternates: { canonical: documentPath(locale, kind, pair.translation.slug) },
  };
}

/** /<locale>/<kind>/<slug>/compare: a published translation beside its original, block by block. */
export async function SideBySideView({ kind, params }: { kind: PublicKind; params: DocumentParams }) {
  const { locale: requested, slug } = await params;
  const locale = requireSiteLocale(requested);
  const pair = await readPair(kind, slug, locale);
  if (!pair) notFound();
  const { translation, original } = pair;
  const t = messages(locale);
  const tm = translationMessages(locale);
  const originalName = languageNameFor(original.locale, locale);
  const translationHref = documentPath(locale, kind, translation.slug);
  const originalHref = documentPath(original.locale, kind, original.slug);
  const languages = siteLocales().map((other) => ({
    locale: other,
    name: localeName(other),
    href: translation.languages.some((language) => language.locale === other) ? documentPath(other, kind, translation.slug) : null,
  }));

  return (
    <PublicPage locale={locale} messages={t} languages={languages} section={kind}>
      <article className="mx-auto max-w-5xl" data-document={translation.slug} data-view="side-by-side">
        <nav aria-label={t.nav.breadcrumb} className="no-print mb-6 text-sm text-muted">
          <ol role="list" className="flex flex-wrap items-center gap-x-2">
            <li>
              <a href={homePath(locale)} className="underline underline-offset-2 hover:text-brand">
                {t.nav.home}
              </a>
            </li>
            <li aria-hidden="true">›</li>
            <li>
              <a href={listPath(locale, kind)} className="underline underline-offset-2 hover:text-brand">
                {t.kinds[kind].many}
              </a>
            </li>
            <li aria-hidden="true">›</li>
            <li>
              <a href={translationHref} className="underline underline-offset-2 hover:text-brand">
                {translation.title}
              </a>
            </li>
          </ol>
        </nav>
        <header className="border-b border-rule pb-4">
          <p className="text-sm font-semibold uppercase tracking-wide text-brand">{t.kinds[kind].one}</p>
          <h1 className="mt-2 text-[1.5rem] font-bold leading-tight tracking-tight text-ink sm:text-[1.875rem]">{translation.title}</h1>
          <p className="mt-2 text-muted">{tm.sideBySideHeading(originalName)}</p>
          <p className="no-print mt-2 text-sm">
            <a href={translationHref} className="text-brand underline underline-offset-2">
              {tm.backToTranslation}
            </a>
          </p>
        </header>
        {translation.translation ? (
          <div className="mt-4">
            <TranslationNotice
              kind={translation.translation.kind}
              credit={translation.translation.credit}
              behindOriginalSince={translation.translation.behindOriginalSince}
              originalName={originalName}
              originalLocale={original.locale}
              originalHref={originalHref}
              position="top"
              messages={t}
            />
          </div>
        ) : null}
        <div className="mt-6">
          <SideBySide
            original={{ locale: original.locale, languageName: originalName, title: original.title, summary: original.summary, labels: messages(original.locale).body }}
            translation={{ locale, languageName: languageNameFor(locale, locale), title: translation.title, summary: translation.summary, labels: t.body }}
            rows={pairBlocks(original.body, translation.body)}
            footnotes={numberFootnotes(translation.body)}
            messages={tm}
          />
        </div>
      </article>
    </PublicPage>
  );
}
