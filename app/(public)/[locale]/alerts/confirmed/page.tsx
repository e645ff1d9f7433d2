import { AlertNotice } from "@/components/public/alert-notice";
import { alertMetadata } from "../alert-metadata";
import { PublicPage } from "@/components/public/public-page";
import { alertWords } from "@/lib/alerts/alert-words";
import { messages } from "@/lib/i18n/messages";
import { homePath } from "@/lib/public/paths";
import { everyLanguage, requireSiteLocale } from "../../_views/shared";

type Params = Promise<{ locale: string }>;

export const generateMetadata = alertMetadata((words) => words.confirmedTitle);

export default async function ConfirmedPage({ params }: { params: Params }) {
  const locale = requireSiteLocale((await params).locale);
  const t = messages(locale);
  const words = alertWords(locale);
  return (
    <PublicPage locale={locale} messages={t} languages={everyLanguage((other) => `/${other}/alerts/confirmed`)} section={null}>
      <AlertNotice title={words.confirmedTitle}>
        <p>{words.confirmedBody}</p>
        <p>
          <a href={homePath(locale)} className="text-brand underline underline-offset-2">
            {t.notFound.home}
          </a>
        </p>
      </AlertNotice>
    </PublicPage>
  );
}
