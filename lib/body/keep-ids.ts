// Block ids survive editing in text mode: translations are aligned to the original block by block id.
import { isMediaBlock, newBlockId, type Block, type BlockDraft } from "./schema";

/** Below this a changed block counts as a new block rather than an edit of an old one. */
const MIN_SIMILARITY = 0.5;
/** Past this many (old, new) pairs, an edited block is only compared with old blocks near its position. */
const MAX_PAIRS_COMPARED = 40_000;
const NEIGHBOURHOOD = 50;

/**
 * Gives each draft the id of the previous block it continues: first unchanged blocks in order, then
 * unchanged blocks that moved, then edited blocks by best similarity. The rest get fresh ids.
 * A reused id keeps the previous block's translator's note.
 */
export function assignIds(drafts: readonly BlockDraft[], previous: readonly Block[]): Block[] {
  const source = new Array<number>(drafts.length).fill(-1);
  const taken = new Array<boolean>(previous.length).fill(false);
  const link = (next: number, prev: number) => {
    source[next] = prev;
    taken[prev] = true;
  };

  if (previous.length > 0) {
    const prevKeys = previous.map(contentKey);
    const nextKeys = drafts.map(contentKey);
    for (const [prev, next] of commonSubsequence(prevKeys, nextKeys)) link(next, prev);

    const movedFrom = new Map<string, number[]>();
    prevKeys.forEach((key, prev) => {
      if (!taken[prev]) movedFrom.set(key, [...(movedFrom.get(key) ?? []), prev]);
    });
    nextKeys.forEach((key, next) => {
      const prev = source[next] === -1 ? movedFrom.get(key)?.shift() : undefined;
      if (prev !== undefined) link(next, prev);
    });

    for (const [prev, next] of similarPairs(previous, drafts, taken, source)) link(next, prev);
  }

  const used = new Set(previous.map((block) => block.id));
  return drafts.map((draft, index) => {
    const old = previous[source[index] ?? -1];
    if (old) {
      const translatorNote = isMediaBlock(draft) ? undefined : (draft.translatorNote ?? old.translatorNote);
      return { ...draft, id: old.id, ...(translatorNote === undefined ? {} : { translatorNote }) } as Block;
    }
    let id = newBlockId();
    while (used.has(id)) id = newBlockId();
    used.add(id);
    return { ...draft, id } as Block;
  });
}

/** What makes two blocks "the same block, unchanged" (the level of a sub-point may change). */
function contentKey(block: BlockDraft): string {
  if (isMediaBlock(block)) return JSON.stringify([block.kind, block.mediaId]);
  return JSON.stringify([
    block.kind,
    block.kind === "subpoint" ? block.marker : "",
    block.text,
    block.kind === "note" ? (block.list ?? null) : null,
  ]);
}

/** Index pairs [prev, next] of a longest common subsequence. */
function commonSubsequence(prev: readonly string[], next: readonly string[]): [number, number][] {
  const pairs: [number, number][] = [];
  let head = 0;
  while (head < prev.length && head < next.length && prev[head] === next[head]) {
    pairs.push([head, head]);
    head++;
  }
  let prevEnd = prev.length;
  let nextEnd = next.length;
  const tail: [number, number][] = [];
  while (prevEnd > head && nextEnd > head && prev[prevEnd - 1] === next[nextEnd - 1]) {
    prevEnd--;
    nextEnd--;
    tail.push([prevEnd, nextEnd]);
  }

  const rows = prevEnd - head;
  const cols = nextEnd - head;
  if (rows > 0 && cols > 0) {
    // lengths[r][c]: LCS length of prev[head+r..] and next[head+c..]; at most 999 blocks fit in 16 bits.
    const width = cols + 1;
    const lengths = new Uint16Array((rows + 1) * width);
    for (let r = rows - 1; r >= 0; r--) {
      for (let c = cols - 1; c >= 0; c--) {
        lengths[r * width + c] =
          prev[head + r] === next[head + c]
            ? (lengths[(r + 1) * width + c + 1] ?? 0) + 1
            : Math.max(lengths[(r + 1) * width + c] ?? 0, lengths[r * width + c + 1] ?? 0);
      }
    }
    let r = 0;
    let c = 0;
    while (r < rows && c < cols) {
      if (prev[head + r] === next[head + c]) {
        pairs.push([head + r, head + c]);
        r++;
        c++;
      } else if ((lengths[(r + 1) * width + c] ?? 0) >= (lengths[r * width + c + 1] ?? 0)) r++;
      else c++;
    }
  }
  return pairs.concat(tail.reverse());
}

function similarPairs(
  previous: readonly Block[],
  drafts: readonly BlockDraft[],
  taken: readonly boolean[],
  source: readonly number[],
): [number, number][] {
  // A photo or file is the same block only when it shows the same item (contentKey); it has no words to compare.
  const prevLeft = previous.flatMap((block, i) => (taken[i] || isMediaBlock(block) ? [] : [i]));
  const nextLeft = drafts.flatMap((draft, j) => (source[j] === -1 && !isMediaBlock(draft) ? [j] : []));
  if (prevLeft.length === 0 || nextLeft.length === 0) return [];

  const prevGrams = new Map(prevLeft.map((i) => [i, bigrams(comparableText(previous[i]!))]));
  const compareAll = prevLeft.length * nextLeft.length <= MAX_PAIRS_COMPARED;
  const ratio = prevLeft.length / nextLeft.length;
  const candidates: { prev: number; next: number; score: number }[] = [];
  nextLeft.forEach((next, rank) => {
    const draft = drafts[next]!;
    const grams = bigrams(comparableText(draft));
    const centre = Math.round(rank * ratio);
    const from = compareAll ? 0 : Math.max(0, centre - NEIGHBOURHOOD);
    const to = compareAll ? prevLeft.length : Math.min(prevLeft.length, centre + NEIGHBOURHOOD + 1);
    for (let k = from; k < to; k++) {
      const prev = prevLeft[k]!;
      const similarity = dice(prevGrams.get(prev)!, grams);
      if (similarity < MIN_SIMILARITY) continue;
      // Same kind wins a tie: an edited answer stays that answer rather than becoming the question.
      candidates.push({ prev, next, score: similarity + (previous[prev]!.kind === draft.kind ? 0.01 : 0) });
    }
  });

  candidates.sort((a, b) => b.score - a.score || a.next - b.next || a.prev - b.prev);
  const prevUsed = new Set<number>();
  const nextUsed = new Set<number>();
  const pairs: [number, number][] = [];
  for (const { prev, next } of candidates) {
    if (prevUsed.has(prev) || nextUsed.has(next)) continue;
    prevUsed.add(prev);
    nextUsed.add(next);
    pairs.push([prev, next]);
  }
  return pairs;
}

function comparableText(block: BlockDraft): string {
  if (isMediaBlock(block)) return "";
  const items = block.kind === "note" ? (block.list?.items ?? []) : [];
  return [block.text, ...items].join(" ").toLowerCase();
}

function bigrams(text: string): Map<string, number> {
  const grams = new Map<string, number>();
  const chars = Array.from(text);
  if (chars.length < 2) grams.set(text, 1);
  for (let i = 0; i + 1 < chars.length; i++) {
    const gram = chars[i]! + chars[i + 1]!;
    grams.set(gram, (grams.get(gram) ?? 0) + 1);
  }
  return grams;
}

/** Sørensen–Dice coefficient of two bigram multisets: 1 for the same text, 0 for nothing in common. */
function dice(a: Map<string, number>, b: Map<string, number>): number {
  let shared = 0;
  let total = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const [gram, count] of small) shared += Math.min(count, large.get(gram) ?? 0);
  for (const count of a.values()) total += count;
  for (const count of b.values()) total += count;
  return total === 0 ? 0 : (2 * shared) / total;
}
