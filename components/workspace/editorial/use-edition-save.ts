"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { useAutosave, type AutosaveControls, type AutosaveResult } from "@/components/workspace/hooks/use-autosave";
import { useUnsavedChangesWarning } from "@/components/workspace/hooks/use-unsaved-changes-warning";
import type { ActionResult } from "@/lib/actions/define-action";
import type { Body } from "@/lib/body/schema";
import { formatOfficeTime } from "@/lib/time/office-time";
import type { TheirText } from "./conflict-panel";
import { useEditionPage, type EditorHandle } from "./edition-page-bridge";
import type { Failure } from "./form-failure";
import type { EditionValues, TheirEditionText } from "./use-edition-draft";

/** What the save action answers (app/workspace/documents/actions.ts, SaveOutcome). */
export type SaveResult =
  | { outcome: "saved"; lockVersion: number; revisionNumber: number | null; changed: string[]; slug: string }
  | {
      outcome: "conflict";
      theirs: { message: string; lockVersion: number; lastEditedBy: string | null; updatedAt: Date; title: string; summary: string; body: Body; bodyText: string; publicDate: string };
    };

export type SaveEdition = (formData: FormData) => Promise<ActionResult<SaveResult>>;

const UNREACHABLE = "the server could not be reached";

/**
 * Saving the edition form: in the background after each change, with the lock version of the last save; someone
 * else's save is held as a conflict until this person keeps theirs or takes the other; a refused save is kept as the
 * failure to show by the fields. The workflow buttons ask it (through the editionPage) to settle before any move.
 */
export function useEditionSave({
  action,
  lockVersion: serverVersion,
  timeZone,
  initial,
  textProblems,
  load,
  loadTheirs,
}: {
  action: SaveEdition;
  lockVersion: number;
  timeZone: string;
  initial: EditionValues;
  textProblems: boolean;
  load: (fresh: EditionValues) => void;
  loadTheirs: (theirs: TheirEditionText) => void;
}) {
  const editionPage = useEditionPage();
  const formRef = useRef<HTMLFormElement>(null);
  const [failure, setFailure] = useState<Failure>(null);
  const [theirs, setTheirs] = useState<(TheirText & { lockVersion: number; publicDate: string }) | null>(null);

  const controls = useRef<AutosaveControls | null>(null);
  /** The lock version of the last successful save: what the next save and any workflow move name. */
  const lockRef = useRef(serverVersion);
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

  const autosave = useAutosave({ save, lockVersion: serverVersion, enabled: !textProblems && theirs === null, timeZone });
  useEffect(() => {
    controls.current = autosave;
    theirsRef.current = theirs;
    textProblemsRef.current = textProblems;
  });
  useUnsavedChangesWarning(autosave.dirty || theirs !== null);

  /** Start again from `lockVersion`, everything up to now counted as saved. */
  const startFrom = (lockVersion: number) => {
    autosave.reset(lockVersion);
    lockRef.current = lockVersion;
    savedUpTo.current = autosave.revision();
  };

  // Someone else's save reached this page (a refresh after a refused move, say) while nothing here is unsaved:
  // show their version rather than keep an older one that every later save or move would conflict with.
  const latestInitial = useRef(initial);
  useEffect(() => {
    latestInitial.current = initial;
  });
  useEffect(() => {
    if (serverVersion <= lockRef.current || autosave.dirty || autosave.phase === "saving" || theirs) return;
    lockRef.current = serverVersion;
    autosave.reset(serverVersion);
    savedUpTo.current = autosave.revision();
    load(latestInitial.current);
  }, [serverVersion, autosave, theirs, load]);

  // The workflow panel asks before a move: everything saved, and the version saved last.
  const { registerEditor } = editionPage;
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

  const keepMine = async () => {
    if (!theirs) return;
    startFrom(theirs.lockVersion);
    setTheirs(null);
    theirsRef.current = null;
    autosave.changed();
    await autosave.flush();
  };

  const takeTheirs = () => {
    if (!theirs) return;
    if (!window.confirm("Replace your unsaved title, summary and body with their version? Your text will be lost.")) return;
    loadTheirs(theirs);
    startFrom(theirs.lockVersion);
    setTheirs(null);
  };

  return { formRef, autosave, failure, theirs, keepMine, takeTheirs };
}
