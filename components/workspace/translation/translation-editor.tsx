"use client";

import { isMediaBlock } from "@/lib/body/schema";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useLayoutEffect, useMemo, useReducer, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { useAutosave, type AutosaveResult } from "@/components/workspace/hooks/use-autosave";
import { useUnsavedChangesWarning } from "@/components/workspace/hooks/use-unsaved-changes-warning";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Fieldset } from "@/components/ui/field";
import { TextInput } from "@/components/ui/inputs";
import type { ActionInput } from "@/lib/actions/form-input";
import type { ActionResult } from "@/lib/actions/define-action";
import type { Decision } from "@/lib/auth/policy";
import { formatOfficeTime } from "@/lib/time/office-time";
import { messages } from "@/lib/i18n/messages";
import type { TranslationStatus } from "@/lib/translation/alignment";
import { TRANSLATOR_CREDIT_MAX } from "@/lib/translation/input";
import { checkTranslationReady } from "@/lib/translation/readiness";
import type { TranslationFormValues } from "@/lib/translation/records";
import type { TranslationResult } from "@/lib/translation/translation-move";
import type { TranslationWorkspace, WorkspaceField, WorkspaceRow, WorkspaceTransition } from "@/lib/translation/workspace";
import { FieldRow, textBoxId, TranslationRow, type RowChange } from "./translation-row";
import { blockNames } from "@/lib/body/block-names";
import type { SaveTranslationOutcome } from "./types";
import {
  describeProgress,
  draftFrom,
  footnoteNumbers,
  localStatuses,
  nextToDo,
  oneParagraph,
  savePayload,
  SUMMARY_ID,
  TITLE_ID,
  unchangedSince,
  type Draft,
  type ServerStatuses,
} from "./workspace-state";
import { type ConflictingVersion } from "@/lib/errors";

type Action<T> = (input: ActionInput) => Promise<ActionResult<T>>;
type TranslationState = TranslationWorkspace["state"];
type DocumentKind = TranslationWorkspace["document"]["kind"];

export interface EditorWorkspace {
  documentId: string;
  kind: DocumentKind;
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

export interface TranslationEditorProps {
  workspace: EditorWorkspace;
  actions: {
    save: Action<SaveTranslationOutcome>;
    submit: Action<TranslationResult>;
    reject: Action<TranslationResult>;
    publish: Action<TranslationResult>;
  };
  /** Shown between the settings and the rows (the taxonomy names, read on the server). */
  children?: ReactNode;
  /** Open review notes by the original's block id, shown beside their rows. */
  openNotes?: Readonly<Record<string, number>>;
}

// ─── State ──────────────────────────────────────────────────────────────────────────────────────────────────────

interface EditorState {
  draft: Draft;
  server: ServerStatuses;
  touched: Set<string>;
  upToDate: Set<string>;
}

type EditorAction =
  | { type: "text"; id: string; change: RowChange }
  | { type: "field"; id: typeof TITLE_ID | typeof SUMMARY_ID; value: string }
  | { type: "settings"; translationKind?: Draft["translationKind"]; translatorCredit?: string; changeNote?: string }
  | { type: "upToDate"; id: string }
  | { type: "saved"; sent: Draft; sentUpToDate: ReadonlySet<string>; statuses: ServerStatuses }
  | { type: "server"; statuses: ServerStatuses }
  | { type: "replace"; draft: Draft; statuses: ServerStatuses };

function serverStatuses(workspace: Pick<EditorWorkspace, "title" | "summary" | "rows">): ServerStatuses {
  return {
    title: workspace.title.status,
    summary: workspace.summary.status,
    blocks: Object.fromEntries(workspace.rows.map((row) => [row.source.id, row.status])),
  };
}

function reducer(state: EditorState, action: EditorAction): EditorState {
  switch (action.type) {
    case "text": {
      const entry = state.draft.entries[action.id];
      if (!entry) return state;
      const next = { ...entry };
      if (action.change.text !== undefined) next.text = oneParagraph(action.change.text);
      if (action.change.translatorNote !== undefined) next.translatorNote = oneParagraph(action.change.translatorNote);
      if (action.change.item) {
        next.listItems = [...entry.listItems];
        next.listItems[action.change.item.index] = oneParagraph(action.change.item.text);
      }
      return {
        ...state,
        draft: { ...state.draft, entries: { ...state.draft.entries, [action.id]: next } },
        touched: new Set(state.touched).add(action.id),
      };
    }
    case "field":
      return {
        ...state,
        draft: { ...state.draft, [action.id === TITLE_ID ? "title" : "summary"]: oneParagraph(action.value) },
        touched: new Set(state.touched).add(action.id),
      };
    case "settings":
      return {
        ...state,
        draft: {
          ...state.draft,
          ...(action.translationKind !== undefined ? { translationKind: action.translationKind } : {}),
          ...(action.translatorCredit !== undefined ? { translatorCredit: action.translatorCredit } : {}),
          ...(action.changeNote !== undefined ? { changeNote: action.changeNote } : {}),
        },
      };
    case "upToDate":
      return { ...state, upToDate: new Set(state.upToDate).add(action.id) };
    case "saved": {
      const same = unchangedSince(action.sent, state.draft);
      return {
        ...state,
        server: action.statuses,
        touched: new Set([...state.touched].filter((id) => !same.has(id))),
        upToDate: new Set([...state.upToDate].filter((id) => !action.sentUpToDate.has(id))),
      };
    }
    case "server":
      return { ...state, server: action.statuses };
    case "replace":
      return { draft: action.draft, server: action.statuses, touched: new Set(), upToDate: new Set() };
  }
}

// ─── The editor ─────────────────────────────────────────────────────────────────────────────────────────────────

/**
 * The translation workspace: the original on the left, the translation on the right, block by block. Saves by itself
 * a few seconds after the translator stops typing (and on Save / Ctrl+S), with the lock version it was opened at; a
 * conflict keeps what was typed and shows the other version beside it.
 */
export function TranslationEditor({ workspace, actions, children, openNotes }: TranslationEditorProps) {
  const router = useRouter();
  const readOnly = !workspace.edit.allowed;
  const [state, dispatch] = useReducer(reducer, workspace, (initial) => ({
    draft: draftFrom(initial, initial.form),
    server: serverStatuses(initial),
    touched: new Set<string>(),
    upToDate: new Set<string>(),
  }));
  const stateRef = useRef(state);
  useLayoutEffect(() => {
    stateRef.current = state;
  }, [state]);

  const [conflict, setConflict] = useState<{ version: ConflictingVersion<TranslationFormValues>; message: string } | null>(null);
  const [showTheirs, setShowTheirs] = useState(true);
  const [dropped, setDropped] = useState<string[]>([]);
  // The translation's state as the last save or move said, until the page brings a fresher one.
  const [stateAfter, setStateAfter] = useState<{ page: EditorWorkspace; state: TranslationState } | null>(null);
  const stateShown = stateAfter?.page === workspace ? stateAfter.state : workspace.state;

  // The version the next save or move is based on, and whether a conflict stops them, as of now (not as of a render).
  const versionRef = useRef(workspace.lockVersion);
  const conflictRef = useRef(false);

  const save = useCallback(
    async (lockVersion: number): Promise<AutosaveResult> => {
      const sent = stateRef.current;
      const result = await actions.save(
        savePayload(workspace.localizationId, lockVersion, workspace, sent.draft, sent.upToDate) as unknown as ActionInput,
      );
      if (!result.ok) return { ok: false, error: result.error };
      if (result.data.conflict) {
        conflictRef.current = true;
        setConflict({ version: result.data.conflict, message: result.data.message });
        setShowTheirs(true);
        return { ok: false, error: result.data.message, conflict: true };
      }
      const saved = result.data.saved;
      versionRef.current = saved.lockVersion;
      dispatch({ type: "saved", sent: sent.draft, sentUpToDate: sent.upToDate, statuses: saved.statuses });
      setDropped(saved.droppedBlockIds);
      setStateAfter({ page: workspace, state: saved.state });
      // Saving reopened a published translation (or the like): the workflow buttons come with the page.
      if (saved.state !== workspace.state) router.refresh();
      return { ok: true, lockVersion: saved.lockVersion };
    },
    [actions, workspace, router],
  );

  const autosave = useAutosave({ save, lockVersion: workspace.lockVersion, enabled: !readOnly, timeZone: workspace.timeZone });
  useUnsavedChangesWarning(!readOnly && (autosave.dirty || autosave.phase === "conflict"));
  const { changed, flush, reset } = autosave;
  const restart = useCallback(
    (lockVersion: number) => {
      versionRef.current = lockVersion;
      conflictRef.current = false;
      reset(lockVersion);
    },
    [reset],
  );
  const pending = useRef({ dirty: false, busy: false });
  useLayoutEffect(() => {
    pending.current = { dirty: autosave.dirty, busy: autosave.phase === "saving" || autosave.phase === "conflict" };
  }, [autosave.dirty, autosave.phase]);

  // A fresh page from the server (after a move, a conflict resolved, someone else's change): our own saves' answers
  // are here already, so only the statuses are taken; its text replaces ours only when nothing of ours is unsaved.
  useEffect(() => {
    if (workspace.lockVersion === versionRef.current) {
      dispatch({ type: "server", statuses: serverStatuses(workspace) });
    } else if (!pending.current.dirty && !pending.current.busy) {
      dispatch({ type: "replace", draft: draftFrom(workspace, workspace.form), statuses: serverStatuses(workspace) });
      restart(workspace.lockVersion);
    }
  }, [workspace, restart]);

  const { draft } = state;
  const statuses = useMemo(() => localStatuses(workspace, draft, state.server, state), [workspace, draft, state]);
  const showSummary = workspace.summary.source !== "" || draft.summary !== "";
  const order = useMemo(
    () => [TITLE_ID, ...(showSummary ? [SUMMARY_ID] : []), ...workspace.rows.map((row) => row.source.id)],
    [showSummary, workspace.rows],
  );
  const rowNames = useMemo(() => blockNames(workspace.rows.map((row) => row.source)), [workspace.rows]);
  const allStatuses = useMemo(() => ({ ...statuses.blocks, [TITLE_ID]: statuses.title, [SUMMARY_ID]: statuses.summary }), [statuses]);
  const footnotes = useMemo(() => footnoteNumbers(order, draft), [order, draft]);
  const readiness = checkTranslationReady(
    { rows: [], progress: statuses.progress, title: statuses.title, summary: statuses.summary } satisfies TranslationStatus,
    draft.translationKind,
  );

  // ─── Editing ──────────────────────────────────────────────────────────────────────────────────────────────────
  const onRowChange = useCallback(
    (id: string, change: RowChange) => {
      dispatch({ type: "text", id, change });
      changed();
    },
    [changed],
  );
  const onFieldChange = useCallback(
    (id: string, value: string) => {
      dispatch({ type: "field", id: id === TITLE_ID ? TITLE_ID : SUMMARY_ID, value });
      changed();
    },
    [changed],
  );
  const onMarkUpToDate = useCallback(
    (id: string) => {
      dispatch({ type: "upToDate", id });
      changed();
      // After React has applied the mark, so the save sends it.
      setTimeout(() => void flush(), 0);
    },
    [changed, flush],
  );
  const settings = (change: { translationKind?: Draft["translationKind"]; translatorCredit?: string; changeNote?: string }) => {
    dispatch({ type: "settings", ...change });
    changed();
  };

  // ─── Keyboard ─────────────────────────────────────────────────────────────────────────────────────────────────
  const focusedRow = useRef<string | null>(null);
  const onFocusRow = useCallback((id: string) => {
    focusedRow.current = id;
  }, []);
  const focusRow = useCallback((id: string) => {
    const box = document.getElementById(textBoxId(id));
    if (!box) return;
    box.focus();
    box.scrollIntoView({ block: "center", behavior: "smooth" });
  }, []);
  const onRowKeyDown = useCallback(
    (id: string, event: KeyboardEvent<HTMLElement>) => {
      if (event.nativeEvent.isComposing) return;
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        const at = order.indexOf(id);
        const next = order[at + (event.shiftKey ? -1 : 1)];
        if (next) focusRow(next);
      } else if (event.key === "Enter") {
        // A block is one paragraph: Enter never breaks the line.
        event.preventDefault();
      }
    },
    [order, focusRow],
  );
  const [allDone, setAllDone] = useState(false);
  const goToNext = useCallback(() => {
    const next = nextToDo(order, allStatuses, focusedRow.current);
    setAllDone(next === null);
    if (next) focusRow(next);
  }, [order, allStatuses, focusRow]);
  const onEditorKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "s") {
      event.preventDefault();
      if (!readOnly) void flush();
    } else if (event.altKey && event.key.toLowerCase() === "n") {
      event.preventDefault();
      goToNext();
    }
  };

  // ─── Conflict ─────────────────────────────────────────────────────────────────────────────────────────────────
  const theirs = conflict ? draftFrom(workspace, conflict.version.current) : null;
  const keepMine = () => {
    if (!conflict) return;
    restart(conflict.version.lockVersion);
    setConflict(null);
    changed();
    void flush();
  };
  const takeTheirs = () => {
    if (!conflict || !theirs) return;
    restart(conflict.version.lockVersion);
    dispatch({ type: "replace", draft: theirs, statuses: state.server });
    setConflict(null);
    // Their rows' statuses come with the page.
    router.refresh();
  };

  // ─── Workflow ─────────────────────────────────────────────────────────────────────────────────────────────────
  const [moving, setMoving] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const [rejecting, setRejecting] = useState(false);
  const [comment, setComment] = useState("");
  const move = async (transition: WorkspaceTransition) => {
    setOutcome(null);
    if (transition.needsReason && !comment.trim()) {
      setOutcome({ ok: false, text: "Write a comment for the translator first: say what to change." });
      return;
    }
    setMoving(transition.name);
    try {
      if (!readOnly) await flush();
      if (conflictRef.current) {
        setOutcome({ ok: false, text: "Resolve the conflict first: your changes are not saved." });
        return;
      }
      const input: ActionInput = { localizationId: workspace.localizationId, lockVersion: versionRef.current };
      if (transition.needsReason) input.comment = comment;
      const result = await actions[transition.name](input);
      if (!result.ok) {
        setOutcome({ ok: false, text: result.error });
        return;
      }
      restart(result.data.lockVersion);
      setStateAfter({ page: workspace, state: result.data.state });
      setRejecting(false);
      setComment("");
      setOutcome({ ok: true, text: result.message ?? "Done." });
      router.refresh();
    } finally {
      setMoving(null);
    }
  };
  const sourceLabels = messages(workspace.sourceLocale).body;
  const labels = messages(workspace.locale).body;
  const summaryName = workspace.kind === "INTERVIEW" ? "Lede" : "Summary";
  // The title and the summary are edited alike: each beside the original's, with its own status and conflict.
  const fieldRow = (field: "title" | "summary", id: typeof TITLE_ID | typeof SUMMARY_ID, name: string) => (
    <FieldRow
      id={id}
      name={name}
      sourceText={workspace[field].source}
      sourceLocale={workspace.sourceLocale}
      locale={workspace.locale}
      localeLabel={workspace.localeLabel}
      value={draft[field]}
      status={statuses[field]}
      staleSince={workspace[field].staleSince}
      readOnly={readOnly}
      theirs={theirs && showTheirs && theirs[field] !== draft[field] ? theirs[field] : null}
      onChange={onFieldChange}
      onMarkUpToDate={onMarkUpToDate}
      onKeyDown={onRowKeyDown}
      onFocusRow={onFocusRow}
    />
  );
  const theirsFor = (id: string) => {
    if (!theirs || !showTheirs) return null;
    const mine = draft.entries[id];
    const other = theirs.entries[id];
    if (!mine || !other) return null;
    const same = mine.text === other.text && mine.translatorNote === other.translatorNote && mine.listItems.join("\n") === other.listItems.join("\n");
    return same ? null : { text: other.text, listItems: other.listItems.filter(Boolean), translatorNote: other.translatorNote };
  };
  const blockedBy = (transition: WorkspaceTransition) => (transition.name !== "reject" && !readiness.ok ? readiness.reason : null);

  return (
    <div onKeyDown={onEditorKeyDown} data-translation-editor="" data-state={stateShown}>
      {/* The bar that stays in reach: progress, saving, the next row to do, and the workflow. */}
      <div className="z-10 -mx-4 mb-4 border-y border-rule bg-white/95 px-4 py-3 shadow-sm backdrop-blur sm:sticky sm:top-0">
        <div className="flex flex-wrap items-center gap-x-6 gap-y-2">
          <div className="min-w-48 flex-1">
            <p className="font-semibold text-ink" data-progress="">
              {describeProgress(statuses.progress)}
            </p>
            <progress
              className="mt-1 h-2 w-full max-w-xs overflow-hidden rounded-sm [&::-webkit-progress-bar]:bg-wash [&::-webkit-progress-value]:bg-green-700"
              max={Math.max(statuses.progress.total, 1)}
              value={statuses.progress.current}
              aria-label="Blocks translated and up to date"
            />
          </div>
          <p aria-live="polite" className="min-h-5 text-sm text-muted" data-save-status="">
            {readOnly ? "Read only" : (autosave.statusText ?? "All changes saved")}
          </p>
          <div className="flex flex-wrap items-center gap-2">
            <Button variant="secondary" size="sm" onClick={goToNext} title="Alt+N" aria-keyshortcuts="Alt+N">
              Next to translate or update
            </Button>
            {!readOnly ? (
              <Button variant="secondary" size="sm" onClick={() => void flush()} disabled={autosave.phase === "saving"} aria-keyshortcuts="Control+S" title="Ctrl+S">
                {autosave.phase === "saving" ? "Saving…" : "Save"}
              </Button>
            ) : null}
            {workspace.transitions
              .filter((transition) => transition.name !== "reject")
              .map((transition) => {
                const reason = blockedBy(transition);
                return (
                  <Button
                    key={transition.name}
                    size="sm"
                    onClick={() => void move(transition)}
                    disabled={reason !== null || moving !== null}
                    aria-describedby={reason ? "workflow-blocked" : undefined}
                  >
                    {moving === transition.name ? "Working…" : transition.label}
                  </Button>
                );
              })}
            {workspace.transitions.some((transition) => transition.name === "reject") ? (
              <Button size="sm" variant="danger" onClick={() => setRejecting((open) => !open)} aria-expanded={rejecting} aria-controls="reject-form">
                Send back to translator
              </Button>
            ) : null}
          </div>
        </div>
        {allDone ? <p className="mt-2 text-sm text-green-900">Every block is translated and up to date.</p> : null}
        {stateShown === "PUBLISHED" && !readOnly ? (
          <p className="mt-2 text-sm text-muted" data-published-hint="">
            Readers see the published translation. A change starts a revision: they keep seeing the published text until the revision is submitted and
            published.
          </p>
        ) : null}
        {workspace.transitions.some((transition) => blockedBy(transition) !== null) ? (
          <p id="workflow-blocked" className="mt-2 text-sm text-muted">
            <span className="font-semibold text-ink">Not ready yet: </span>
            {readiness.ok ? "" : readiness.reason}
          </p>
        ) : null}
        {rejecting ? (
          <div id="reject-form" className="mt-3 max-w-2xl space-y-2">
            <label htmlFor="reject-comment" className="block font-semibold text-ink">
              Comment for the translator
            </label>
            <textarea
              id="reject-comment"
              value={comment}
              onChange={(event) => setComment(event.target.value)}
              rows={3}
              className="block w-full rounded-sm border border-ink/60 px-3 py-2"
            />
            {workspace.transitions
              .filter((transition) => transition.name === "reject")
              .map((transition) => (
                <Button key={transition.name} size="sm" variant="danger" onClick={() => void move(transition)} disabled={moving !== null}>
                  {moving === transition.name ? "Sending back…" : "Send back with this comment"}
                </Button>
              ))}
          </div>
        ) : null}
        {outcome ? (
          <div className="mt-3">
            <Alert tone={outcome.ok ? "success" : "error"}>{outcome.text}</Alert>
          </div>
        ) : null}
      </div>

      {conflict ? (
        <div className="mb-6" data-conflict="">
          <Alert tone="error" title="Someone else saved this translation">
            <p>
              {conflict.version.lastEditedBy?.name ?? "Someone"} saved at {formatOfficeTime(new Date(conflict.version.updatedAt), workspace.timeZone)}. Your
              changes are still here but were not saved. Their text is shown under each row where it differs from yours.
            </p>
            <div className="mt-3 flex flex-wrap gap-2">
              <Button size="sm" onClick={keepMine}>
                Keep my version (save over theirs)
              </Button>
              <Button size="sm" variant="secondary" onClick={takeTheirs}>
                Take their version (discard mine)
              </Button>
              <Button size="sm" variant="quiet" onClick={() => setShowTheirs((shown) => !shown)}>
                {showTheirs ? "Hide their version" : "Show their version"}
              </Button>
            </div>
          </Alert>
        </div>
      ) : null}

      {dropped.length > 0 ? (
        <div className="mb-6">
          <Alert tone="warning" title="Some text was not kept">
            The original no longer has {dropped.length === 1 ? "one block" : `${dropped.length} blocks`} you had translated; that text was dropped.
          </Alert>
        </div>
      ) : null}

      {readOnly ? (
        <div className="mb-6">
          <Alert tone="info" title="You can read this translation but not change it">
            {workspace.edit.allowed ? null : workspace.edit.reason}
          </Alert>
        </div>
      ) : null}

      <section aria-labelledby="translation-settings" className="mb-6 border border-rule bg-white px-4 py-4">
        <h2 id="translation-settings" className="text-lg font-semibold text-ink">
          About this translation
        </h2>
        <div className="mt-3 grid gap-6 md:grid-cols-2">
          <Fieldset
            legend="Is this translation official?"
            hint={
              workspace.markOfficial || readOnly
                ? "An unofficial translation carries a notice that the original prevails, with a link to it."
                : "Only someone who may translate this may choose."
            }
          >
            <div className="space-y-2">
              {(
                [
                  ["UNOFFICIAL", "Unofficial translation", "provided for convenience; the original prevails"],
                  ["OFFICIAL", "Official translation", "an authoritative text in its own right"],
                ] as const
              ).map(([value, label, hint]) => (
                <div key={value} className="flex items-start gap-2">
                  <input
                    type="radio"
                    id={`kind-${value}`}
                    name="translationKind"
                    value={value}
                    checked={draft.translationKind === value}
                    disabled={readOnly || !workspace.markOfficial}
                    onChange={() => settings({ translationKind: value })}
                    className="mt-1 h-5 w-5 accent-brand"
                  />
                  <label htmlFor={`kind-${value}`}>
                    <span className="font-semibold">{label}</span> <span className="text-muted">— {hint}</span>
                  </label>
                </div>
              ))}
            </div>
          </Fieldset>
          <Field
            id="translator-credit"
            label="Translator credit"
            optional
            hint="Shown to readers with the translation, e.g. “Translated by the Korean Culture and Information Service”."
          >
            {(control) => (
              <TextInput
                {...control}
                value={draft.translatorCredit}
                maxLength={TRANSLATOR_CREDIT_MAX}
                readOnly={readOnly}
                onChange={(event) => settings({ translatorCredit: oneParagraph(event.target.value) })}
              />
            )}
          </Field>
          {workspace.sourceChangeNote ? (
            <Field
              id="translated-change-note"
              label="Change note"
              optional
              hint={`Readers see it in the page's history. Original (${workspace.sourceLocaleLabel}): “${workspace.sourceChangeNote}”. Left empty, readers see the original's note, marked as in ${workspace.sourceLocaleLabel}.`}
            >
              {(control) => (
                <TextInput
                  {...control}
                  lang={workspace.locale}
                  value={draft.changeNote}
                  readOnly={readOnly}
                  onChange={(event) => settings({ changeNote: oneParagraph(event.target.value) })}
                />
              )}
            </Field>
          ) : null}
        </div>
        {children ? <div className="mt-6">{children}</div> : null}
      </section>

      <section aria-labelledby="translation-text">
        <h2 id="translation-text" className="sr-only">
          The text, block by block
        </h2>
        <p className="mb-2 hidden text-sm text-muted sm:block">
          Ctrl+Enter moves to the next block (Shift+Ctrl+Enter back), Alt+N to the next block to translate or update, Ctrl+S saves. Numbers, markers and
          the Q/A labels follow the original.
        </p>
        <div className="hidden gap-x-6 border-b-2 border-ink/70 pb-2 font-semibold text-ink lg:grid lg:grid-cols-2">
          <p>Original · {workspace.sourceLocaleLabel}</p>
          <p>Translation · {workspace.localeLabel}</p>
        </div>
        {fieldRow("title", TITLE_ID, "Title")}
        {showSummary ? fieldRow("summary", SUMMARY_ID, summaryName) : null}
        {workspace.rows.map((row) => {
          if (isMediaBlock(row.source)) return <MediaRow key={row.source.id} kind={row.source.kind} />;
          const status = statuses.blocks[row.source.id] ?? "untranslated";
          return (
            <TranslationRow
              key={row.source.id}
              id={row.source.id}
              index={row.index}
              name={rowNames.get(row.source.id) ?? ""}
              source={row.source}
              number={row.number}
              sourceLocale={workspace.sourceLocale}
              locale={workspace.locale}
              localeLabel={workspace.localeLabel}
              sourceLabels={sourceLabels}
              labels={labels}
              entry={draft.entries[row.source.id]!}
              status={status}
              staleSince={row.staleSince}
              footnote={footnotes[row.source.id]}
              openNotes={openNotes?.[row.source.id]}
              readOnly={readOnly}
              theirs={theirsFor(row.source.id)}
              onChange={onRowChange}
              onMarkUpToDate={onMarkUpToDate}
              onKeyDown={onRowKeyDown}
              onFocusRow={onFocusRow}
            />
          );
        })}
      </section>
    </div>
  );
}

/** A photo or file of the original: the translation shows it where the original does; its words are the library item's. */
function MediaRow({ kind }: { kind: "image" | "attachment" }) {
  return (
    <div className="border-b border-rule py-3 text-sm text-muted" data-media-row={kind}>
      {kind === "image" ? "Photo" : "Attachment"}: shown in the translation as in the original. Its{" "}
      {kind === "image" ? "caption, credit and alt text are" : "title is"} translated under <strong className="text-ink">Photos and files</strong>{" "}
      below.
    </div>
  );
}
