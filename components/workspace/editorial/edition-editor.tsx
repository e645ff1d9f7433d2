"use client";

import { useMemo, useState, type FormEvent, type KeyboardEvent } from "react";
import { BodyEditor } from "@/components/workspace/body-editor/body-editor";
import type { LibraryChoice, MediaViews } from "@/lib/media/media-view";
import { Button } from "@/components/ui/button";
import { ConflictPanel } from "./conflict-panel";
import { DocumentFields, plainTextOf, type PickerOptions, type DocumentFieldValues, type DocumentKindName } from "./document-fields";
import { EditionChangeFields } from "./edition-change-fields";
import { bodyErrors } from "./form-failure";
import { LeadImageField } from "./lead-image-field";
import { SaveErrorSummary } from "./save-error-summary";
import { useEditionDraft, type EditionValues } from "./use-edition-draft";
import { useEditionSave, type SaveEdition } from "./use-edition-save";

export type { SaveResult } from "./use-edition-save";

export type EditionEditorProps = {
  action: SaveEdition;
  editionId: string;
  editionNumber: number;
  lockVersion: number;
  kind: DocumentKindName;
  locale: string;
  timeZone: string;
  initial: EditionValues;
  slugEditable: boolean;
  slugHint: string;
  options: PickerOptions;
  /** The media library's photos and files the body and the lead image may show. */
  media?: MediaViews;
  library?: readonly LibraryChoice[];
  leadImageId?: string | null;
  /** Open review notes by block id, shown beside their blocks. */
  openNotes?: Readonly<Record<string, number>>;
};

/**
 * The edition editor: every field of the edition in progress, saved in the background a few seconds after each
 * change (and by the Save button or Ctrl+S), with the lock version of the last save. A save someone else got in
 * before is shown as a conflict with both texts side by side; a refused save keeps the text and puts each message
 * by its field.
 */
export function EditionEditor(props: EditionEditorProps) {
  const { editionId, editionNumber, kind, locale, timeZone, initial, options } = props;
  const draft = useEditionDraft(initial);
  const { values, body } = draft;
  const { formRef, autosave, failure, theirs, keepMine, takeTheirs } = useEditionSave({
    action: props.action,
    lockVersion: props.lockVersion,
    timeZone,
    initial,
    textProblems: draft.textProblems,
    load: draft.load,
    loadTheirs: draft.loadTheirs,
  });
  const [failureShown, setFailureShown] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);

  const touched = () => {
    setNotice(null);
    autosave.changed();
  };
  /** A setter that also counts as a change to save. */
  const edited =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      touched();
    };
  const change = (next: Partial<DocumentFieldValues>) => {
    draft.setValues((current) => ({ ...current, ...next }));
    touched();
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (theirs) return;
    if (!event.currentTarget.reportValidity()) return;
    if (!autosave.dirty) {
      setNotice("Nothing to save: everything is saved.");
      return;
    }
    await autosave.flush();
    setFailureShown((count) => count + 1);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "s") {
      event.preventDefault();
      formRef.current?.requestSubmit();
    }
  };

  const plainText = useMemo(() => plainTextOf(values.title, values.summary, body), [values.title, values.summary, body]);
  const errors = failure?.fieldErrors ?? {};
  const status = notice ?? autosave.statusText;
  const images = props.library?.filter((choice) => choice.kind === "image") ?? [];

  return (
    <form ref={formRef} onSubmit={(event) => void onSubmit(event)} onKeyDown={onKeyDown} noValidate className="space-y-8" data-edition-editor="">
      <input type="hidden" name="editionId" value={editionId} />
      <input type="hidden" name="lockVersion" value={autosave.lockVersion} />

      {theirs ? (
        <ConflictPanel theirs={theirs} mine={{ title: values.title, summary: values.summary, body }} onKeepMine={() => void keepMine()} onTakeTheirs={takeTheirs} />
      ) : null}
      <SaveErrorSummary failure={failure} focusKey={failureShown} />

      {editionNumber > 1 ? (
        <EditionChangeFields
          editionNumber={editionNumber}
          kind={kind}
          changeType={draft.changeType}
          changeNote={draft.changeNote}
          error={errors.changeNote}
          onChangeType={edited(draft.setChangeType)}
          onChangeNote={edited(draft.setChangeNote)}
        />
      ) : null}

      <DocumentFields
        kind={kind}
        values={values}
        onChange={change}
        errors={errors}
        options={options}
        slugEditable={props.slugEditable}
        slugOptional={false}
        slugHint={props.slugHint}
        plainText={plainText}
        body={
          <div id="body">
            {images.length > 0 ? (
              <LeadImageField choices={images} initial={props.leadImageId ?? ""} error={failure?.fieldErrors.leadImageId?.[0]} onChange={touched} />
            ) : null}
            <BodyEditor
              key={draft.loadedBody.key}
              name="body"
              initialBody={draft.loadedBody.body}
              locale={locale}
              media={props.media}
              library={props.library}
              openNotes={props.openNotes}
              errors={bodyErrors(failure, body)}
              onChange={(next, report) => {
                draft.setBody(next);
                draft.setTextProblems(report.textProblems !== null);
                touched();
              }}
            />
          </div>
        }
      />

      <div className="sticky bottom-0 z-10 -mx-4 flex flex-wrap items-center gap-4 border-t border-rule bg-white/95 px-4 py-3 backdrop-blur sm:-mx-6 sm:px-6">
        <Button type="submit" disabled={theirs !== null || autosave.phase === "saving"}>
          {autosave.phase === "saving" ? "Saving…" : "Save"}
        </Button>
        <p aria-live="polite" className={autosave.phase === "failed" || autosave.phase === "conflict" ? "text-sm font-semibold text-accent" : "text-sm text-muted"} data-save-status="">
          {status ?? "Changes are saved as you type."}
        </p>
      </div>
    </form>
  );
}
