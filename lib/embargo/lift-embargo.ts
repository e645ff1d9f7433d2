import "server-only";
import type { Actor } from "@/lib/changes/actor";
import { parseInput } from "@/lib/validation/input-fields";
import type { EditionResult } from "@/lib/editions/edition-records";
import { publishNow } from "@/lib/editorial/put-edition-live";
import { enqueueMail } from "@/lib/mail/outbound-mail";
import { documentPath } from "@/lib/public/paths";
import { siteOrigin } from "@/lib/public/site";
import { liftEmbargoInputSchema, type LiftEmbargoInput } from "./embargo-input";
import { embargoLiftedMail } from "./embargo-mail";

/**
 * An embargoed edition is published now, before its time, for a reason on the record. It goes live exactly as the
 * scheduler would have put it live (alerts included), and the recipients are told it is public.
 * @throws PermissionDeniedError, InputError, NotFoundError, ConflictError, DomainError
 */
export async function liftEmbargo(actor: Actor, rawInput: LiftEmbargoInput, options: { now?: Date } = {}): Promise<EditionResult> {
  const input = parseInput(liftEmbargoInputSchema, rawInput);
  return publishNow(actor, input, {
    transition: "liftEmbargo",
    reason: input.reason,
    now: options.now,
    auditData: (edition) => ({ embargoUntil: edition.scheduledAt?.toISOString() ?? null }),
    alongside: async (tx, edition) => {
      const embargo = await tx.embargo.findUniqueOrThrow({ where: { editionId: edition.id }, select: { pressLists: true, recipients: { select: { email: true } } } });
      const original = await tx.localization.findFirstOrThrow({ where: { editionId: edition.id, isOriginal: true }, select: { title: true } });
      const publicUrl = new URL(documentPath(edition.document.originalLocale, edition.document.kind, edition.document.slug), siteOrigin()).href;
      await enqueueMail(
        tx,
        embargo.recipients.map((recipient) => embargoLiftedMail({ to: recipient.email, title: original.title, publicUrl, pressLists: embargo.pressLists })),
      );
    },
  });
}
