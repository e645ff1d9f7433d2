import type { Metadata } from "next";
import { DocumentList } from "@/components/public/document-list";
import { PublicPage } from "@/components/public/public-page";
import { defaultLocale } from "@/lib/i18n/locales";
import { messages } from "@/lib/i18n/messages";
import { getLatestDocuments } from "@/lib/public/document-lists";
import { FeedLinks } from "@/components/public/feed-links";
import { feedMessages } from "@/lib/public/feeds/feed-messages";
import { feedPath, homePath, listPath, type PublicKind } from "@/lib/public/paths";
import { siteOrigin } from "@/lib/public/site";
import { alternates, everyLanguage, feedAlternates, requireSiteLocale, socialMetadata } from "./_views/shared";

export const revalidate = 300;

type Params = Promise<{ locale: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale: requested } = await params;
  const locale = requireSiteLocale(requested);
  const t = messages(locale);
  const title = `${t.site.homeTitle} — ${t.site.ministry}`;
  return {
    title: { absolute: title },
    description: t.site.description,
    alternates: { ...alternates(homePath(locale), everyLanguage(homePath), defaultLocale()), types: feedAlternates(locale, null, {}, title) },
    ...socialMetadata({
      title,
      description: t.site.description,
      url: new URL(homePath(locale), siteOrigin()).href,
      locale,
      siteName: t.site.ministry,
    }),
  };
}

export default async function HomePage({ params }: { params: Params }) {
  const { locale: requested } = await params;
  const locale = requireSiteLocale(requested);
  const t = messages(locale);
  const [releases, interviews] = await Promise.all([
    getLatestDocuments("PRESS_RELEASE", locale, 6),
    getLatestDocuments("INTERVIEW", locale, 4),
  ]);
  return (
    <PublicPage locale={locale} messages={t} languages={everyLanguage(homePath)} section="home">
      <div className="border-b border-rule pb-6">
        <h1 className="text-[1.75rem] font-bold tracking-tight text-ink sm:text-[2.125rem]">{t.site.homeTitle}</h1>
        <p className="mt-2 max-w-2xl text-[1.0625rem] text-muted">{t.site.homeIntro}</p>
      </div>
      <div className="mt-8 grid gap-10 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <LatestSection kind="PRESS_RELEASE" items={releases} locale={locale} showSummary compact={false} />
        <LatestSection kind="INTERVIEW" items={interviews} locale={locale} showSummary={false} compact />
      </div>
      <FeedLinks atomHref={feedPath(locale, null, "atom")} rssHref={feedPath(locale, null, "rss")} messages={feedMessages(locale)} />
    </PublicPage>
  );
}

function LatestSection({
  kind,
  items,
  locale,
  showSummary,
  compact,
}: {
  kind: PublicKind;
  items: Awaited<ReturnType<typeof getLatestDocuments>>;
  locale: string;
  showSummary: boolean;
  compact: boolean;
}) {
  const t = messages(locale);
  const id = `latest-${kind === "PRESS_RELEASE" ? "press-releases" : "interviews"}`;
  return (
    <section aria-labelledby={id} data-latest={kind}>
      <h2 id={id} className="mb-3 text-xl font-semibold text-ink">
        {t.kinds[kind].latest}
      </h2>
      {items.length > 0 ? (
        <DocumentList items={items} locale={locale} messages={t} headingLevel={3} showSummary={showSummary} showViews={false} compact={compact} />
      ) : (
        <p className="border-y border-rule py-4 text-muted">{t.kinds[kind].none}</p>
      )}
      <p className="mt-4">
        <a href={listPath(locale, kind)} className="font-semibold text-brand underline underline-offset-4">
          {t.kinds[kind].all} <span aria-hidden="true">→</span>
        </a>
      </p>
    </section>
  );
}
