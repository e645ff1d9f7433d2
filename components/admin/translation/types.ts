import type { SaveTranslationResult } from "@/lib/translation/save-translation";
import type { TranslationFormValues } from "@/lib/translation/records";
import { type ConflictingVersion } from "@/lib/errors";

/** What the workspace's save action answers: the save, or (someone saved first) their version to show beside yours. */
export type SaveTranslationOutcome =
  | { saved: SaveTranslationResult; conflict?: undefined }
  | { saved?: undefined; conflict: ConflictingVersion<TranslationFormValues>; message: string };
