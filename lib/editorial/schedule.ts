import { env } from "@/lib/env";
import { type Actor } from "@/lib/changes/actor";
import { parseInput } from "@/lib/validation/input-fields";
import { scheduleInputSchema, type ScheduleInput } from "./document-input";
import { ensurePublishable, type EditionResult } from "@/lib/editions/edition-records";
import { moveEdition } from "./edition-move";
import { formatOfficeTime, officeTimeToUtc } from "@/lib/time/office-time";
import { DomainError } from "@/lib/errors";

export interface ScheduleResult extends EditionResult {
  /** The UTC instant it goes live. */
  scheduledAt: Date;
}

/**
 * Submitted → scheduled: publishes at `publishAt`, office time (CHANCERY_TIME_ZONE), stored in UTC. The scheduler
 * (instrumentation.ts, or `npm run publish-due` from cron) publishes it when due.
 * @throws PermissionDeniedError (incl. the last editor: second pair of eyes), InputError, NotFoundError,
 *   ConflictError, DomainError (time not in the future, not publishable)
 */
export async function schedule(actor: Actor, rawInput: ScheduleInput, options: { now?: Date } = {}): Promise<ScheduleResult> {
  const input = parseInput(scheduleInputSchema, rawInput);
  const timeZone = env().CHANCERY_TIME_ZONE;
  const scheduledAt = officeTimeToUtc(input.publishAt, timeZone);
  const now = options.now ?? new Date();
  if (scheduledAt.getTime() <= now.getTime()) {
    throw new DomainError(
      `Choose a time in the future (it is now ${formatOfficeTime(now, timeZone)}); to publish now, publish instead.`,
      "publishAt",
    );
  }
  const result = await moveEdition(actor, input, {
    transition: "schedule",
    prepare: ensurePublishable,
    data: () => ({ scheduledAt }),
    auditData: () => ({ scheduledAt: scheduledAt.toISOString(), officeTime: input.publishAt, timeZone }),
  });
  return { ...result, scheduledAt };
}
