import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createAutosaver, describeAutosave, type AutosaveResult, type AutosaveState } from "./use-autosave";

/** A save the test answers by hand, to look at the state while it runs. */
function manualSave() {
  const calls: { lockVersion: number; answer: (result: AutosaveResult) => void; fail: (error: Error) => void }[] = [];
  const save = vi.fn(
    (lockVersion: number) =>
      new Promise<AutosaveResult>((resolve, reject) => {
        calls.push({ lockVersion, answer: resolve, fail: reject });
      }),
  );
  return { save, calls };
}

const settle = () => vi.advanceTimersByTimeAsync(0);

describe("createAutosaver", () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date("2025-03-04T05:02:00Z"));
  });
  afterEach(() => vi.useRealTimers());

  it("saves 3 s after the last change, with the lock version it was loaded with", async () => {
    const { save, calls } = manualSave();
    const autosaver = createAutosaver({ save, lockVersion: 7 });
    autosaver.changed();
    await vi.advanceTimersByTimeAsync(2_000);
    autosaver.changed();
    await vi.advanceTimersByTimeAsync(2_999);
    expect(save).not.toHaveBeenCalled();
    expect(autosaver.getState()).toMatchObject({ phase: "idle", dirty: true });

    await vi.advanceTimersByTimeAsync(1);
    expect(save).toHaveBeenCalledWith(7);
    expect(autosaver.getState().phase).toBe("saving");

    calls[0]!.answer({ ok: true, lockVersion: 8 });
    await settle();
    expect(autosaver.getState()).toMatchObject({ phase: "idle", dirty: false, lockVersion: 8, error: null });
    expect(autosaver.getState().savedAt).toEqual(new Date("2025-03-04T05:02:05Z"));
  });

  it("saves at least every 30 s while the writer keeps typing", async () => {
    const save = vi.fn(async (): Promise<AutosaveResult> => ({ ok: true, lockVersion: 2 }));
    const autosaver = createAutosaver({ save, lockVersion: 1 });
    for (let second = 0; second < 31; second++) {
      autosaver.changed();
      await vi.advanceTimersByTimeAsync(1_000);
    }
    expect(save).toHaveBeenCalledTimes(1);
  });

  it("bases the next save on the version the last one returned", async () => {
    let version = 1;
    const save = vi.fn(async (): Promise<AutosaveResult> => ({ ok: true, lockVersion: ++version }));
    const autosaver = createAutosaver({ save, lockVersion: 1 });
    autosaver.changed();
    await vi.advanceTimersByTimeAsync(3_000);
    autosaver.changed();
    await vi.advanceTimersByTimeAsync(3_000);
    expect(save.mock.calls).toEqual([[1], [2]]);
  });

  it("stays dirty for changes made while a save ran, and saves them next", async () => {
    const { save, calls } = manualSave();
    const autosaver = createAutosaver({ save, lockVersion: 1 });
    autosaver.changed();
    await vi.advanceTimersByTimeAsync(3_000);
    autosaver.changed();
    calls[0]!.answer({ ok: true, lockVersion: 2 });
    await settle();
    expect(autosaver.getState()).toMatchObject({ phase: "idle", dirty: true });
    await vi.advanceTimersByTimeAsync(3_000);
    expect(save).toHaveBeenCalledTimes(2);
    expect(calls[1]!.lockVersion).toBe(2);
  });

  it("reports a failure, keeps the changes, and tries again after 30 s", async () => {
    const { save, calls } = manualSave();
    const autosaver = createAutosaver({ save, lockVersion: 1 });
    autosaver.changed();
    await vi.advanceTimersByTimeAsync(3_000);
    calls[0]!.answer({ ok: false, error: "Title is empty" });
    await settle();
    expect(autosaver.getState()).toMatchObject({ phase: "failed", dirty: true, error: "Title is empty" });

    await vi.advanceTimersByTimeAsync(29_999);
    expect(save).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(save).toHaveBeenCalledTimes(2);
  });

  it("counts a save that throws (network down) as a failure", async () => {
    const { save, calls } = manualSave();
    const autosaver = createAutosaver({ save, lockVersion: 1 });
    autosaver.changed();
    await vi.advanceTimersByTimeAsync(3_000);
    calls[0]!.fail(new Error("fetch failed"));
    await settle();
    expect(autosaver.getState()).toMatchObject({ phase: "failed", dirty: true, error: "the server could not be reached" });
  });

  it("stops autosaving on a conflict until another version is loaded", async () => {
    const { save, calls } = manualSave();
    const autosaver = createAutosaver({ save, lockVersion: 1 });
    autosaver.changed();
    await vi.advanceTimersByTimeAsync(3_000);
    calls[0]!.answer({ ok: false, error: "Someone else saved", conflict: true });
    await settle();
    expect(autosaver.getState().phase).toBe("conflict");

    autosaver.changed();
    await vi.advanceTimersByTimeAsync(60_000);
    await autosaver.flush();
    expect(save).toHaveBeenCalledTimes(1);

    autosaver.reset(5);
    expect(autosaver.getState()).toMatchObject({ phase: "idle", dirty: false, lockVersion: 5 });
    autosaver.changed();
    await vi.advanceTimersByTimeAsync(3_000);
    expect(calls[1]!.lockVersion).toBe(5);
  });

  it("saves at once on flush, and not at all when nothing changed", async () => {
    const save = vi.fn(async (): Promise<AutosaveResult> => ({ ok: true, lockVersion: 2 }));
    const autosaver = createAutosaver({ save, lockVersion: 1 });
    await autosaver.flush();
    expect(save).not.toHaveBeenCalled();
    autosaver.changed();
    await autosaver.flush();
    expect(save).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it("takes a save made by the form itself, covering only the changes made before it was sent", async () => {
    const save = vi.fn(async (): Promise<AutosaveResult> => ({ ok: true, lockVersion: 9 }));
    const autosaver = createAutosaver({ save, lockVersion: 1 });
    autosaver.changed();
    const sent = autosaver.revision();
    autosaver.changed();
    autosaver.markSaved(4, sent);
    expect(autosaver.getState()).toMatchObject({ phase: "idle", dirty: true, lockVersion: 4 });
    await vi.advanceTimersByTimeAsync(3_000);
    expect(save).toHaveBeenCalledWith(4);

    autosaver.changed();
    autosaver.markSaved(12);
    expect(autosaver.getState()).toMatchObject({ dirty: false, lockVersion: 12 });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it("waits while disabled, and saves the waiting changes once enabled", async () => {
    const save = vi.fn(async (): Promise<AutosaveResult> => ({ ok: true, lockVersion: 2 }));
    const autosaver = createAutosaver({ save, lockVersion: 1 });
    autosaver.setEnabled(false);
    autosaver.changed();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(save).not.toHaveBeenCalled();
    autosaver.setEnabled(true);
    await vi.advanceTimersByTimeAsync(3_000);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it("tells its subscribers about every change of state", async () => {
    const save = vi.fn(async (): Promise<AutosaveResult> => ({ ok: true, lockVersion: 2 }));
    const autosaver = createAutosaver({ save, lockVersion: 1 });
    const phases: string[] = [];
    const unsubscribe = autosaver.subscribe(() => phases.push(`${autosaver.getState().phase}${autosaver.getState().dirty ? "*" : ""}`));
    autosaver.changed();
    await vi.advanceTimersByTimeAsync(3_000);
    unsubscribe();
    autosaver.changed();
    expect(phases).toEqual(["idle*", "saving*", "idle"]);
  });
});

describe("describeAutosave", () => {
  const state = (overrides: Partial<AutosaveState>): AutosaveState => ({
    phase: "idle",
    dirty: false,
    savedAt: null,
    lockVersion: 1,
    error: null,
    ...overrides,
  });
  const at = new Date("2025-03-04T05:02:00Z");

  it("says nothing before the first change", () => {
    expect(describeAutosave(state({}))).toBeNull();
  });

  it("gives the time of the last save in the press office's zone", () => {
    expect(describeAutosave(state({ savedAt: at }), { timeZone: "Asia/Seoul" })).toBe("Saved at 14:02");
    expect(describeAutosave(state({ savedAt: at, dirty: true }), { timeZone: "Asia/Seoul" })).toBe("Unsaved changes (last saved at 14:02)");
    expect(describeAutosave(state({ dirty: true }))).toBe("Unsaved changes");
  });

  it("names saving, failures and conflicts", () => {
    expect(describeAutosave(state({ phase: "saving", dirty: true }))).toBe("Saving…");
    expect(describeAutosave(state({ phase: "failed", dirty: true, error: "Title is empty" }))).toBe("Not saved: Title is empty");
    expect(describeAutosave(state({ phase: "conflict", dirty: true, error: "x" }))).toBe("Conflict: someone else saved — open their version");
  });
});
