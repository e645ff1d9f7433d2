import { authorize } from "@/lib/auth/policy";
import { auditActor, ensure, type Actor } from "@/lib/changes/actor";
import { parseInput } from "@/lib/validation/input-fields";
import { lockEdition } from "@/lib/editions/edition-records";
import { commitChange } from "@/lib/changes/commit-change";
import { checkTranslationTransition, translationTransitionFor } from "@/lib/workflow/workflow";
import { startTranslationInputSchema, type StartTranslationInput } from "./input";
import { ensureSiteLocale, stateOf, translationSubject } from "./records";
import type { TranslationResult } from "./translation-move";

export interface StartTranslationResult extends TranslationResult {
  /** False when the translation already existed (someone started it first): the workspace simply opens it. */
  created: boolean;
}

/**
 * Starts the translation of an edition into a locale: an empty translation (no title, no summary, no blocks) in
 * progress, with this person as its translator. Its text arrives block by block through saveTranslation. Starting one
 * that exists already returns it unchanged.
 * @throws InputError, NotFoundError, DomainError (a locale the site is not published in), PermissionDeniedError (the
 *   original's locale, an edition that is superseded or withdrawn, a translator's locale that is not theirs)
 */
export async function startTranslation(actor: Actor, rawInput: StartTranslationInput): Promise<StartTranslationResult> {
  const input = parseInput(startTranslationInputSchema, rawInput);
  ensureSiteLocale(input.locale);
  return commitChange<StartTranslationResult>(async (tx) => {
    const edition = await lockEdition(tx, input.editionId);
    const existing = await tx.localization.findUnique({
      where: { editionId_locale: { editionId: edition.id, locale: input.locale } },
      select: { id: true, translationState: true, lockVersion: true },
    });
    const from = stateOf(existing);
    authorize(actor, "translation.edit", translationSubject(edition, input.locale, from));
    const result = { documentId: edition.documentId, editionId: edition.id, locale: input.locale };
    if (existing) {
      return { result: { ...result, localizationId: existing.id, state: from, lockVersion: existing.lockVersion, created: false }, audit: null };
    }

    ensure(checkTranslationTransition("start", from));
    const state = translationTransitionFor("start").to;
    const created = await tx.localization.create({
      data: {
        editionId: edition.id,
        locale: input.locale,
        isOriginal: false,
        translationState: state,
        translatorId: actor.id,
        title: "",
        summary: "",
        body: [],
        sourceHashes: {},
        searchText: "",
        lastEditedById: actor.id,
        lastEditedAt: new Date(),
      },
      select: { id: true, lockVersion: true },
    });
    return {
      result: { ...result, localizationId: created.id, state, lockVersion: created.lockVersion, created: true },
      audit: {
        actor: auditActor(actor),
        action: "translation.start",
        subjectType: "localization",
        subjectId: created.id,
        fromState: from,
        toState: state,
        data: { documentId: edition.documentId, editionId: edition.id, editionNumber: edition.number, locale: input.locale },
      },
    };
  });
}
