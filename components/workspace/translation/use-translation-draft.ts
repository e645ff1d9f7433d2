"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useLayoutEffect, useReducer, useRef, useState } from "react";
import { useAutosave, type AutosaveResult } from "@/components/workspace/hooks/use-autosave";
import { useUnsavedChangesWarning } from "@/components/workspace/hooks/use-unsaved-changes-warning";
import type { ActionInput } from "@/lib/actions/form-input";
import type { ConflictingVersion } from "@/lib/errors";
import type { TranslationFormValues } from "@/lib/translation/records";
import { editorReducer, initialEditorState, serverStatuses, type RowChange, type SettingsChange } from "./translation-editor-state";
import type { EditorWorkspace, TranslationActions, TranslationState } from "./types";
import { draftFrom, savePayload, SUMMARY_ID, TITLE_ID } from "./workspace-state";

export type TranslationConflict = { version: ConflictingVersion<TranslationFormValues>; message: string };

/**
 * What the translator typed, saved by itself a few seconds after they stop typing (and on Save / Ctrl+S) with the lock
 * version it was opened at. A conflict keeps what was typed and holds their version until the translator chooses.
 */
export function useTranslationDraft(workspace: EditorWorkspace, saveAction: TranslationActions["save"], readOnly: boolean) {
  const router = useRouter();
  const [state, dispatch] = useReducer(editorReducer, workspace, (initial) => initialEditorState(draftFrom(initial, initial.form), serverStatuses(initial)));
  const stateRef = useRef(state);
  useLayoutEffect(() => {
    stateRef.current = state;
  }, [state]);

  const [conflict, setConflict] = useState<TranslationConflict | null>(null);
  const [showTheirs, setShowTheirs] = useState(true);
  const [dropped, setDropped] = useState<string[]>([]);
  // The translation's state as the last save or move said, until the page brings a fresher one.
  const [stateAfter, setStateAfter] = useState<{ page: EditorWorkspace; state: TranslationState } | null>(null);
  const stateShown = stateAfter?.page === workspace ? stateAfter.state : workspace.state;
  const showStateAfter = useCallback((next: TranslationState) => setStateAfter({ page: workspace, state: next }), [workspace]);

  // The version the next save or move is based on, and whether a conflict stops them, as of now (not as of a render).
  const versionRef = useRef(workspace.lockVersion);
  const conflictRef = useRef(false);

  const save = useCallback(
    async (lockVersion: number): Promise<AutosaveResult> => {
      const sent = stateRef.current;
      const result = await saveAction(savePayload(workspace.localizationId, lockVersion, workspace, sent.draft, sent.upToDate) as unknown as ActionInput);
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
    [saveAction, workspace, router],
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
  const changeSettings = (change: SettingsChange) => {
    dispatch({ type: "settings", ...change });
    changed();
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

  return {
    state,
    autosave,
    stateShown,
    showStateAfter,
    dropped,
    /** The version a move is based on, and whether a conflict stops it, as of now. */
    versionRef,
    conflictRef,
    restart,
    edit: { onRowChange, onFieldChange, onMarkUpToDate, changeSettings },
    conflict: {
      current: conflict,
      /** Their draft while a conflict is open and shown, for the rows to set beside this person's. */
      theirs: showTheirs ? theirs : null,
      showTheirs,
      toggleTheirs: () => setShowTheirs((shown) => !shown),
      keepMine,
      takeTheirs,
    },
  };
}
