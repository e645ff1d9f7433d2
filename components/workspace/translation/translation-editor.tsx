"use client";

import { useMemo, type ReactNode } from "react";
import type { TranslationStatus } from "@/lib/translation/alignment";
import { checkTranslationReady } from "@/lib/translation/readiness";
import { ConflictNotice, DroppedNotice, ReadOnlyNotice } from "./translation-notices";
import { TranslationSettings } from "./translation-settings";
import { TranslationText } from "./translation-text";
import { TranslationToolbar } from "./translation-toolbar";
import type { EditorWorkspace, TranslationActions } from "./types";
import { useRowKeyboard } from "./use-row-keyboard";
import { useTranslationDraft } from "./use-translation-draft";
import { useTranslationMoves } from "./use-translation-moves";
import { footnoteNumbers, localStatuses, SUMMARY_ID, TITLE_ID } from "./workspace-state";

export type { EditorWorkspace } from "./types";

export interface TranslationEditorProps {
  workspace: EditorWorkspace;
  actions: TranslationActions;
  /** Shown between the settings and the rows (the taxonomy names, read on the server). */
  children?: ReactNode;
  /** Open review notes by the original's block id, shown beside their rows. */
  openNotes?: Readonly<Record<string, number>>;
}

/**
 * The translation workspace: the original on the left, the translation on the right, block by block. Saves by itself
 * a few seconds after the translator stops typing (and on Save / Ctrl+S), with the lock version it was opened at; a
 * conflict keeps what was typed and shows the other version beside it.
 */
export function TranslationEditor({ workspace, actions, children, openNotes }: TranslationEditorProps) {
  const readOnly = !workspace.edit.allowed;
  const editor = useTranslationDraft(workspace, actions.save, readOnly);
  const { state, autosave, conflict } = editor;
  const { draft } = state;
  const save = () => void autosave.flush();

  const statuses = useMemo(() => localStatuses(workspace, draft, state.server, state), [workspace, draft, state]);
  const showSummary = workspace.summary.source !== "" || draft.summary !== "";
  const order = useMemo(
    () => [TITLE_ID, ...(showSummary ? [SUMMARY_ID] : []), ...workspace.rows.map((row) => row.source.id)],
    [showSummary, workspace.rows],
  );
  const allStatuses = useMemo(() => ({ ...statuses.blocks, [TITLE_ID]: statuses.title, [SUMMARY_ID]: statuses.summary }), [statuses]);
  const footnotes = useMemo(() => footnoteNumbers(order, draft), [order, draft]);
  const readiness = checkTranslationReady(
    { rows: [], progress: statuses.progress, title: statuses.title, summary: statuses.summary } satisfies TranslationStatus,
    draft.translationKind,
  );

  const keyboard = useRowKeyboard({ order, statuses: allStatuses, readOnly, save });
  const moves = useTranslationMoves({
    localizationId: workspace.localizationId,
    actions,
    readOnly,
    flush: autosave.flush,
    versionRef: editor.versionRef,
    conflictRef: editor.conflictRef,
    restart: editor.restart,
    showStateAfter: editor.showStateAfter,
  });

  return (
    <div onKeyDown={keyboard.onEditorKeyDown} data-translation-editor="" data-state={editor.stateShown}>
      <TranslationToolbar
        progress={statuses.progress}
        readOnly={readOnly}
        saveStatus={autosave.statusText}
        saving={autosave.phase === "saving"}
        onSave={save}
        onNext={keyboard.goToNext}
        allDone={keyboard.allDone}
        stateShown={editor.stateShown}
        transitions={workspace.transitions}
        notReady={readiness.ok ? null : readiness.reason}
        moves={moves}
      />

      {conflict.current ? (
        <ConflictNotice
          conflict={conflict.current}
          timeZone={workspace.timeZone}
          showTheirs={conflict.showTheirs}
          onKeepMine={conflict.keepMine}
          onTakeTheirs={conflict.takeTheirs}
          onToggleTheirs={conflict.toggleTheirs}
        />
      ) : null}
      {editor.dropped.length > 0 ? <DroppedNotice count={editor.dropped.length} /> : null}
      {readOnly ? <ReadOnlyNotice reason={workspace.edit.allowed ? null : workspace.edit.reason} /> : null}

      <TranslationSettings
        draft={draft}
        readOnly={readOnly}
        markOfficial={workspace.markOfficial}
        locale={workspace.locale}
        sourceLocaleLabel={workspace.sourceLocaleLabel}
        sourceChangeNote={workspace.sourceChangeNote}
        onChange={editor.edit.changeSettings}
      >
        {children}
      </TranslationSettings>

      <TranslationText
        workspace={workspace}
        draft={draft}
        statuses={statuses}
        showSummary={showSummary}
        footnotes={footnotes}
        openNotes={openNotes}
        readOnly={readOnly}
        theirs={conflict.theirs}
        handlers={{ ...editor.edit, onRowKeyDown: keyboard.onRowKeyDown, onFocusRow: keyboard.onFocusRow }}
      />
    </div>
  );
}
