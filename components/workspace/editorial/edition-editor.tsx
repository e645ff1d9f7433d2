"use client";

import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import { BodyEditor } from "@/components/workspace/body-editor/body-editor";
import type { LibraryChoice, MediaViews } from "@/lib/media/media-view";
import { useAutosave, type AutosaveControls, type AutosaveResult } from "@/components/workspace/hooks/use-autosave";
import { useUnsavedChangesWarning } from "@/components/workspace/hooks/use-unsaved-changes-warning";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { RadioChoices, TextInput } from "@/components/ui/inputs";
import type { ActionResult } from "@/lib/actions/define-action";
import type { Body } from "@/lib/body/schema";
import { formatOfficeTime } from "@/lib/time/office-time";
import { ConflictPanel, type TheirText } from "./conflict-panel";
import { useDesk, type EditorHandle } from "./desk-bridge";
import { DocumentFields, plainTextOf, type DeskOptions, type DocumentFieldValues, type DocumentKindName } from "./document-fields";
import { bodyErrors, FIELD_LABELS, forSummary, type Failure } from "./form-failure";

/** What the save action answers (app/workspace/documents/actions.ts, SaveOutcome). */
export type SaveResult =
  | { outcome: "saved"; lockVersion: number; revisionNumber: number | null; changed: string[]; slug: string }
  | {
      outcome: "conflict";
      theirs: { message: string; lockVersion: number; lastEditedBy: string | null; updatedAt: Date; title: string; summary: string; body: Body; bodyText: string; publicDate: string };
    };

export type EditionEditorProps = {
  action: (formData: FormData) => Promise<ActionResult<SaveResult>>;
  editionId: string;
  editionNumber: number;
  lockVersion: number;
  kind: DocumentKindName;
  locale: string;
  timeZone: string;
  initial: DocumentFieldValues & { body: Body; changeType: "MAJOR" | "MINOR"; changeNote: string };
  slugEditable: boolean;
  slugHint: string;
  options: DeskOptions;
  /** The media library's photos and files the body and the lead image may show. */
  media?: MediaViews;
  library?: readonly LibraryChoice[];
  leadImageId?: string | null;
  /** Open review notes by block id, shown beside their blocks. */
  openNotes?: Readonly<Record<string, number>>;
};

const UNREACHABLE = "the server could not be reached";

/**
 * The edition editor: every field of the edition in progress, saved in the background a few seconds after each
 * change (and by the Save button or Ctrl+S), with the lock version of the last save. A save someone else got in
 * before is shown as a conflict with both texts side by side; a refused save keeps the text and puts each message
 * by its field.
 */
export function EditionEditor(props: EditionEditorProps) {
  const { action, editionId, editionNumber, kind, locale, timeZone, initial, options } = props;
  const desk = useDesk();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<DocumentFieldValues>(() => ({
    title: initial.title,
    slug: initial.slug,
    summary: initial.summary,
    publicDate: initial.publicDate,
    interviewee: initial.interviewee,
    outlet: initial.outlet,
    sourceUrl: initial.sourceUrl,
    tags: initial.tags,
    related: initial.related,
  }));
  const [changeType, setChangeType] = useState(initial.changeType);
  const [changeNote, setChangeNote] = useState(initial.changeNote);
  const [body, setBody] = useState<Body>(initial.body);
  // The body editor reads its body once: another one (theirs, after a conflict) is loaded by remounting it.
  const [loadedBody, setLoadedBody] = useState<{ key: number; body: Body }>({ key: 0, body: initial.body });
  const [textProblems, setTextProblems] = useState(false);
  const [failure, setFailure] = useState<Failure>(null);
  const [failureShown, setFailureShown] = useState(0);
  const [theirs, setTheirs] = useState<(TheirText & { lockVersion: number; publicDate: string }) | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const controls = useRef<AutosaveControls | null>(null);
  /** The lock version of the last successful save: what the next save and any workflow move name. */
  const lockRef = useRef(props.lockVersion);
  /** Changes up to this revision of the autosaver are saved. */
  const savedUpTo = useRef(0);
  const theirsRef = useRef(theirs);
  const textProblemsRef = useRef(textProblems);

  const save = useCallback(
    async (lockVersion: number): Promise<AutosaveResult> => {
      const form = formRef.current;
      if (!form) return { ok: false, error: "the form is no longer on the page" };
      const asOf = controls.current?.revision() ?? 0;
      const data = new FormData(form);
      data.set("lockVersion", String(lockVersion));
      let result: ActionResult<SaveResult>;
      try {
        result = await action(data);
      } catch {
        return { ok: false, error: UNREACHABLE };
      }
      if (!result.ok) {
        setFailure(result);
        return { ok: false, error: result.code === "invalid" ? "check the highlighted fields" : result.error };
      }
      setFailure(null);
      if (result.data.outcome === "conflict") {
        const other = result.data.theirs;
        setTheirs({ ...other, savedAt: formatOfficeTime(new Date(other.updatedAt), timeZone) });
        return { ok: false, error: other.message, conflict: true };
      }
      lockRef.current = result.data.lockVersion;
      savedUpTo.current = Math.max(savedUpTo.current, asOf);
      return { ok: true, lockVersion: result.data.lockVersion };
    },
    [action, timeZone],
  );

  const autosave = useAutosave({ save, lockVersion: props.lockVersion, enabled: !textProblems && theirs === null, timeZone });
  useEffect(() => {
    controls.current = autosave;
    theirsRef.current = theirs;
    textProblemsRef.current = textProblems;
  });
  useUnsavedChangesWarning(autosave.dirty || theirs !== null);

  // The workflow panel asks before a move: everything saved, and the version saved last.
  // Someone else's save reached this page (a refresh after a refused move, say) while nothing here is unsaved:
  // show their version rather than keep an older one that every later save or move would conflict with.
  const serverVersion = props.lockVersion;
  const latestInitial = useRef(initial);
  useEffect(() => {
    latestInitial.current = initial;
  });
  useEffect(() => {
    if (serverVersion <= lockRef.current || autosave.dirty || autosave.phase === "saving" || theirs) return;
    const fresh = latestInitial.current;
    lockRef.current = serverVersion;
    autosave.reset(serverVersion);
    savedUpTo.current = autosave.revision();
    setValues({
      title: fresh.title,
      slug: fresh.slug,
      summary: fresh.summary,
      publicDate: fresh.publicDate,
      interviewee: fresh.interviewee,
      outlet: fresh.outlet,
      sourceUrl: fresh.sourceUrl,
      tags: fresh.tags,
      related: fresh.related,
    });
    setChangeType(fresh.changeType);
    setChangeNote(fresh.changeNote);
    setBody(fresh.body);
    setLoadedBody((current) => ({ key: current.key + 1, body: fresh.body }));
  }, [serverVersion, autosave, theirs]);

  const { registerEditor } = desk;
  useEffect(() => {
    const handle: EditorHandle = {
      lockVersion: () => lockRef.current,
      settle: async () => {
        if (theirsRef.current) return "Someone else saved this edition meanwhile: choose what to keep (above the form) first.";
        if (textProblemsRef.current) return "The body's text cannot be read as blocks: fix it before going on.";
        await controls.current?.flush();
        if ((controls.current?.revision() ?? 0) > savedUpTo.current) {
          return "Your latest changes are not saved (see the message by the Save button); save them first.";
        }
        return null;
      },
    };
    return registerEditor(handle);
  }, [registerEditor]);

  const touched = () => {
    setNotice(null);
    autosave.changed();
  };
  const change = (next: Partial<DocumentFieldValues>) => {
    setValues((current) => ({ ...current, ...next }));
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

  const keepMine = async () => {
    if (!theirs) return;
    autosave.reset(theirs.lockVersion);
    lockRef.current = theirs.lockVersion;
    savedUpTo.current = autosave.revision();
    setTheirs(null);
    theirsRef.current = null;
    autosave.changed();
    await autosave.flush();
  };

  const takeTheirs = () => {
    if (!theirs) return;
    if (!window.confirm("Replace your unsaved title, summary and body with their version? Your text will be lost.")) return;
    setValues((current) => ({ ...current, title: theirs.title, summary: theirs.summary, publicDate: theirs.publicDate || current.publicDate }));
    setBody(theirs.body);
    setLoadedBody((current) => ({ key: current.key + 1, body: theirs.body }));
    autosave.reset(theirs.lockVersion);
    lockRef.current = theirs.lockVersion;
    savedUpTo.current = autosave.revision();
    setTheirs(null);
  };

  const plainText = useMemo(() => plainTextOf(values.title, values.summary, body), [values.title, values.summary, body]);
  const errors = failure?.fieldErrors ?? {};
  const status = notice ?? autosave.statusText;

  return (
    <form ref={formRef} onSubmit={(event) => void onSubmit(event)} onKeyDown={onKeyDown} noValidate className="space-y-8" data-edition-editor="">
      <input type="hidden" name="editionId" value={editionId} />
      <input type="hidden" name="lockVersion" value={autosave.lockVersion} />

      {theirs ? (
        <ConflictPanel theirs={theirs} mine={{ title: values.title, summary: values.summary, body }} onKeepMine={() => void keepMine()} onTakeTheirs={takeTheirs} />
      ) : null}
      <ErrorSummary failure={failure} focusKey={failureShown} />

      {editionNumber > 1 ? (
        <fieldset className="space-y-3 border-l-4 border-brand bg-brand/5 px-4 py-3">
          <legend className="sr-only">The change this edition makes</legend>
          <p className="font-semibold text-ink">This edition corrects published content (edition {editionNumber}).</p>
          <p className="text-sm text-muted" data-pending-document-fields="">
            The tags, related documents{kind === "INTERVIEW" ? " and interview details" : ""} below are this edition&apos;s: changes to them reach readers
            when it is published, not before.
          </p>
          <RadioChoices
            name="changeType"
            choices={[
              ["MAJOR", "Major change: readers see the note below in the page's history"],
              ["MINOR", "Minor change (a typo): readers are not told"],
            ]}
            value={changeType}
            onChange={(value) => {
              setChangeType(value);
              touched();
            }}
          />
          {changeType === "MAJOR" ? (
            <Field id="changeNote" label="Change note" hint="What changed, in a sentence. Required before a major change is published." error={errors.changeNote}>
              {(control) => (
                <TextInput
                  {...control}
                  name="changeNote"
                  value={changeNote}
                  onChange={(event) => {
                    setChangeNote(event.target.value);
                    touched();
                  }}
                  className="max-w-none"
                />
              )}
            </Field>
          ) : null}
        </fieldset>
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
            {props.library && props.library.some((choice) => choice.kind === "image") ? (
              <LeadImageField
                choices={props.library.filter((choice) => choice.kind === "image")}
                initial={props.leadImageId ?? ""}
                error={failure?.fieldErrors.leadImageId?.[0]}
                onChange={touched}
              />
            ) : null}
            <BodyEditor
              key={loadedBody.key}
              name="body"
              initialBody={loadedBody.body}
              locale={locale}
              media={props.media}
              library={props.library}
              openNotes={props.openNotes}
              errors={bodyErrors(failure, body)}
              onChange={(next, report) => {
                setBody(next);
                setTextProblems(report.textProblems !== null);
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

/** A refused save's messages, each linked to its field. Takes focus only after the Save button, never while typing. */
function ErrorSummary({ failure, focusKey }: { failure: Failure; focusKey: number }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusKey > 0) box.current?.focus();
  }, [focusKey]);
  const summary = forSummary(failure);
  if (!summary) return null;
  const fields = Object.entries(summary.fieldErrors).filter(([name]) => name !== "form");
  return (
    <div ref={box} tabIndex={-1} className="outline-none">
      <Alert tone="error" title={fields.length > 0 ? "Not saved: there is a problem" : `Not saved: ${summary.error}`}>
        {fields.length > 0 ? (
          <ul className="list-disc space-y-1 pl-5">
            {fields.map(([name, messages]) => (
              <li key={name}>
                <a href={`#${name}`} className="text-accent underline underline-offset-2">
                  {FIELD_LABELS[name] ? `${FIELD_LABELS[name]}: ` : ""}
                  {messages[0]}
                </a>
              </li>
            ))}
          </ul>
        ) : (
          <p>Your text is still here. Try again; if it keeps happening, copy your text somewhere safe and tell an editor.</p>
        )}
      </Alert>
    </div>
  );
}

/** The photo shown with the document on lists, at the top of the article and in link previews. */
function LeadImageField({ choices, initial, error, onChange }: { choices: readonly LibraryChoice[]; initial: string; error?: string; onChange: () => void }) {
  return (
    <div className={error ? "mb-4 border-l-4 border-accent pl-3" : "mb-4"}>
      <label htmlFor="lead-image" className="block font-semibold text-ink">
        Lead image <span className="font-normal text-muted">(optional)</span>
      </label>
      <p id="lead-image-hint" className="text-sm text-muted">
        Shown on lists, above the text and in link previews. Upload photos in Media.
      </p>
      {error ? <p className="text-sm font-semibold text-accent">{error}</p> : null}
      <select
        id="lead-image"
        name="leadImageId"
        defaultValue={initial}
        aria-describedby="lead-image-hint"
        onChange={onChange}
        className="mt-1 h-9 max-w-full rounded-sm border border-ink/50 bg-white px-2 text-sm text-ink"
      >
        <option value="">No lead image</option>
        {choices.map((choice) => (
          <option key={choice.id} value={choice.id}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  );
}
