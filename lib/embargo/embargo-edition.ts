import "server-only";
import { type Actor } from "@/lib/changes/actor";
import { parseInput } from "@/lib/validation/input-fields";
import { ensurePublishable, type EditionResult } from "@/lib/editions/edition-records";
import { moveEdition } from "@/lib/editorial/edition-move";
import { officeTimeToUtc } from "@/lib/time/office-time";
import { env } from "@/lib/env";
import { enqueueMail, type OutgoingMail } from "@/lib/mail/outbound-mail";
import { embargoInputSchema, type EmbargoInput } from "./embargo-input";
import { embargoMail } from "./embargo-mail";
import { embargoTime, embargoedRelease, recipientLink } from "./embargo-release";
import { newRecipientToken } from "./recipient-token";
import { DomainError } from "@/lib/errors";

export interface EmbargoResult extends EditionResult {
  until: Date;
  recipients: number;
}

/**
 * Submitted → scheduled under embargo: in one transaction the edition is scheduled for `embargoUntil` (office time),
 * everyone on the chosen press lists becomes a recipient with a personal link, and their mails are queued. Nothing is
 * public; the scheduler publishes it at the time like any scheduled edition (docs/adr/0005).
 * @throws PermissionDeniedError (incl. the last editor), InputError, NotFoundError, ConflictError, DomainError
 */
export async function embargo(actor: Actor, rawInput: EmbargoInput, options: { now?: Date } = {}): Promise<EmbargoResult> {
  const input = parseInput(embargoInputSchema, rawInput);
  const timeZone = env().CHANCERY_TIME_ZONE;
  const until = officeTimeToUtc(input.embargoUntil, timeZone);
  const now = options.now ?? new Date();
  if (until.getTime() <= now.getTime()) {
    throw new DomainError(`Choose a time in the future (it is now ${embargoTime(now)}).`, "embargoUntil");
  }
  let sent: { pressLists: string[]; recipients: number } = { pressLists: [], recipients: 0 };
  const result = await moveEdition(actor, input, {
    transition: "embargo",
    prepare: async (tx, edition) => {
      await ensurePublishable(tx, edition);
      const lists = await tx.pressList.findMany({
        where: { id: { in: input.pressListIds } },
        orderBy: { name: "asc" },
        select: { name: true, contacts: { orderBy: { name: "asc" }, select: { name: true, email: true, outlet: true } } },
      });
      if (lists.length !== new Set(input.pressListIds).size) {
        throw new DomainError("One of the chosen press lists no longer exists; reload the page.", "pressListIds");
      }
      // Someone on two of the lists receives it once.
      const contacts = [...new Map(lists.flatMap((list) => list.contacts).map((contact) => [contact.email, contact])).values()];
      if (contacts.length === 0) throw new DomainError("The chosen press lists have nobody on them; add journalists first.", "pressListIds");
      const pressLists = lists.map((list) => list.name);
      await tx.embargo.create({ data: { editionId: edition.id, pressLists } });
      const release = await embargoedRelease(tx, edition, until);
      const mails: OutgoingMail[] = [];
      for (const contact of contacts) {
        const { token, tokenHash } = newRecipientToken();
        await tx.embargoRecipient.create({ data: { editionId: edition.id, name: contact.name, email: contact.email, outlet: contact.outlet, tokenHash } });
        mails.push(embargoMail({ to: contact.email, release, link: recipientLink(edition.document.originalLocale, token), pressLists }));
      }
      await enqueueMail(tx, mails);
      sent = { pressLists, recipients: contacts.length };
    },
    data: () => ({ scheduledAt: until }),
    auditData: () => ({ embargoUntil: until.toISOString(), officeTime: input.embargoUntil, timeZone, pressLists: sent.pressLists, recipients: sent.recipients }),
  });
  return { ...result, until, recipients: sent.recipients };
}
