import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { AlertNotice } from "@/components/public/alert-notice";
import { DocumentArticle } from "@/components/public/document-article";
import { EmbargoBanner } from "@/components/public/embargo-banner";
import { PublicPage } from "@/components/public/public-page";
import { requestAddress } from "@/lib/auth/request-address";
import { embargoedPath } from "@/lib/embargo/embargo-paths";
import { openEmbargoLink } from "@/lib/embargo/open-embargo-link";
import { languageNameFor, localeName } from "@/lib/i18n/locale-names";
import { siteLocales } from "@/lib/i18n/locales";
import { messages } from "@/lib/i18n/messages";
import { requireSiteLocale } from "../../_views/shared";

// A recipient's personal link (lib/embargo): never cached, never indexed, and each opening is recorded. The headers
// (Cache-Control: private, no-store; X-Robots-Tag) are set for this path in next.config.js.
export const dynamic = "force-dynamic";

type Params = Promise<{ locale: string; token: string }>;

export const metadata: Metadata = {
  title: "Embargoed",
  robots: { index: false, follow: false, nocache: true },
  referrer: "no-referrer",
};

export default async function EmbargoedPage({ params }: { params: Params }) {
  const { locale: requested, token } = await params;
  const locale = requireSiteLocale(requested);
  const link = await openEmbargoLink(token, { locale, ipAddress: await requestAddress() });
  if (link.status === "unknown") notFound();
  if (link.status === "public") redirect(link.path);
  const t = messages(locale);
  if (link.status === "expired") {
    return (
      <PublicPage locale={locale} messages={t} languages={[]} section={null}>
        <AlertNotice title="This link has expired">
          <p>The embargo ended some time ago. Find the text on the press office&apos;s site.</p>
        </AlertNotice>
      </PublicPage>
    );
  }
  const { document } = link;
  const languages = siteLocales().map((other) => ({
    locale: other,
    name: localeName(other),
    href: document.languages.some((language) => language.locale === other) ? embargoedPath(other, token) : null,
  }));
  const original = document.translation?.original ?? null;
  return (
    <PublicPage locale={document.locale} messages={messages(document.locale)} languages={languages} section={null}>
      <EmbargoBanner until={link.until} untilIso={link.untilIso} recipient={link.recipient} />
      <DocumentArticle
        document={document}
        messages={messages(document.locale)}
        originalName={original ? languageNameFor(original.locale, document.locale) : null}
        // The original is one click away in the language switch; the public side-by-side page does not exist yet.
        originalHref={null}
        canonicalUrl="Embargoed: not for publication before the time above."
        countViews={false}
      />
    </PublicPage>
  );
}
