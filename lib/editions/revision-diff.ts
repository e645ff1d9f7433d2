// What changed between two revisions, block by block, with the changed words marked. Pure and client-safe: the
// result is plain data the history page renders.
import { diffArrays, type ArrayChange } from "diff";
import { mediaLine } from "@/lib/body/convention";
import type { Block } from "@/lib/body/schema";
import { BLOCK_KIND_NAMES } from "@/lib/body/block-names";

export type WordOp = "equal" | "insert" | "delete";

/** A run of text that is in both versions, only in the newer one (insert) or only in the older one (delete). */
export interface WordChange {
  op: WordOp;
  text: string;
}

export interface TextDiff {
  changed: boolean;
  before: string;
  after: string;
  /** Reading the parts in order without the deletes gives `after`; without the inserts, `before`. */
  parts: WordChange[];
}

interface BlockPlace {
  id: string;
  kind: Block["kind"];
}

/**
 * One entry per block of either version, in reading order: blocks of the newer version in their order, with removed
 * blocks where they stood. Blocks are matched by id, which survives edits (see body/keep-ids.ts).
 */
export type BlockChange =
  | (BlockPlace & { change: "unchanged"; text: string; fromIndex: number; toIndex: number })
  | (BlockPlace & { change: "added"; text: string; toIndex: number })
  | (BlockPlace & { change: "removed"; text: string; fromIndex: number })
  /** Same content at another place. */
  | (BlockPlace & { change: "moved"; text: string; fromIndex: number; toIndex: number })
  /** Content changed (and possibly moved): `text` marks the words; `details` names changes that are not words. */
  | (BlockPlace & {
      change: "changed";
      kindBefore: Block["kind"];
      moved: boolean;
      text: TextDiff;
      details: string[];
      fromIndex: number;
      toIndex: number;
    });

export interface RevisionDiffStats {
  added: number;
  removed: number;
  changed: number;
  moved: number;
  unchanged: number;
}

export interface RevisionDiff {
  title: TextDiff;
  summary: TextDiff;
  blocks: BlockChange[];
  stats: RevisionDiffStats;
  /** Nothing differs at all. */
  identical: boolean;
}

/** The text of a revision that the diff compares. */
export interface DiffableText {
  title: string;
  summary: string;
  body: readonly Block[];
}

// ─── Words ──────────────────────────────────────────────────────────────────────────────────────────────────────

// Words (letters, marks, digits), runs of whitespace, and each other character on its own. Korean words are
// space-separated, so a changed particle marks the word it is attached to.
const TOKEN = /[\p{L}\p{M}\p{N}]+|\s+|[^\p{L}\p{M}\p{N}\s]/gu;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/**
 * Past this many edits between two texts (Myers' algorithm, jsdiff's `diffArrays`, costs grow with the edits, not
 * the length), the changed middle is shown as replaced as a whole: a rewritten page is not worth marking word by word.
 */
const MAX_EDIT_LENGTH = 1_000;

function push(parts: WordChange[], op: WordOp, text: string): void {
  if (!text) return;
  const last = parts.at(-1);
  if (last?.op === op) last.text += text;
  else parts.push({ op, text });
}

/** The shortest edit script between two token lists, or undefined when it would take more than MAX_EDIT_LENGTH edits. */
function editScript(before: readonly string[], after: readonly string[]): ArrayChange<string>[] | undefined {
  return diffArrays([...before], [...after], { maxEditLength: MAX_EDIT_LENGTH });
}

function alignTokens(before: readonly string[], after: readonly string[], parts: WordChange[]): void {
  const script = before.length && after.length ? editScript(before, after) : undefined;
  if (!script) {
    push(parts, "delete", before.join(""));
    push(parts, "insert", after.join(""));
    return;
  }
  for (const change of script) push(parts, change.added ? "insert" : change.removed ? "delete" : "equal", change.value.join(""));
}

/** Word-level changes from `before` to `after`. */
export function diffWords(before: string, after: string): WordChange[] {
  const a = tokenize(before);
  const b = tokenize(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const parts: WordChange[] = [];
  push(parts, "equal", a.slice(0, start).join(""));
  alignTokens(a.slice(start, endA), b.slice(start, endB), parts);
  push(parts, "equal", a.slice(endA).join(""));
  return parts;
}

export function diffText(before: string, after: string): TextDiff {
  return {
    changed: before !== after,
    before,
    after,
    parts: before === after ? (before ? [{ op: "equal", text: before }] : []) : diffWords(before, after),
  };
}

// ─── Blocks ─────────────────────────────────────────────────────────────────────────────────────────────────────

/** The block as a reader sees its words: a sub-point's marker, a note's ※ and its list lines. */
export function blockDisplayText(block: Block): string {
  switch (block.kind) {
    case "subpoint":
      return `${block.marker} ${block.text}`;
    case "note":
      return [`※ ${block.text}`, ...(block.list?.items.map((item) => `${block.list!.marker} ${item}`) ?? [])].join("\n");
    case "image":
    case "attachment":
      return mediaLine(block.kind, block.mediaId);
    default:
      return block.text;
  }
}

function blockDetails(before: Block, after: Block): string[] {
  const details: string[] = [];
  if (before.kind !== after.kind) details.push(`${BLOCK_KIND_NAMES[before.kind]} → ${BLOCK_KIND_NAMES[after.kind]}`);
  if (before.kind === "subpoint" && after.kind === "subpoint" && before.level !== after.level) {
    details.push(`level ${before.level} → ${after.level}`);
  }
  if ((before.translatorNote ?? "") !== (after.translatorNote ?? "")) details.push("translator's note changed");
  return details;
}

/** Ids made unique, so a malformed old revision with a repeated id still compares. */
function keyed(body: readonly Block[]): { key: string; block: Block }[] {
  const seen = new Map<string, number>();
  return body.map((block) => {
    const count = seen.get(block.id) ?? 0;
    seen.set(block.id, count + 1);
    return { key: count === 0 ? block.id : `${block.id}#${count}`, block };
  });
}

/** Keys of the common blocks that keep their relative order (the rest moved). */
function inPlaceKeys(before: readonly string[], after: readonly string[]): Set<string> {
  const script = editScript(before, after);
  if (!script) return new Set(before.filter((key) => after.includes(key)));
  return new Set(script.filter((change) => !change.added && !change.removed).flatMap((change) => change.value));
}

function sameBlock(a: Block, b: Block): boolean {
  return (
    a.kind === b.kind &&
    blockDisplayText(a) === blockDisplayText(b) &&
    blockDetails(a, b).length === 0
  );
}

export function diffBodies(before: readonly Block[], after: readonly Block[]): BlockChange[] {
  const oldBlocks = keyed(before);
  const newBlocks = keyed(after);
  const oldIndex = new Map(oldBlocks.map(({ key }, index) => [key, index]));
  const newIndex = new Map(newBlocks.map(({ key }, index) => [key, index]));
  const common = (key: string) => oldIndex.has(key) && newIndex.has(key);
  const anchors = inPlaceKeys(
    oldBlocks.map(({ key }) => key).filter(common),
    newBlocks.map(({ key }) => key).filter(common),
  );

  const changes: BlockChange[] = [];
  const matched = (fromIndex: number, toIndex: number, moved: boolean) => {
    const old = oldBlocks[fromIndex]!.block;
    const now = newBlocks[toIndex]!.block;
    const place = { id: now.id, kind: now.kind, fromIndex, toIndex };
    if (sameBlock(old, now)) {
      changes.push({ ...place, change: moved ? "moved" : "unchanged", text: blockDisplayText(now) });
    } else {
      changes.push({
        ...place,
        change: "changed",
        kindBefore: old.kind,
        moved,
        text: diffText(blockDisplayText(old), blockDisplayText(now)),
        details: blockDetails(old, now),
      });
    }
  };

  let i = 0;
  let j = 0;
  while (i < oldBlocks.length || j < newBlocks.length) {
    const old = oldBlocks[i];
    const now = newBlocks[j];
    if (old && !newIndex.has(old.key)) {
      changes.push({ change: "removed", id: old.block.id, kind: old.block.kind, text: blockDisplayText(old.block), fromIndex: i });
      i++;
    } else if (old && !anchors.has(old.key)) {
      i++; // Moved: shown where it now stands.
    } else if (now && !oldIndex.has(now.key)) {
      changes.push({ change: "added", id: now.block.id, kind: now.block.kind, text: blockDisplayText(now.block), toIndex: j });
      j++;
    } else if (now && !anchors.has(now.key)) {
      matched(oldIndex.get(now.key)!, j, true);
      j++;
    } else if (old && now) {
      // Both are anchors, and anchors appear in the same order on both sides.
      matched(i, j, false);
      i++;
      j++;
    } else {
      // Only anchors remain on one side, which cannot happen; stop rather than loop.
      break;
    }
  }
  return changes;
}

export function diffRevisionTexts(before: DiffableText, after: DiffableText): RevisionDiff {
  const blocks = diffBodies(before.body, after.body);
  const stats: RevisionDiffStats = { added: 0, removed: 0, changed: 0, moved: 0, unchanged: 0 };
  for (const block of blocks) {
    stats[block.change]++;
    if (block.change === "changed" && block.moved) stats.moved++;
  }
  const title = diffText(before.title, after.title);
  const summary = diffText(before.summary, after.summary);
  return {
    title,
    summary,
    blocks,
    stats,
    identical: !title.changed && !summary.changed && stats.unchanged === blocks.length,
  };
}
