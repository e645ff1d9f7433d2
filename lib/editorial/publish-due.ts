import { db, type PrismaClient, type TransactionClient } from "@/lib/db";
import { Prisma } from "@/lib/db/generated/client";
import { editionSelect } from "@/lib/editions/edition-records";
import { publishedOnSchedule } from "@/lib/notifications/workspace-events";
import { putEditionLive } from "./put-edition-live";
import { commitChange } from "@/lib/changes/commit-change";

export interface PublishedOnSchedule {
  editionId: string;
  documentId: string;
  number: number;
  slug: string;
  scheduledAt: Date;
  publishedAt: Date;
}

export interface PublishDueResult {
  published: PublishedOnSchedule[];
  /** Editions that were due but could not be published; they stay scheduled and are tried again next run. */
  failed: { editionId: string; error: string }[];
}

export interface PublishDueOptions {
  /** Another database than the process's own (the CLI, or a test racing two schedulers). */
  client?: PrismaClient;
  /** Publish what is due at this instant (tests); the current time otherwise. */
  now?: Date;
  /** At most this many in one run. */
  limit?: number;
}

/** One due edition could not be published; the run goes on with the others. */
class ScheduledEditionError extends Error {
  constructor(
    readonly editionId: string,
    message: string,
  ) {
    super(message);
    this.name = "ScheduledEditionError";
  }
}

/**
 * Whoever scheduled it is recorded as its publisher: the scheduler only carries out their decision.
 * Read from the audit log, the one place the scheduling person is kept.
 */
async function scheduledBy(tx: TransactionClient, editionId: string): Promise<string | null> {
  const event = await tx.auditEvent.findFirst({
    where: { subjectType: "edition", subjectId: editionId, action: "edition.schedule" },
    orderBy: { at: "desc" },
    select: { actorId: true },
  });
  return event?.actorId ?? null;
}

/**
 * Claims the next due edition no one else is publishing and publishes it, as one change of its own.
 * `FOR UPDATE SKIP LOCKED` lets any number of schedulers (app instances, cron) run at once: each due edition is
 * claimed by exactly one of them, and the claim ends with the transaction, so a crash leaves it scheduled.
 */
async function publishNextDue(client: PrismaClient, now: Date, skip: readonly string[]): Promise<PublishedOnSchedule | null> {
  let claimedId: string | null = null;
  try {
    return await commitChange(async (tx) => {
      const skipping = skip.length > 0 ? Prisma.sql`AND "id" NOT IN (${Prisma.join(skip)})` : Prisma.empty;
      const claimed = await tx.$queryRaw<{ id: string }[]>`
        SELECT "id" FROM "Edition"
        WHERE "state" = 'SCHEDULED' AND "scheduledAt" <= ${now} ${skipping}
        ORDER BY "scheduledAt", "id"
        LIMIT 1
        FOR UPDATE SKIP LOCKED`;
      claimedId = claimed[0]?.id ?? null;
      if (!claimedId) return { result: null, audit: null };
      const edition = await tx.edition.findUniqueOrThrow({ where: { id: claimedId }, select: editionSelect });
      const publishedAt = new Date();
      const publishedById = await scheduledBy(tx, edition.id);
      const audit = await putEditionLive(tx, edition, {
        transition: "publishScheduled",
        actor: null,
        publishedById,
        now: publishedAt,
        auditData: { scheduledAt: edition.scheduledAt?.toISOString() ?? null },
      });
      await publishedOnSchedule(tx, edition, publishedById);
      return {
        result: {
          editionId: edition.id,
          documentId: edition.documentId,
          number: edition.number,
          slug: edition.document.slug,
          scheduledAt: edition.scheduledAt!,
          publishedAt,
        },
        audit,
        revalidate: [edition.documentId],
      };
    }, client);
  } catch (error) {
    // Once an edition is claimed, whatever goes wrong is that edition's failure: the run goes on with the others.
    if (claimedId === null) throw error;
    throw new ScheduledEditionError(claimedId, error instanceof Error ? error.message : String(error));
  }
}

/**
 * Publishes every scheduled edition whose time has come, each exactly once however many schedulers run at the same
 * moment, each its own change (one failing does not hold up or undo the others), its document revalidated after its
 * commit. Used by the in-server scheduler (instrumentation.ts) and `npm run publish-due`.
 */
export async function publishDue(options: PublishDueOptions = {}): Promise<PublishDueResult> {
  const client = options.client ?? (await db());
  const now = options.now ?? new Date();
  const limit = options.limit ?? 500;
  const result: PublishDueResult = { published: [], failed: [] };
  const skip: string[] = [];
  while (result.published.length + result.failed.length < limit) {
    let published: PublishedOnSchedule | null;
    try {
      published = await publishNextDue(client, now, skip);
    } catch (error) {
      if (!(error instanceof ScheduledEditionError)) throw error;
      result.failed.push({ editionId: error.editionId, error: error.message });
      skip.push(error.editionId);
      continue;
    }
    if (!published) break;
    result.published.push(published);
  }
  return result;
}
