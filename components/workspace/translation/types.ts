import type { SaveOrConflict } from "@/lib/actions/save-or-conflict";
import type { SaveTranslationResult } from "@/lib/translation/save-translation";
import type { TranslationFormValues } from "@/lib/translation/records";

/** What the workspace's save action answers: the save, or (someone saved first) their version to show beside yours. */
export type SaveTranslationOutcome = SaveOrConflict<SaveTranslationResult, TranslationFormValues>;
