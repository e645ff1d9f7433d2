"use server";

import { defineAction } from "@/lib/actions/define-action";
import { revalidateWorkspace } from "@/lib/actions/revalidate-workspace";
import { describeRefusal } from "@/lib/content/actor";
import { pressContactIdSchema, pressContactInputSchema, pressListIdSchema, pressListInputSchema } from "@/lib/embargo/embargo-input";
import { addPressContact, createPressList, deletePressList, removePressContact } from "@/lib/embargo/press-lists";

/* The press lists embargoed releases go to: editors only (pressList.manage), each change audited. */

const refresh = () => revalidateWorkspace("/admin/press-lists");

export const createPressListAction = defineAction({
  name: "pressList.create",
  schema: pressListInputSchema,
  permission: ["pressList.manage"],
  run: (input, ctx) => createPressList(ctx.tx, ctx.actor, input),
  refusal: describeRefusal,
  after: refresh,
  message: "Press list created.",
});

export const deletePressListAction = defineAction({
  name: "pressList.delete",
  schema: pressListIdSchema,
  permission: ["pressList.manage"],
  run: (input, ctx) => deletePressList(ctx.tx, ctx.actor, input),
  refusal: describeRefusal,
  after: refresh,
  message: "Press list deleted. Embargoes already sent keep their recipients.",
});

export const addPressContactAction = defineAction({
  name: "pressList.addContact",
  schema: pressContactInputSchema,
  permission: ["pressList.manage"],
  run: (input, ctx) => addPressContact(ctx.tx, ctx.actor, input),
  refusal: describeRefusal,
  after: refresh,
  message: "Journalist added.",
});

export const removePressContactAction = defineAction({
  name: "pressList.removeContact",
  schema: pressContactIdSchema,
  permission: ["pressList.manage"],
  run: (input, ctx) => removePressContact(ctx.tx, ctx.actor, input),
  refusal: describeRefusal,
  after: refresh,
  message: "Journalist removed from the list.",
});
