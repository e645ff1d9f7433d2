import { afterEach, describe, expect, it, vi } from "vitest";
import { startScheduler } from "./scheduler";
import type { PublishDueResult } from "./publish-due";

const quiet = { info: vi.fn(), error: vi.fn() };
let stop: (() => void) | undefined;

afterEach(() => {
  stop?.();
  stop = undefined;
  vi.useRealTimers();
});

describe("the in-server scheduler", () => {
  it("runs once at start, so what fell due while the server was down goes out, then at every tick", async () => {
    vi.useFakeTimers();
    const run = vi.fn(async (): Promise<PublishDueResult> => ({ published: [], failed: [] }));
    stop = startScheduler({ intervalMs: 30_000, run, log: quiet });
    await vi.advanceTimersByTimeAsync(0);
    expect(run).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(run).toHaveBeenCalledTimes(2);
    // Starting again in the same process does not add a second timer.
    startScheduler({ intervalMs: 30_000, run, log: quiet });
    await vi.advanceTimersByTimeAsync(30_000);
    expect(run).toHaveBeenCalledTimes(3);
  });

  it("does not start a run while the previous one is still going, and survives a failing run", async () => {
    vi.useFakeTimers();
    let finish: () => void = () => undefined;
    const run = vi
      .fn<() => Promise<PublishDueResult>>()
      .mockImplementationOnce(() => new Promise((resolve) => (finish = () => resolve({ published: [], failed: [] }))))
      .mockRejectedValueOnce(new Error("database away"))
      .mockResolvedValue({ published: [], failed: [] });
    stop = startScheduler({ intervalMs: 1_000, run, log: quiet });
    await vi.advanceTimersByTimeAsync(3_000);
    expect(run).toHaveBeenCalledTimes(1);
    finish();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(run).toHaveBeenCalledTimes(2);
    expect(quiet.error).toHaveBeenCalledWith(expect.stringMatching(/run failed/), expect.any(Error));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(run).toHaveBeenCalledTimes(3);
  });
});
