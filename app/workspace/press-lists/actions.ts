"use server";

import type { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { revalidateWorkspace } from "@/lib/actions/revalidate-workspace";
import type { Actor } from "@/lib/changes/actor";
import { pressContactInputSchema, pressEntryIdSchema, pressListInputSchema } from "@/lib/embargo/embargo-input";
import { addPressContact, createPressList, deletePressList, removePressContact } from "@/lib/embargo/press-lists";

/* The press lists embargoed releases go to: editors only (pressList.manage), each change audited in the service's transaction. */

function pressListAction<S extends z.ZodType, T>(name: string, schema: S, run: (actor: Actor, input: z.output<S>) => Promise<T>, message: string) {
  return defineAction({
    name,
    schema,
    permission: ["pressList.manage"],
    run: (input, ctx) => run(ctx.user, input),
    after: () => revalidateWorkspace("/workspace/press-lists"),
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
