"use server";

import type { z } from "zod";
import type { AuditActor } from "@/lib/audit/record-audit-event";
import { defineAction } from "@/lib/actions/define-action";
import { revalidateWorkspace } from "@/lib/actions/revalidate-workspace";
import type { TransactionClient } from "@/lib/db";
import { pressContactInputSchema, pressEntryIdSchema, pressListInputSchema } from "@/lib/embargo/embargo-input";
import { addPressContact, createPressList, deletePressList, removePressContact } from "@/lib/embargo/press-lists";
import { describeRefusal } from "@/lib/errors";

/* The press lists embargoed releases go to: editors only (pressList.manage), each change audited in its transaction. */

function pressListAction<S extends z.ZodType, T>(name: string, schema: S, run: (tx: TransactionClient, actor: AuditActor, input: z.output<S>) => Promise<T>, message: string) {
  return defineAction({
    name,
    schema,
    permission: ["pressList.manage"],
    run: (input, ctx) => run(ctx.tx, ctx.actor, input),
    refusal: describeRefusal,
    after: () => revalidateWorkspace("/admin/press-lists"),
    message,
  });
}

export const createPressListAction = pressListAction("pressList.create", pressListInputSchema, createPressList, "Press list created.");
export const deletePressListAction = pressListAction(
  "pressList.delete",
  pressEntryIdSchema,
  deletePressList,
  "Press list deleted. Embargoes already sent keep their recipients.",
);
export const addPressContactAction = pressListAction("pressList.addContact", pressContactInputSchema, addPressContact, "Journalist added.");
export const removePressContactAction = pressListAction("pressList.removeContact", pressEntryIdSchema, removePressContact, "Journalist removed from the list.");
