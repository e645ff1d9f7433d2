"use server";

import { editionAction } from "@/lib/actions/edition-action";
import { formatOfficeTime } from "@/lib/time/office-time";
import { embargo } from "@/lib/embargo/embargo-edition";
import { embargoInputSchema, extendEmbargoInputSchema, liftEmbargoInputSchema } from "@/lib/embargo/embargo-input";
import { extendEmbargo } from "@/lib/embargo/extend-embargo";
import { liftEmbargo } from "@/lib/embargo/lift-embargo";
import { env } from "@/lib/env";

/*
 * Embargo moves on an edition (docs/adr/0005). Like every workflow move the policy is asked here with the edition as
 * it is now, and again by the service inside its transaction.
 */

const at = (instant: Date) => formatOfficeTime(instant, env().CHANCERY_TIME_ZONE);

export const embargoAction = editionAction(
  "edition.embargo",
  embargoInputSchema,
  embargo,
  (result) =>
    `Under embargo until ${at(result.until)}: sent to ${result.recipients} ${result.recipients === 1 ? "journalist" : "journalists"}. It goes live by itself at that time.`,
);

export const extendEmbargoAction = editionAction(
  "edition.extendEmbargo",
  extendEmbargoInputSchema,
  extendEmbargo,
  (result) => `Embargo extended until ${at(result.until)}. The recipients were told.`,
);

export const liftEmbargoAction = editionAction("edition.liftEmbargo", liftEmbargoInputSchema, liftEmbargo, "Embargo lifted: published now. The recipients were told it is public.");
