import "server-only";
import type { z } from "zod";
import type { AuditEventInput } from "@/lib/audit/record-audit-event";
import { authorize } from "@/lib/auth/policy";
import { auditActor, type Actor } from "@/lib/changes/actor";
import { parseInput } from "@/lib/validation/input-fields";
import { commitChange } from "@/lib/changes/commit-change";
import { isUniqueViolation } from "@/lib/db/transaction";
import { db } from "@/lib/db";
import { pressContactInputSchema, pressEntryIdSchema, pressListInputSchema } from "./embargo-input";
import { DomainError, NotFoundError } from "@/lib/errors";

/*
 * The press office's lists of journalists (editors: pressList.manage). Each change runs in its own transaction with
 * its audit entry. A list's later changes never reach an embargo already sent: recipients are
 * copied onto the embargo when it is sent.
 */

export interface PressListSummary {
  id: string;
  name: string;
  description: string;
  contacts: { id: string; name: string; email: string; outlet: string }[];
}

export async function listPressLists(actor: Actor): Promise<PressListSummary[]> {
  authorize(actor, "workspace.access");
  return (await db()).pressList.findMany({
    orderBy: { name: "asc" },
    select: { id: true, name: true, description: true, contacts: { orderBy: { name: "asc" }, select: { id: true, name: true, email: true, outlet: true } } },
  });
}

function listEvent(actor: Actor, action: string, subjectId: string, data: Record<string, string>): AuditEventInput {
  return { actor: auditActor(actor), action, subjectType: "pressList", subjectId, data };
}

export async function createPressList(actor: Actor, raw: z.input<typeof pressListInputSchema>): Promise<{ id: string }> {
  authorize(actor, "pressList.manage");
  const input = parseInput(pressListInputSchema, raw);
  return commitChange(async (tx) => {
    if (await tx.pressList.findUnique({ where: { name: input.name }, select: { id: true } })) {
      throw new DomainError(`There is already a press list called “${input.name}”.`, "name");
    }
    const list = await tx.pressList.create({ data: input, select: { id: true } });
    return { result: list, audit: listEvent(actor, "pressList.created", list.id, { name: input.name }) };
  });
}

export async function deletePressList(actor: Actor, raw: z.input<typeof pressEntryIdSchema>): Promise<void> {
  authorize(actor, "pressList.manage");
  const { id: listId } = parseInput(pressEntryIdSchema, raw);
  await commitChange(async (tx) => {
    const list = await tx.pressList.findUnique({ where: { id: listId }, select: { name: true } });
    if (!list) throw new NotFoundError("This press list no longer exists.");
    await tx.pressList.delete({ where: { id: listId } });
    return { result: undefined, audit: listEvent(actor, "pressList.deleted", listId, { name: list.name }) };
  });
}

export async function addPressContact(actor: Actor, raw: z.input<typeof pressContactInputSchema>): Promise<{ id: string }> {
  authorize(actor, "pressList.manage");
  const input = parseInput(pressContactInputSchema, raw);
  return commitChange(async (tx) => {
    const list = await tx.pressList.findUnique({ where: { id: input.listId }, select: { name: true } });
    if (!list) throw new NotFoundError("This press list no longer exists.");
    if (await tx.pressContact.findUnique({ where: { listId_email: { listId: input.listId, email: input.email } }, select: { id: true } })) {
      throw new DomainError(`${input.email} is already on “${list.name}”.`, "email");
    }
    try {
      const contact = await tx.pressContact.create({ data: input, select: { id: true } });
      return {
        result: contact,
        audit: listEvent(actor, "pressList.contactAdded", input.listId, { list: list.name, email: input.email, name: input.name }),
      };
    } catch (error) {
      if (isUniqueViolation(error)) throw new DomainError(`${input.email} is already on “${list.name}”.`, "email");
      throw error;
    }
  });
}

export async function removePressContact(actor: Actor, raw: z.input<typeof pressEntryIdSchema>): Promise<void> {
  authorize(actor, "pressList.manage");
  const { id: contactId } = parseInput(pressEntryIdSchema, raw);
  await commitChange(async (tx) => {
    const contact = await tx.pressContact.findUnique({ where: { id: contactId }, select: { listId: true, email: true, list: { select: { name: true } } } });
    if (!contact) throw new NotFoundError("This journalist is no longer on the list.");
    await tx.pressContact.delete({ where: { id: contactId } });
    return { result: undefined, audit: listEvent(actor, "pressList.contactRemoved", contact.listId, { list: contact.list.name, email: contact.email }) };
  });
}
