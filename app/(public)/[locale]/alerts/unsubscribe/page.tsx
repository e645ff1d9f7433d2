import { z } from "zod";
import { AlertNotice, SubscribeAgain } from "@/components/public/alert-notice";
import { alertMetadata } from "../alert-metadata";
import { PublicPage } from "@/components/public/public-page";
import { Button } from "@/components/ui/button";
import { oneClickUnsubscribePath, subscribePath } from "@/lib/alerts/alert-paths";
import { readUnsubscribeToken } from "@/lib/alerts/alert-tokens";
import { alertWords } from "@/lib/alerts/alert-words";
import { messages } from "@/lib/i18n/messages";
import { readSearchParams, type SearchParams } from "@/lib/validation/search-params";
import { requireSiteLocale } from "../../_views/shared";

// As with confirming: opening the link asks, the button unsubscribes (mail clients use the one-click header).
export const dynamic = "force-dynamic";

type Params = Promise<{ locale: string }>;

const tokenQuerySchema = z.object({ token: z.string().default("") });

export const generateMetadata = alertMetadata((words) => words.unsubscribeTitle, { private: true });

export default async function UnsubscribePage({ params, searchParams }: { params: Params; searchParams: Promise<SearchParams> }) {
  const locale = requireSiteLocale((await params).locale);
  const { token } = readSearchParams(await searchParams, tokenQuerySchema);
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
          <SubscribeAgain href={subscribePath(locale)} label={words.subscribeAgain} />
        </AlertNotice>
      )}
    </PublicPage>
  );
}
