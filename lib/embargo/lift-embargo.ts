import "server-only";
import { authorize } from "@/lib/auth/policy";
import { auditActor, ensure, type Actor } from "@/lib/changes/actor";
import { parseInput } from "@/lib/validation/input-fields";
import { editionResult, editionSubject, ensureLockVersion, ensurePublishable, lockEdition, type EditionResult } from "@/lib/editions/edition-records";
import { putEditionLive } from "@/lib/editorial/put-edition-live";
import { revalidateAfterCommit } from "@/lib/changes/revalidate-after-commit";
import { transact } from "@/lib/db/transaction";
import { checkTransition } from "@/lib/workflow/workflow";
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
  const result = await transact(async (tx) => {
    const edition = await lockEdition(tx, input.editionId);
    authorize(actor, "edition.liftEmbargo", await editionSubject(tx, edition));
    ensure(checkTransition("liftEmbargo", edition.state));
    await ensureLockVersion(tx, edition, input.lockVersion);
    await ensurePublishable(tx, edition);
    await putEditionLive(tx, edition, {
      transition: "liftEmbargo",
      actor: auditActor(actor),
      publishedById: actor.id,
      reason: input.reason,
      now: options.now ?? new Date(),
      auditData: { embargoUntil: edition.scheduledAt?.toISOString() ?? null },
    });
    const embargo = await tx.embargo.findUniqueOrThrow({ where: { editionId: edition.id }, select: { pressLists: true, recipients: { select: { email: true } } } });
    const original = await tx.localization.findFirstOrThrow({ where: { editionId: edition.id, isOriginal: true }, select: { title: true } });
    const publicUrl = new URL(documentPath(edition.document.originalLocale, edition.document.kind, edition.document.slug), siteOrigin()).href;
    await enqueueMail(
      tx,
      embargo.recipients.map((recipient) => embargoLiftedMail({ to: recipient.email, title: original.title, publicUrl, pressLists: embargo.pressLists })),
    );
    return editionResult(edition, { state: "PUBLISHED" });
  });
  revalidateAfterCommit(result.documentId);
  return result;
}
