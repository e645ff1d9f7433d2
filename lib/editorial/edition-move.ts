// The shape every workflow verb shares: lock, ask the policy, check the move, write; commitChange audits and revalidates.
import { authorize, type Action } from "@/lib/auth/policy";
import type { TransactionClient } from "@/lib/db";
import type { Prisma } from "@/lib/db/generated/client";
import { auditActor, ensure, type Actor } from "../changes/actor";
import { editionResult, editionSubject, ensureLockVersion, lockEdition, type EditionRecord, type EditionResult } from "../editions/edition-records";
import { commitChange } from "../changes/commit-change";
import { nextState, checkTransition, type EditionTransitionName } from "@/lib/workflow/workflow";

export interface MoveSpec {
  /** The policy action that must allow it. */
  permission: Action;
  transition: EditionTransitionName;
  /** Further checks and writes inside the transaction, after the policy and the transition allowed the move. */
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

export async function moveEdition(
  actor: Actor,
  target: { editionId: string; lockVersion?: number },
  spec: MoveSpec,
): Promise<EditionResult> {
  return commitChange(async (tx) => {
    const edition = await lockEdition(tx, target.editionId);
    authorize(actor, spec.permission, await editionSubject(tx, edition));
    ensure(checkTransition(spec.transition, edition.state));
    await ensureLockVersion(tx, edition, target.lockVersion);
    await spec.prepare?.(tx, edition);
    const to = nextState(spec.transition, edition.state);
    await tx.edition.update({ where: { id: edition.id }, data: { ...spec.data?.(edition), state: to } });
    await spec.announce?.(tx, edition);
    return {
      result: editionResult(edition, { state: to }),
      audit: {
        actor: auditActor(actor),
        action: `edition.${spec.transition}`,
        subjectType: "edition",
        subjectId: edition.id,
        fromState: edition.state,
        toState: to,
        reason: spec.reason ?? null,
        data: { documentId: edition.documentId, number: edition.number, ...(spec.auditData ? { details: spec.auditData(edition) } : {}) },
      },
      revalidate: spec.revalidate ? [edition.documentId] : [],
    };
  });
}
