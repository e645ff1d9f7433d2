"use server";

import { defineAction } from "@/lib/actions/define-action";
import { revalidateWorkspace } from "@/lib/actions/revalidate-workspace";
import { loadEditionSubject } from "@/lib/content/edition-subject";
import { formatOfficeTime } from "@/lib/content/office-time";
import { embargo } from "@/lib/embargo/embargo-edition";
import { embargoInputSchema, extendEmbargoInputSchema, liftEmbargoInputSchema } from "@/lib/embargo/embargo-input";
import { extendEmbargo } from "@/lib/embargo/extend-embargo";
import { liftEmbargo } from "@/lib/embargo/lift-embargo";
import { env } from "@/lib/env";
import { describeRefusal } from "@/lib/errors";

/*
 * Embargo moves on an edition (docs/adr/0005). Like every workflow move the policy is asked here with the edition as
 * it is now, and again by the service inside its transaction.
 */

const refresh = () => revalidateWorkspace("/admin", "layout");
const at = (instant: Date) => formatOfficeTime(instant, env().CHANCERY_TIME_ZONE);

export const embargoAction = defineAction({
  name: "edition.embargo",
  schema: embargoInputSchema,
  permission: async (input) => ["edition.embargo", await loadEditionSubject(input.editionId)],
  transaction: false,
  run: (input, ctx) => embargo(ctx.user, input),
  refusal: describeRefusal,
  after: refresh,
  message: (result) =>
    `Under embargo until ${at(result.until)}: sent to ${result.recipients} ${result.recipients === 1 ? "journalist" : "journalists"}. It goes live by itself at that time.`,
});

export const extendEmbargoAction = defineAction({
  name: "edition.extendEmbargo",
  schema: extendEmbargoInputSchema,
  permission: async (input) => ["edition.extendEmbargo", await loadEditionSubject(input.editionId)],
  transaction: false,
  run: (input, ctx) => extendEmbargo(ctx.user, input),
  refusal: describeRefusal,
  after: refresh,
  message: (result) => `Embargo extended until ${at(result.until)}. The recipients were told.`,
});

export const liftEmbargoAction = defineAction({
  name: "edition.liftEmbargo",
  schema: liftEmbargoInputSchema,
  permission: async (input) => ["edition.liftEmbargo", await loadEditionSubject(input.editionId)],
  transaction: false,
  run: (input, ctx) => liftEmbargo(ctx.user, input),
  refusal: describeRefusal,
  after: refresh,
  message: "Embargo lifted: published now. The recipients were told it is public.",
});
