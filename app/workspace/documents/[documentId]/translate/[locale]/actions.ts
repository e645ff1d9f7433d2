"use server";

import { z } from "zod";
import type { SaveTranslationOutcome } from "@/components/workspace/translation/types";
import { defineAction } from "@/lib/actions/define-action";
import { revalidateWorkspace } from "@/lib/actions/revalidate-workspace";
import { saveOrConflict } from "@/lib/actions/save-or-conflict";
import { publishTranslation } from "@/lib/translation/publish-translation";
import { rejectTranslation } from "@/lib/translation/reject-translation";
import { saveTranslation } from "@/lib/translation/save-translation";
import { startTranslation } from "@/lib/translation/start-translation";
import { submitTranslation } from "@/lib/translation/submit-translation";
import {
  rejectTranslationInputSchema,
  saveTranslationInputSchema,
  startTranslationInputSchema,
  translationMoveInputSchema,
} from "@/lib/translation/input";
import { translationSubjectFor, translationSubjectOf } from "@/lib/translation/subjects";
import { translatedNameEntriesSchema, translateNamesInputSchema, translateTaxonomyNames } from "@/lib/taxonomy/translate-names";
import { translateMediaInputSchema, translateMediaTexts } from "@/lib/media/edit-media";

/*
 * The translation workspace's server actions. Each is a public endpoint: defineAction asks the policy (the subject
 * loaded from the database) before the service runs, and the service asks again inside its own transaction.
 */

/** The workspace and the queue show what a move changed. */
function refreshDocumentPages(result: { documentId: string; locale: string }): void {
  revalidateWorkspace(`/workspace/documents/${result.documentId}/translate/${result.locale}`);
  revalidateWorkspace("/workspace/translations");
}

export const startTranslationAction = defineAction({
  name: "translation.start",
  schema: startTranslationInputSchema,
  permission: async (input) => ["translation.edit", await translationSubjectFor(input.editionId, input.locale)],
  run: (input, ctx) => startTranslation(ctx.user, input),
  after: refreshDocumentPages,
  message: (result) => (result.created ? "Translation started." : "Someone had started this translation already: it is open below."),
});

export const saveTranslationAction = defineAction({
  name: "translation.save",
  schema: saveTranslationInputSchema,
  permission: async (input) => ["translation.edit", await translationSubjectOf(input.localizationId)],
  run: (input, ctx): Promise<SaveTranslationOutcome> => saveOrConflict(() => saveTranslation(ctx.user, input)),
  // Autosave calls this every few seconds: the workspace updates itself from the answer, so only the queue is refreshed.
  after: (outcome) => {
    if (outcome.saved && outcome.saved.changed.length > 0) revalidateWorkspace("/workspace/translations");
  },
  message: (outcome) => (outcome.saved ? (outcome.saved.changed.length > 0 ? "Translation saved." : "Nothing had changed.") : outcome.message),
});

export const submitTranslationAction = defineAction({
  name: "translation.submit",
  schema: translationMoveInputSchema,
  permission: async (input) => ["translation.submit", await translationSubjectOf(input.localizationId)],
  run: (input, ctx) => submitTranslation(ctx.user, input),
  after: refreshDocumentPages,
  message: "Submitted for review. An editor will publish it or send it back with a comment.",
});

export const rejectTranslationAction = defineAction({
  name: "translation.reject",
  schema: rejectTranslationInputSchema,
  permission: async (input) => ["translation.reject", await translationSubjectOf(input.localizationId)],
  run: (input, ctx) => rejectTranslation(ctx.user, input),
  after: refreshDocumentPages,
  message: "Sent back to the translator with your comment.",
});

export const publishTranslationAction = defineAction({
  name: "translation.publish",
  schema: translationMoveInputSchema,
  permission: async (input) => ["translation.publish", await translationSubjectOf(input.localizationId)],
  run: (input, ctx) => publishTranslation(ctx.user, input),
  after: refreshDocumentPages,
  message: "Translation published. Readers see it on the public page (once the edition itself is live).",
});

/** The workspace's "Save names" form sends its entries as one JSON field. */
const translateNamesFormSchema = translateNamesInputSchema.extend({
  documentId: z.string().min(1).max(64),
  entries: z.preprocess((value) => {
    if (typeof value !== "string") return value;
    try {
      return JSON.parse(value) as unknown;
    } catch {
      return value;
    }
  }, translatedNameEntriesSchema),
});

export const translateTaxonomyNamesAction = defineAction({
  name: "taxonomy.translateNames",
  schema: translateNamesFormSchema,
  permission: (input) => ["taxonomy.translateNames", { type: "taxonomyName", locale: input.locale }],
  run: (input, ctx) => translateTaxonomyNames(ctx.user, { locale: input.locale, entries: input.entries }),
  after: (_result, input) => revalidateWorkspace(`/workspace/documents/${input.documentId}/translate/${input.locale}`),
  message: (result) => (result.changed.length > 0 ? "Names saved." : "Nothing had changed."),
});

/** The "Photos and files" form sends one field per text, named media.<id>.<alt|caption|credit|title>. */
const translateMediaFormSchema = z.preprocess(
  (raw) => {
    if (!raw || typeof raw !== "object") return raw;
    const fields = raw as Record<string, unknown>;
    const entries = new Map<string, Record<string, unknown>>();
    for (const [name, value] of Object.entries(fields)) {
      const match = /^media\.([a-z0-9]{8,40})\.(alt|caption|credit|title)$/.exec(name);
      if (!match) continue;
      const entry = entries.get(match[1]!) ?? { mediaId: match[1] };
      entry[match[2]!] = value;
      entries.set(match[1]!, entry);
    }
    return { documentId: fields.documentId, locale: fields.locale, entries: [...entries.values()] };
  },
  translateMediaInputSchema.extend({ documentId: z.string().min(1).max(64) }),
);

export const translateMediaTextsAction = defineAction({
  name: "media.translate",
  schema: translateMediaFormSchema,
  permission: (input) => ["media.translate", { type: "mediaText", locale: input.locale }],
  run: (input, ctx) => translateMediaTexts(ctx.user, { locale: input.locale, entries: input.entries }),
  after: (_result, input) => revalidateWorkspace(`/workspace/documents/${input.documentId}/translate/${input.locale}`),
  message: (result) => (result.changed.length > 0 ? "Photo and file texts saved." : "Nothing had changed."),
});
