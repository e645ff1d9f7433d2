/**
 * Reads V8's `--trace-gc` lines: after each full (mark-compact) collection, how much of the heap is still live.
 * RSS alone cannot tell a leak from a heap V8 has simply not shrunk; the live heap after a full collection can.
 */
export interface FullCollection {
  /** Milliseconds since the process started, as V8 prints it. */
  atMs: number;
  /** Live heap after the collection, MB. */
  liveMb: number;
  /** Heap V8 holds from the system after the collection (committed), MB. */
  committedMb: number;
}

const FULL_COLLECTION = /(\d+) ms: Mark-Compact(?: \(reduce\))? [\d.]+ \([\d.]+\) -> ([\d.]+) \(([\d.]+)\) MB/g;

export function fullCollections(trace: string): FullCollection[] {
  return [...trace.matchAll(FULL_COLLECTION)].map((match) => ({
    atMs: Number(match[1]),
    liveMb: Number(match[2]),
    committedMb: Number(match[3]),
  }));
}

/** The live heap after the last full collection of each `windowMs` (one line a minute in the soak's report). */
export function liveHeapByWindow(collections: FullCollection[], windowMs: number): { fromMs: number; liveMb: number }[] {
  const windows = new Map<number, number>();
  for (const collection of collections) windows.set(Math.floor(collection.atMs / windowMs), collection.liveMb);
  return [...windows].map(([window, liveMb]) => ({ fromMs: window * windowMs, liveMb }));
}
