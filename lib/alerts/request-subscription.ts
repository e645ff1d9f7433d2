import "server-only";
import { transact } from "@/lib/db/transaction";
import { parseInput } from "@/lib/validation/input-fields";
import type { TransactionClient } from "@/lib/db";
import { isSiteLocale, siteLocales } from "@/lib/i18n/locales";
import { enqueueMail } from "@/lib/mail/outbound-mail";
import { siteOrigin } from "@/lib/public/site";
import { confirmationMail } from "./alert-mail";
import { confirmPath } from "./alert-paths";
import { CONFIRMATION_DAYS, confirmationToken } from "./alert-tokens";
import { describeSelection } from "./alert-topics";
import { subscribeInputSchema, type SubscribeInput } from "./subscription-input";
import { DomainError } from "@/lib/errors";

/** Confirmation mails to one address per hour: enough for a person retrying, too few to flood anyone. */
export const CONFIRMATIONS_PER_HOUR = 3;
const HOUR_MS = 3_600_000;

/** Counts one more confirmation mail to this address; false when the hour's allowance is used up. */
async function allowConfirmation(tx: TransactionClient, email: string, now: Date): Promise<boolean> {
  const windowOpen = new Date(now.getTime() - HOUR_MS);
  const rows = await tx.$queryRaw<{ sent: number }[]>`
    INSERT INTO "AlertConfirmationThrottle" ("email", "windowStart", "sent") VALUES (${email}, ${now}, 1)
    ON CONFLICT ("email") DO UPDATE SET
      "sent" = CASE WHEN "AlertConfirmationThrottle"."windowStart" <= ${windowOpen} THEN 1 ELSE "AlertConfirmationThrottle"."sent" + 1 END,
      "windowStart" = CASE WHEN "AlertConfirmationThrottle"."windowStart" <= ${windowOpen} THEN ${now} ELSE "AlertConfirmationThrottle"."windowStart" END
    RETURNING "sent"`;
  return (rows[0]?.sent ?? 1) <= CONFIRMATIONS_PER_HOUR;
}

/**
 * A reader asked for alerts: mail them a link that confirms exactly this request. Nothing else is stored, and the
 * answer is the same whether the address is new, already subscribed, or over its hourly allowance of mails, so the
 * form tells no one anything about an address.
 * @throws InputError (the form's fields), DomainError (a topic or country that does not exist)
 */
export async function requestSubscription(raw: SubscribeInput, options: { now?: Date } = {}): Promise<void> {
  const request = parseInput(subscribeInputSchema, raw);
  const now = options.now ?? new Date();
  if (!isSiteLocale(request.locale)) throw new DomainError("Choose a language of this site.", "locale");
  const unknownLanguage = request.selection.languages.find((language) => !siteLocales().includes(language));
  if (unknownLanguage) throw new DomainError(`This site is not published in “${unknownLanguage}”.`, "languages");

  // Not commitChange: a reader's request, not the newsroom's act: nothing is audited and no page shows it.
  await transact(async (tx) => {
    const [topics, countries] = await Promise.all([
      tx.topic.count({ where: { id: { in: request.selection.topics } } }),
      tx.country.count({ where: { id: { in: request.selection.countries } } }),
    ]);
    if (topics !== request.selection.topics.length) throw new DomainError("One of the chosen topics no longer exists; reload the page.", "topics");
    if (countries !== request.selection.countries.length) throw new DomainError("One of the chosen countries no longer exists; reload the page.", "countries");
    if (!(await allowConfirmation(tx, request.email, now))) return;
    const token = confirmationToken(request, now);
    await enqueueMail(
      tx,
      confirmationMail({
        to: request.email,
        locale: request.locale,
        confirmUrl: new URL(confirmPath(request.locale, token), siteOrigin()).href,
        frequency: request.selection.frequency,
        following: await describeSelection(tx, request.selection, request.locale),
        validDays: CONFIRMATION_DAYS,
      }),
    );
  });
}
