import type { Metadata } from "next";
import { AlertNotice } from "@/components/public/alert-notice";
import { PublicPage } from "@/components/public/public-page";
import { Button } from "@/components/ui/button";
import { oneClickUnsubscribePath, subscribePath } from "@/lib/alerts/alert-paths";
import { readUnsubscribeToken } from "@/lib/alerts/alert-tokens";
import { alertWords } from "@/lib/alerts/alert-words";
import { messages } from "@/lib/i18n/messages";
import type { SearchParams } from "@/lib/public/list-filters";
import { requireSiteLocale } from "../../_views/shared";

// As with confirming: opening the link asks, the button unsubscribes (mail clients use the one-click header).
export const dynamic = "force-dynamic";

type Params = Promise<{ locale: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params;
  return { title: alertWords(requireSiteLocale(locale)).unsubscribeTitle, robots: { index: false, follow: false }, referrer: "no-referrer" };
}

export default async function UnsubscribePage({ params, searchParams }: { params: Params; searchParams: Promise<SearchParams> }) {
  const locale = requireSiteLocale((await params).locale);
  const raw = (await searchParams).token;
  const token = typeof raw === "string" ? raw : "";
  const words = alertWords(locale);
  return (
    <PublicPage locale={locale} messages={messages(locale)} languages={[]} section={null}>
      {readUnsubscribeToken(token) ? (
        <AlertNotice title={words.unsubscribeTitle}>
          <p>{words.unsubscribeBody}</p>
          <form method="post" action={oneClickUnsubscribePath(token)}>
            <input type="hidden" name="locale" value={locale} />
            <Button type="submit" variant="danger">
              {words.unsubscribeButton}
            </Button>
          </form>
        </AlertNotice>
      ) : (
        <AlertNotice title={words.badLinkTitle}>
          <p>{words.badLinkBody}</p>
          <p>
            <a href={subscribePath(locale)} className="text-brand underline underline-offset-2">
              {words.subscribeAgain}
            </a>
          </p>
        </AlertNotice>
      )}
    </PublicPage>
  );
}
