import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { OutboundMailState } from "@/lib/db/generated/client";
import { authorize, type PolicyUser } from "@/lib/auth/policy";
import { readSearchParams, type SearchParams } from "@/lib/validation/search-params";

/** The outbox as editors read it: every mail Chancery queued, newest first, with what became of it. */

export const OUTBOX_PAGE_SIZE = 50;
export const OUTBOX_STATES = ["QUEUED", "SENT", "FAILED"] as const satisfies readonly OutboundMailState[];

const outboxFilterSchema = z.object({
  state: z.enum(OUTBOX_STATES).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});

export type OutboxFilter = z.infer<typeof outboxFilterSchema>;

export function parseOutboxFilter(params: SearchParams): OutboxFilter {
  return readSearchParams(params, outboxFilterSchema);
}

export type OutboxEntry = {
  id: string;
  createdAt: Date;
  purpose: string;
  to: string;
  subject: string;
  text: string;
  state: OutboundMailState;
  attempts: number;
  nextAttemptAt: Date;
  lastError: string | null;
  transport: string | null;
  sentAt: Date | null;
};

export async function listOutboundMail(viewer: PolicyUser, filter: OutboxFilter) {
  authorize(viewer, "mail.viewOutbox");
  const prisma = await db();
  const where = filter.state ? { state: filter.state } : {};
  const [total, entries] = await Promise.all([
    prisma.outboundMail.count({ where }),
    prisma.outboundMail.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (filter.page - 1) * OUTBOX_PAGE_SIZE,
      take: OUTBOX_PAGE_SIZE,
      select: {
        id: true,
        createdAt: true,
        purpose: true,
        to: true,
        subject: true,
        text: true,
        state: true,
        attempts: true,
        nextAttemptAt: true,
        lastError: true,
        transport: true,
        sentAt: true,
      },
    }),
  ]);
  return { total, entries: entries satisfies OutboxEntry[], pageCount: Math.max(1, Math.ceil(total / OUTBOX_PAGE_SIZE)) };
}
