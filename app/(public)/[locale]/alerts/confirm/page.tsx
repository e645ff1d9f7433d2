import { z } from "zod";
import { AlertNotice, SubscribeAgain } from "@/components/public/alert-notice";
import { alertMetadata } from "../alert-metadata";
import { PublicPage } from "@/components/public/public-page";
import { Button } from "@/components/ui/button";
import { CONFIRM_ENDPOINT, subscribePath } from "@/lib/alerts/alert-paths";
import { readConfirmationToken } from "@/lib/alerts/alert-tokens";
import { describeSelection } from "@/lib/alerts/alert-topics";
import { alertWords } from "@/lib/alerts/alert-words";
import { db } from "@/lib/db";
import { messages } from "@/lib/i18n/messages";
import { readSearchParams, type SearchParams } from "@/lib/validation/search-params";
import { requireSiteLocale } from "../../_views/shared";

// Opening the link only shows what it confirms; the button does it. Mail scanners that fetch every link in a
// message therefore never subscribe anyone.
export const dynamic = "force-dynamic";

type Params = Promise<{ locale: string }>;

const tokenQuerySchema = z.object({ token: z.string().default("") });

export const generateMetadata = alertMetadata((words) => words.confirmTitle, { private: true });

export default async function ConfirmPage({ params, searchParams }: { params: Params; searchParams: Promise<SearchParams> }) {
  const locale = requireSiteLocale((await params).locale);
  const { token } = readSearchParams(await searchParams, tokenQuerySchema);
  const words = alertWords(locale);
  const check = readConfirmationToken(token);
  const following = check.ok ? await describeSelection(await db(), check.request.selection, locale) : [];
  return (
    <PublicPage locale={locale} messages={messages(locale)} languages={[]} section={null}>
      {check.ok ? (
        <AlertNotice title={words.confirmTitle}>
          <p>
            {words.confirmBody} <strong>{check.request.email}</strong>:
          </p>
          <ul className="list-disc space-y-1 pl-6" data-following="">
            {following.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <p className="text-muted">{check.request.selection.frequency === "DAILY" ? words.daily : words.immediate}</p>
          <form method="post" action={CONFIRM_ENDPOINT}>
            <input type="hidden" name="token" value={token} />
            <Button type="submit">{words.confirmButton}</Button>
          </form>
        </AlertNotice>
      ) : (
        <AlertNotice title={words.badLinkTitle}>
          <p>{check.reason === "expired" ? words.expiredBody : words.badLinkBody}</p>
          <SubscribeAgain href={subscribePath(locale)} label={words.subscribeAgain} />
        </AlertNotice>
      )}
    </PublicPage>
  );
}
