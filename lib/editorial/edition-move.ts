// The shape every workflow verb shares: lock, ask the policy once, write; commitChange audits and revalidates.
import { TRANSITION_ACTIONS, type UserTransitionName } from "@/lib/auth/policy";
import type { TransactionClient } from "@/lib/db";
import type { Prisma } from "@/lib/db/generated/client";
import { auditActor, type Actor } from "@/lib/changes/actor";
import { editionAudit } from "./edition-audit";
import { editionResult, lockEditionFor, type EditionRecord, type EditionResult } from "@/lib/editions/edition-records";
import { commitChange } from "@/lib/changes/commit-change";
import { nextState } from "@/lib/workflow/workflow";

export interface MoveSpec<N extends UserTransitionName = UserTransitionName> {
  /** The move; the policy action that must allow it is the transition's own (TRANSITION_ACTIONS). */
  transition: N;
  /** Further checks and writes inside the transaction, after the policy allowed the move. */
  prepare?: (tx: TransactionClient, edition: EditionRecord) => Promise<void>;
  /** Fields to set besides the state. */
  data?: (edition: EditionRecord) => Prisma.EditionUpdateInput;
  /** The audit entry's reason and extra data. */
  reason?: string | null;
  auditData?: (edition: EditionRecord) => Prisma.InputJsonValue;
  /** Readers see the result: revalidate the public pages after commit. */
  revalidate?: boolean;
  /** Inside the transaction, after the move is written: who should hear of it (lib/notifications). */
  announce?: (tx: TransactionClient, edition: EditionRecord) => Promise<void>;
}

export async function moveEdition<N extends UserTransitionName>(
  actor: Actor,
  target: { editionId: string; lockVersion?: number },
  spec: MoveSpec<N>,
): Promise<EditionResult> {
  return commitChange(async (tx) => {
    const edition = await lockEditionFor(tx, actor, TRANSITION_ACTIONS[spec.transition], target);
    await spec.prepare?.(tx, edition);
    const to = nextState(spec.transition, edition.state);
    await tx.edition.update({ where: { id: edition.id }, data: { ...spec.data?.(edition), state: to } });
    await spec.announce?.(tx, edition);
    return {
      result: editionResult(edition, { state: to }),
      audit: editionAudit(auditActor(actor), `edition.${spec.transition}`, edition, {
        fromState: edition.state,
        toState: to,
        reason: spec.reason ?? null,
        data: spec.auditData ? { details: spec.auditData(edition) } : {},
      }),
      revalidate: spec.revalidate ? [edition.documentId] : [],
    };
  });
}
