import type { Actor } from "@/lib/changes/actor";
import { parseInput } from "@/lib/validation/input-fields";
import { translationMoveInputSchema, type TranslationMoveInput } from "./input";
import { ensureTranslationReady } from "./records";
import { moveTranslation, type TranslationResult } from "./translation-move";
import { DomainError } from "@/lib/errors";

/**
 * Submitted → published, by an editor: the translation's latest revision becomes the one readers see
 * (publishedRevisionId), dated now, and the public pages are revalidated.
 *
 * A translation of an edition not yet published (draft, submitted, scheduled) may be published too: the policy allows
 * it, and readers see it when the edition goes live, together with the original it was checked against. Until then
 * nothing public changes. A published translation keeps being served when a correction of the original goes live;
 * the public page then says the original was updated (publicTranslationStatus).
 * @throws PermissionDeniedError, InputError, NotFoundError, ConflictError (lockVersion given and stale),
 *   DomainError (not finished, or nothing saved yet)
 */
export async function publishTranslation(actor: Actor, rawInput: TranslationMoveInput): Promise<TranslationResult> {
  const input = parseInput(translationMoveInputSchema, rawInput);
  return moveTranslation(actor, input, {
    permission: "translation.publish",
    transition: "publish",
    revalidate: true,
    prepare: async (tx, { edition, translation }) => {
      await ensureTranslationReady(tx, edition.id, translation);
      const latest = await tx.revision.findFirst({
        where: { localizationId: translation.id },
        orderBy: { number: "desc" },
        select: { id: true, number: true },
      });
      if (!latest) throw new DomainError("Nothing has been saved in this translation yet.");
      return {
        data: { publishedRevisionId: latest.id, publishedAt: new Date() },
        auditData: { revisionId: latest.id, revisionNumber: latest.number },
      };
    },
  });
}
