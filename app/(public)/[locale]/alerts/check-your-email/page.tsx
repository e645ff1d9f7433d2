import { AlertNotice, SubscribeAgain } from "@/components/public/alert-notice";
import { alertMetadata } from "../alert-metadata";
import { PublicPage } from "@/components/public/public-page";
import { subscribePath } from "@/lib/alerts/alert-paths";
import { alertWords } from "@/lib/alerts/alert-words";
import { messages } from "@/lib/i18n/messages";
import { everyLanguage, requireSiteLocale } from "../../_views/shared";

type Params = Promise<{ locale: string }>;

export const generateMetadata = alertMetadata((words) => words.sentTitle);

export default async function CheckYourEmailPage({ params }: { params: Params }) {
  const locale = requireSiteLocale((await params).locale);
  const words = alertWords(locale);
  return (
    <PublicPage locale={locale} messages={messages(locale)} languages={everyLanguage((other) => `/${other}/alerts/check-your-email`)} section={null}>
      <AlertNotice title={words.sentTitle}>
        <p>{words.sentBody}</p>
        <SubscribeAgain href={subscribePath(locale)} label={words.subscribeAgain} before={words.sentAgain} />
      </AlertNotice>
    </PublicPage>
  );
}
