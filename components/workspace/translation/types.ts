import type { ActionInput } from "@/lib/actions/form-input";
import type { ActionResult } from "@/lib/actions/define-action";
import type { SaveOrConflict } from "@/lib/actions/save-or-conflict";
import type { Decision } from "@/lib/auth/policy";
import type { SaveTranslationResult } from "@/lib/translation/save-translation";
import type { TranslationFormValues } from "@/lib/translation/records";
import type { TranslationResult } from "@/lib/translation/translation-move";
import type { TranslationWorkspace, WorkspaceField, WorkspaceRow, WorkspaceTransition } from "@/lib/translation/workspace";

/** What the workspace's save action answers: the save, or (someone saved first) their version to show beside yours. */
export type SaveTranslationOutcome = SaveOrConflict<SaveTranslationResult, TranslationFormValues>;

type Action<T> = (input: ActionInput) => Promise<ActionResult<T>>;

export type TranslationState = TranslationWorkspace["state"];

/** The translation workspace as the page hands it to the editor. */
export interface EditorWorkspace {
  documentId: string;
  kind: TranslationWorkspace["document"]["kind"];
  localizationId: string;
  lockVersion: number;
  state: TranslationState;
  locale: string;
  localeLabel: string;
  sourceLocale: string;
  sourceLocaleLabel: string;
  title: WorkspaceField;
  summary: WorkspaceField;
  /** The original's change note for this edition, when it has one: translated beside the credit. */
  sourceChangeNote: string | null;
  rows: WorkspaceRow[];
  form: TranslationFormValues;
  edit: Decision;
  markOfficial: boolean;
  transitions: WorkspaceTransition[];
  timeZone: string;
}

export interface TranslationActions {
  save: Action<SaveTranslationOutcome>;
  submit: Action<TranslationResult>;
  reject: Action<TranslationResult>;
  publish: Action<TranslationResult>;
}
