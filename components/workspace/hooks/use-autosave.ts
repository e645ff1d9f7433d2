"use client";

import { useCallback, useEffect, useState, useSyncExternalStore } from "react";

/** What a save answers. `conflict`: someone else saved first (the lock version moved on). */
export type AutosaveResult = { ok: true; lockVersion: number } | { ok: false; error: string; conflict?: boolean };

export interface AutosaveState {
  phase: "idle" | "saving" | "failed" | "conflict";
  /** Changes not saved yet (also while a save runs, for changes made after it started). */
  dirty: boolean;
  savedAt: Date | null;
  /** The version the next save is based on: the one loaded, then the one each save returned. */
  lockVersion: number;
  error: string | null;
}

export interface AutosaverOptions {
  /** Saves the current text; receives the lock version it is based on. A throw counts as a failed save. */
  save: (lockVersion: number) => Promise<AutosaveResult>;
  lockVersion: number;
  /** Quiet time after the last change before saving. */
  debounceMs?: number;
  /** The longest changes wait while the writer keeps typing, and the pause between retries after a failure. */
  intervalMs?: number;
  now?: () => Date;
}

export interface Autosaver {
  getState(): AutosaveState;
  subscribe(listener: () => void): () => void;
  /** Something changed: save after a quiet moment, and at least every intervalMs while changes keep coming. */
  changed(): void;
  /** Save now if anything is unsaved (Ctrl+S, leaving the page). Resolves when done. */
  flush(): Promise<void>;
  /** A token for markSaved: changes made after it are not covered by a save sent now. */
  revision(): number;
  /** A save made elsewhere (the form's own submit) succeeded: everything up to `asOf` is saved. */
  markSaved(lockVersion: number, asOf?: number): void;
  /** Another version was loaded (after a conflict): start again from it. */
  reset(lockVersion: number): void;
  setEnabled(enabled: boolean): void;
  setSave(save: AutosaverOptions["save"]): void;
  /** Stops the timers; a later change starts them again. */
  stop(): void;
}

export const AUTOSAVE_DEBOUNCE_MS = 3_000;
export const AUTOSAVE_INTERVAL_MS = 30_000;

const UNREACHABLE = "the server could not be reached";

/** The autosave timing and bookkeeping, without React, so it can be tested with fake timers. */
export function createAutosaver(options: AutosaverOptions): Autosaver {
  const debounceMs = options.debounceMs ?? AUTOSAVE_DEBOUNCE_MS;
  const intervalMs = options.intervalMs ?? AUTOSAVE_INTERVAL_MS;
  const now = options.now ?? (() => new Date());
  let save = options.save;
  let enabled = true;
  let state: AutosaveState = { phase: "idle", dirty: false, savedAt: null, lockVersion: options.lockVersion, error: null };
  let revision = 0;
  let savedRevision = 0;
  let quietTimer: ReturnType<typeof setTimeout> | null = null;
  let longestWaitTimer: ReturnType<typeof setTimeout> | null = null;
  let inFlight: Promise<void> | null = null;
  const listeners = new Set<() => void>();

  const set = (next: Partial<AutosaveState>) => {
    state = { ...state, ...next };
    for (const listener of listeners) listener();
  };
  const stop = () => {
    if (quietTimer !== null) clearTimeout(quietTimer);
    if (longestWaitTimer !== null) clearTimeout(longestWaitTimer);
    quietTimer = null;
    longestWaitTimer = null;
  };
  const mayAutosave = () => enabled && state.phase !== "conflict";

  /** `quiet`: (re)start the quiet-time timer; the longest-wait timer only starts if none is running. */
  function schedule(quiet: boolean) {
    if (!mayAutosave() || !state.dirty || inFlight) return;
    if (quiet) {
      if (quietTimer !== null) clearTimeout(quietTimer);
      quietTimer = setTimeout(fire, debounceMs);
    }
    longestWaitTimer ??= setTimeout(fire, intervalMs);
  }

  function fire() {
    stop();
    // A save is running: it schedules the next one when it ends, if anything is still unsaved.
    if (!inFlight) void start();
  }

  function start(): Promise<void> {
    const current = run().finally(() => {
      if (inFlight === current) inFlight = null;
      if (state.phase === "idle") schedule(true);
      // After a failure, retry after the interval; the writer's next change tries sooner.
      else if (state.phase === "failed") schedule(false);
    });
    inFlight = current;
    return current;
  }

  async function run(): Promise<void> {
    if (!state.dirty || !mayAutosave()) return;
    const sending = revision;
    set({ phase: "saving" });
    let result: AutosaveResult;
    try {
      result = await save(state.lockVersion);
    } catch {
      result = { ok: false, error: UNREACHABLE };
    }
    if (result.ok) {
      savedRevision = Math.max(savedRevision, sending);
      set({ phase: "idle", dirty: revision !== savedRevision, savedAt: now(), lockVersion: result.lockVersion, error: null });
    } else if (result.conflict) {
      stop();
      set({ phase: "conflict", error: result.error });
    } else {
      set({ phase: "failed", error: result.error || UNREACHABLE });
    }
  }

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    changed() {
      revision++;
      if (!state.dirty) set({ dirty: true });
      schedule(true);
    },
    async flush() {
      stop();
      if (inFlight) await inFlight;
      stop();
      if (state.dirty && mayAutosave()) await start();
    },
    revision: () => revision,
    markSaved(lockVersion, asOf = revision) {
      savedRevision = Math.max(savedRevision, asOf);
      const dirty = revision !== savedRevision;
      stop();
      set({ phase: inFlight ? "saving" : "idle", dirty, savedAt: now(), lockVersion, error: null });
      schedule(true);
    },
    reset(lockVersion) {
      stop();
      savedRevision = revision;
      set({ phase: "idle", dirty: false, savedAt: null, lockVersion, error: null });
    },
    setEnabled(value) {
      if (enabled === value) return;
      enabled = value;
      if (enabled) schedule(true);
      else stop();
    },
    setSave(next) {
      save = next;
    },
    stop,
  };
}

export interface StatusLineOptions {
  /** IANA zone for the time ("Asia/Seoul"); the browser's own by default. */
  timeZone?: string;
}

/** The status line's text: "Saved at 14:02", "Saving…", "Not saved: …", "Conflict: …"; null before any change. */
export function describeAutosave(state: AutosaveState, options: StatusLineOptions = {}): string | null {
  const time = (date: Date) =>
    new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: options.timeZone }).format(date);
  switch (state.phase) {
    case "conflict":
      return "Conflict: someone else saved — open their version";
    case "saving":
      return "Saving…";
    case "failed":
      return `Not saved: ${state.error ?? UNREACHABLE}`;
    case "idle":
      if (state.dirty) return state.savedAt ? `Unsaved changes (last saved at ${time(state.savedAt)})` : "Unsaved changes";
      return state.savedAt ? `Saved at ${time(state.savedAt)}` : null;
  }
}

export interface UseAutosaveOptions extends StatusLineOptions {
  save: AutosaverOptions["save"];
  /** The lock version of what was loaded. To load another version, remount the page part (a new `key`). */
  lockVersion: number;
  /** False pauses autosaving (say, while the body cannot be read); changes are still counted. */
  enabled?: boolean;
  debounceMs?: number;
  intervalMs?: number;
}

export interface AutosaveControls extends AutosaveState {
  /** For the status line (wrap it in an aria-live="polite" element). */
  statusText: string | null;
  changed: () => void;
  flush: () => Promise<void>;
  revision: () => number;
  markSaved: (lockVersion: number, asOf?: number) => void;
  reset: (lockVersion: number) => void;
}

/**
 * Saves in the background: `changed()` on every edit; `save` runs 3 s after the last change and at least every
 * 30 s while changes keep coming, and once more when the tab is hidden. A conflict stops autosaving until `reset`.
 */
export function useAutosave({ save, lockVersion, enabled = true, debounceMs, intervalMs, timeZone }: UseAutosaveOptions): AutosaveControls {
  const [autosaver] = useState(() => createAutosaver({ save, lockVersion, debounceMs, intervalMs }));
  const state = useSyncExternalStore(autosaver.subscribe, autosaver.getState, autosaver.getState);

  useEffect(() => autosaver.setSave(save), [autosaver, save]);

  useEffect(() => autosaver.setEnabled(enabled), [autosaver, enabled]);

  useEffect(() => {
    // A hidden tab may be closed or discarded without beforeunload: save while we still can.
    const onHidden = () => {
      if (document.visibilityState === "hidden") void autosaver.flush();
    };
    document.addEventListener("visibilitychange", onHidden);
    return () => {
      document.removeEventListener("visibilitychange", onHidden);
      autosaver.stop();
    };
  }, [autosaver]);

  const changed = useCallback(() => autosaver.changed(), [autosaver]);
  const flush = useCallback(() => autosaver.flush(), [autosaver]);
  const revision = useCallback(() => autosaver.revision(), [autosaver]);
  const markSaved = useCallback((version: number, asOf?: number) => autosaver.markSaved(version, asOf), [autosaver]);
  const reset = useCallback((version: number) => autosaver.reset(version), [autosaver]);

  return { ...state, statusText: describeAutosave(state, { timeZone }), changed, flush, revision, markSaved, reset };
}
