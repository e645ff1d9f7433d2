import { sendDueDigests, type DigestResult } from "@/lib/alerts/send-digests";
import { deliverDueMail, type DeliveryResult } from "@/lib/mail/deliver-mail";
import { publishDue, type PublishDueResult } from "./publish-due";

export const SCHEDULER_INTERVAL_MS = 30_000;

interface SchedulerState {
  timer?: ReturnType<typeof setInterval>;
  running: boolean;
}

// On globalThis so a dev-mode reload does not start a second timer in the same process.
const holder = globalThis as typeof globalThis & { __chanceryScheduler?: SchedulerState };

export interface SchedulerOptions {
  intervalMs?: number;
  log?: Pick<Console, "info" | "error">;
  run?: () => Promise<SchedulerRun>;
}

/** What one tick did: the editions it published, then the queued mail it sent (mail the publishes queued included). */
export type SchedulerRun = PublishDueResult & { digests?: DigestResult; mail?: DeliveryResult };

async function publishDueThenDeliverMail(): Promise<SchedulerRun> {
  const published = await publishDue();
  // Daily alert digests that came due are queued before the mail goes out, so they leave in this same tick.
  const digests = await sendDueDigests();
  return { ...published, digests, mail: await deliverDueMail() };
}

/**
 * Publishes due editions and sends queued mail once now (so what fell due while the server was down goes out at start)
 * and then every 30 s. A run that is still going when the next tick comes is not doubled. Safe with several instances:
 * publishDue claims each edition, and deliverDueMail each mail, with a database lock.
 */
export function startScheduler(options: SchedulerOptions = {}): () => void {
  const state = (holder.__chanceryScheduler ??= { running: false });
  const stop = () => {
    if (state.timer) clearInterval(state.timer);
    state.timer = undefined;
  };
  if (state.timer) return stop;
  const log = options.log ?? console;
  const run = options.run ?? publishDueThenDeliverMail;

  const tick = async () => {
    if (state.running) return;
    state.running = true;
    try {
      const result = await run();
      for (const published of result.published) {
        log.info(`[scheduler] published ${published.slug} (edition ${published.number}), due ${published.scheduledAt.toISOString()}`);
      }
      for (const failure of result.failed) log.error(`[scheduler] could not publish edition ${failure.editionId}: ${failure.error}`);
      if (result.digests && result.digests.sent > 0) log.info(`[scheduler] alert digests: ${result.digests.sent} queued (${result.digests.items} items)`);
      for (const failure of result.digests?.failed ?? []) log.error(`[scheduler] could not make the digest of subscriber ${failure.subscriberId}: ${failure.error}`);
      const mail = result.mail;
      if (mail && mail.sent + mail.retrying + mail.failed > 0) {
        log.info(`[scheduler] mail: ${mail.sent} sent, ${mail.retrying} to retry, ${mail.failed} failed for good`);
      }
    } catch (error) {
      log.error("[scheduler] run failed; trying again at the next tick", error);
    } finally {
      state.running = false;
    }
  };

  state.timer = setInterval(() => void tick(), options.intervalMs ?? SCHEDULER_INTERVAL_MS);
  state.timer.unref?.();
  void tick();
  return stop;
}
