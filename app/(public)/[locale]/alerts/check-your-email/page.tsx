import type { Metadata } from "next";
import { AlertNotice } from "@/components/public/alert-notice";
import { PublicPage } from "@/components/public/public-page";
import { subscribePath } from "@/lib/alerts/alert-paths";
import { alertWords } from "@/lib/alerts/alert-words";
import { messages } from "@/lib/i18n/messages";
import { everyLanguage, requireSiteLocale } from "../../_views/shared";

type Params = Promise<{ locale: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params;
  return { title: alertWords(requireSiteLocale(locale)).sentTitle, robots: { index: false } };
}

export default async function CheckYourEmailPage({ params }: { params: Params }) {
  const locale = requireSiteLocale((await params).locale);
  const words = alertWords(locale);
  return (
    <PublicPage locale={locale} messages={messages(locale)} languages={everyLanguage((other) => `/${other}/alerts/check-your-email`)} section={null}>
      <AlertNotice title={words.sentTitle}>
        <p>{words.sentBody}</p>
        <p className="text-muted">
          {words.sentAgain}{" "}
          <a href={subscribePath(locale)} className="text-brand underline underline-offset-2">
            {words.subscribeAgain}
          </a>
        </p>
      </AlertNotice>
    </PublicPage>
  );
}
