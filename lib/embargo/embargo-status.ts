import "server-only";
import { authorize } from "@/lib/auth/policy";
import type { Actor } from "@/lib/changes/actor";
import { db } from "@/lib/db";

export interface EmbargoStatus {
  pressLists: string[];
  sentAt: Date;
  recipients: { id: string; name: string; email: string; outlet: string; openCount: number; firstOpenedAt: Date | null; lastOpenedAt: Date | null }[];
}

/** Who received an edition under embargo and who opened it, for its desk page; null when it never was. Staff only. */
export async function loadEmbargoStatus(actor: Actor, editionId: string): Promise<EmbargoStatus | null> {
  authorize(actor, "workspace.access");
  const embargo = await (await db()).embargo.findUnique({
    where: { editionId },
    select: {
      pressLists: true,
      createdAt: true,
      recipients: {
        orderBy: { name: "asc" },
        select: { id: true, name: true, email: true, outlet: true, openCount: true, firstOpenedAt: true, lastOpenedAt: true },
      },
    },
  });
  return embargo ? { pressLists: embargo.pressLists, sentAt: embargo.createdAt, recipients: embargo.recipients } : null;
}

/** The lists an editor can send an embargo to, with how many people each reaches. */
export async function listPressListChoices(actor: Actor): Promise<{ id: string; name: string; contacts: number }[]> {
  authorize(actor, "workspace.access");
  const lists = await (await db()).pressList.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, _count: { select: { contacts: true } } } });
  return lists.map((list) => ({ id: list.id, name: list.name, contacts: list._count.contacts }));
}
