// The shape every translation move shares: lock, ask the policy, check the move, write; commitChange audits and revalidates.
import { authorize, type Action } from "@/lib/auth/policy";
import { auditActor, ensure, type Actor } from "@/lib/changes/actor";
import type { EditionRecord } from "@/lib/editions/edition-records";
import { commitChange } from "@/lib/changes/commit-change";
import { checkTranslationTransition, translationTransitionFor, type TranslationTransitionName } from "@/lib/workflow/workflow";
import type { TransactionClient } from "@/lib/db";
import type { Prisma, TranslationState } from "@/lib/db/generated/client";
import { ensureUnchangedSince } from "@/lib/errors";
import { lockTranslation, stateOf, translationConflict, translationSubject, type TranslationRow } from "./records";

/** What every translation service answers: the translation, its state, and the lockVersion to send next. */
export interface TranslationResult {
  documentId: string;
  editionId: string;
  localizationId: string;
  locale: string;
  state: TranslationState;
  /** Send this with the next save (moves change the translation's lockVersion too). */
  lockVersion: number;
}

export interface TranslationMoveSpec {
  permission: Extract<Action, "translation.submit" | "translation.reject" | "translation.publish">;
  transition: Extract<TranslationTransitionName, "submit" | "reject" | "publish">;
  /** Checks and reads inside the transaction, after the policy and the workflow allowed the move; returns fields to set. */
  prepare?: (
    tx: TransactionClient,
    context: { edition: EditionRecord; translation: TranslationRow },
  ) => Promise<{ data?: Prisma.LocalizationUpdateManyMutationInput; auditData?: Record<string, string | number | null> } | void>;
  reason?: string | null;
  /** Readers see the result: revalidate the public pages after commit. */
  revalidate?: boolean;
  /** Inside the transaction, after the move is written: who should hear of it (lib/notifications). */
  announce?: (tx: TransactionClient, context: { edition: EditionRecord; translation: TranslationRow }) => Promise<void>;
}

export async function moveTranslation(
  actor: Actor,
  target: { localizationId: string; lockVersion?: number },
  spec: TranslationMoveSpec,
): Promise<TranslationResult> {
  return commitChange(async (tx) => {
    const { edition, translation } = await lockTranslation(tx, target.localizationId);
    const from = stateOf(translation);
    authorize(actor, spec.permission, translationSubject(edition, translation.locale, from));
    ensure(checkTranslationTransition(spec.transition, from));
    await ensureUnchangedSince(target.lockVersion, translation.lockVersion, () => translationConflict(tx, translation.id, "decision"));
    const prepared = (await spec.prepare?.(tx, { edition, translation })) ?? {};
    const to = translationTransitionFor(spec.transition).to;
    const claimed = await tx.localization.updateMany({
      where: { id: translation.id, lockVersion: translation.lockVersion },
      data: { ...prepared.data, translationState: to, lockVersion: { increment: 1 } },
    });
    if (claimed.count !== 1) throw await translationConflict(tx, translation.id);
    await spec.announce?.(tx, { edition, translation });
    return {
      result: {
        documentId: edition.documentId,
        editionId: edition.id,
        localizationId: translation.id,
        locale: translation.locale,
        state: to,
        lockVersion: translation.lockVersion + 1,
      },
      audit: {
        actor: auditActor(actor),
        action: `translation.${spec.transition}`,
        subjectType: "localization",
        subjectId: translation.id,
        fromState: from,
        toState: to,
        reason: spec.reason ?? null,
        data: {
          documentId: edition.documentId,
          editionId: edition.id,
          editionNumber: edition.number,
          editionState: edition.state,
          locale: translation.locale,
          ...prepared.auditData,
        },
      },
      revalidate: spec.revalidate ? [edition.documentId] : [],
    };
  });
}
