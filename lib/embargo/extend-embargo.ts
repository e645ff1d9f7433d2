import "server-only";
import { type Actor } from "@/lib/changes/actor";
import { parseInput } from "@/lib/validation/input-fields";
import type { EditionResult } from "@/lib/editions/edition-records";
import { moveEdition } from "@/lib/editorial/edition-move";
import { officeTimeToUtc } from "@/lib/time/office-time";
import { env } from "@/lib/env";
import { enqueueMail } from "@/lib/mail/outbound-mail";
import { extendEmbargoInputSchema, type ExtendEmbargoInput } from "./embargo-input";
import { embargoExtendedMail } from "./embargo-mail";
import { embargoTime } from "./embargo-release";
import { DomainError } from "@/lib/errors";

/**
 * An embargoed edition goes public later than announced. The reason goes on the record; the recipients are told
 * the new time (their links keep working). Earlier is not an extension: lift the embargo to publish sooner.
 * @throws PermissionDeniedError, InputError, NotFoundError, ConflictError, DomainError
 */
export async function extendEmbargo(actor: Actor, rawInput: ExtendEmbargoInput, options: { now?: Date } = {}): Promise<EditionResult & { until: Date }> {
  const input = parseInput(extendEmbargoInputSchema, rawInput);
  const timeZone = env().CHANCERY_TIME_ZONE;
  const until = officeTimeToUtc(input.embargoUntil, timeZone);
  const now = options.now ?? new Date();
  let previous: Date | null = null;
  const result = await moveEdition(actor, input, {
    transition: "extendEmbargo",
    reason: input.reason,
    prepare: async (tx, edition) => {
      previous = edition.scheduledAt;
      if (!previous) throw new DomainError("This edition has no embargo time.");
      if (until.getTime() <= Math.max(previous.getTime(), now.getTime())) {
        throw new DomainError(
          `Choose a time after the current embargo (${embargoTime(previous)}); to publish sooner, lift the embargo.`,
          "embargoUntil",
        );
      }
      const embargo = await tx.embargo.findUniqueOrThrow({ where: { editionId: edition.id }, select: { pressLists: true, recipients: { select: { email: true } } } });
      const original = await tx.localization.findFirstOrThrow({ where: { editionId: edition.id, isOriginal: true }, select: { title: true } });
      await enqueueMail(
        tx,
        embargo.recipients.map((recipient) =>
          embargoExtendedMail({ to: recipient.email, title: original.title, until: embargoTime(until), previously: embargoTime(previous!), pressLists: embargo.pressLists }),
        ),
      );
    },
    data: () => ({ scheduledAt: until }),
    auditData: () => ({ from: previous?.toISOString() ?? null, to: until.toISOString(), officeTime: input.embargoUntil, timeZone }),
  });
  return { ...result, until };
}
