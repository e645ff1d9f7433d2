import { describe, expect, it } from "vitest";
import { fullCollections, liveHeapByWindow } from "./gc-trace";

const TRACE = [
  "[18907:0x34234490]     1033 ms: Scavenge 20.1 (40.0) -> 12.3 (41.0) MB, 1.20 / 0.00 ms  (average mu = 1.000) allocation failure;",
  "[18907:0x34234490]     1533 ms: Mark-Compact 23.8 (50.7) -> 9.0 (42.9) MB, 18.76 / 0.00 ms  (+ 36.0 ms in 46 steps since start of marking) finalize incremental marking via stack guard; GC in old space requested",
  "some server log line",
  "[18907:0x34234490]    61200 ms: Mark-Compact (reduce) 80.5 (99.1) -> 41.2 (60.0) MB, 30.00 / 0.00 ms  (average mu = 0.990) memory reducer;",
  "[18907:0x34234490]    62000 ms: Mark-Compact 60.0 (70.0) -> 44.5 (66.0) MB, 20.00 / 0.00 ms  (average mu = 0.990) allocation failure;",
].join("\n");

describe("reading V8's GC trace", () => {
  it("keeps only full collections, with the live and committed heap after each", () => {
    expect(fullCollections(TRACE)).toEqual([
      { atMs: 1533, liveMb: 9, committedMb: 42.9 },
      { atMs: 61200, liveMb: 41.2, committedMb: 60 },
      { atMs: 62000, liveMb: 44.5, committedMb: 66 },
    ]);
  });

  it("summarises the live heap by the last full collection of each window", () => {
    expect(liveHeapByWindow(fullCollections(TRACE), 60_000)).toEqual([
      { fromMs: 0, liveMb: 9 },
      { fromMs: 60_000, liveMb: 44.5 },
    ]);
  });

  it("finds nothing in output without a trace", () => {
    expect(fullCollections("ready on http://127.0.0.1:3290\n")).toEqual([]);
  });
});
