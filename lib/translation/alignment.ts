// A translation beside its original, block by block. Pure (no database, no session), but server-side: the source
// hashes are sha256 (node:crypto, through lib/body/plain-text.ts).
//
// How a translation is tied to its original (docs/adr/0003-body-blocks.md):
// - A translated block has the SAME id as the source block it translates. Its kind, sub-point marker and level, and a
//   note's list marker are copied from the source when it is saved, so paragraph numbers, markers and the Q/A structure
//   follow the source; only the words (text, a note's list items) and the translator's note are the translator's.
// - `sourceHashes` maps each translated block's id to hashBlockSource() of the source block it was made from. A
//   block is current while that hash equals the source block's hash now, stale once the source changed. The title and
//   summary are tracked the same way under the keys "@title" and "@summary", which can never be block ids (ids are
//   letters, digits, "-" and "_"), so a corrected headline flags the translated headline too.
// - Only translated blocks are stored; a source block without a translated block is untranslated, and a translated
//   block whose source block is gone is left out of the alignment (and out of the next save).
import { createHash } from "node:crypto";
import { hashBlockSource } from "@/lib/body/plain-text";
import {
  bodySchema,
  isMediaBlock,
  normalizeInlineText,
  type Block,
  type Body,
  type TextBlock,
} from "@/lib/body/schema";
import { deriveNumbers } from "@/lib/body/structure";
import { DomainError } from "@/lib/errors";

export const TITLE_KEY = "@title";
export const SUMMARY_KEY = "@summary";

/** Source block id (or "@title"/"@summary") → sha256 hex of the source it was translated from. */
export type SourceHashes = Record<string, string>;

export type RowStatus = "untranslated" | "current" | "stale";

/** The original's text a translation is made from. */
export interface SourceText {
  title: string;
  summary: string;
  body: readonly Block[];
}

/** A translation as stored: its text and the hashes of what it was made from. */
export interface StoredTranslation {
  title: string;
  summary: string;
  body: readonly Block[];
  sourceHashes: SourceHashes;
}

export interface AlignedRow {
  /** Position in the source, from 0. */
  index: number;
  source: Block;
  /** hashBlockSource(source): send it back with the translated text (TranslationEntry.sourceHash). */
  sourceHash: string;
  /** A numbered paragraph's display number; null for other kinds. */
  number: number | null;
  translated: Block | null;
  status: RowStatus;
  /** The hash stored for this block: of the source text the translation was made from (null when there is none). */
  storedHash: string | null;
}

export interface TranslationProgress {
  /** Source blocks that have a translation, current or stale ("12 of 15 blocks translated"). */
  translated: number;
  total: number;
  current: number;
  stale: number;
  untranslated: number;
}

/** Reads the stored JSON leniently: anything that is not a string-to-string map counts as no hashes. */
export function readSourceHashes(value: unknown): SourceHashes {
  if (!value || typeof value !== "object" || Array.isArray(value)) return {};
  const hashes: SourceHashes = {};
  for (const [key, hash] of Object.entries(value as Record<string, unknown>)) {
    if (typeof hash === "string") hashes[key] = hash;
  }
  return hashes;
}

/** sha256 (hex) of a title or summary, for "@title"/"@summary". */
export function hashSourceText(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/** A translated note whose list is not finished yet (fewer items than the source's list). */
function unfinishedList(source: Block, translated: Block): boolean {
  if (source.kind !== "note" || !source.list) return false;
  return translated.kind !== "note" || (translated.list?.items.length ?? 0) < source.list.items.length;
}

/**
 * The translation's blocks in SOURCE order, one row per source block: untranslated (no translated block, or a note
 * whose list is not finished: `translated` then holds what there is), current, or stale (the source block changed since
 * it was translated, or no hash was recorded). Translated blocks whose source block was removed are not in the
 * result; when the source was reordered, the rows follow its new order.
 */
export function alignTranslation(
  sourceBody: readonly Block[],
  translation: { body: readonly Block[]; sourceHashes: SourceHashes },
): AlignedRow[] {
  const translated = new Map<string, Block>();
  for (const block of translation.body) if (!translated.has(block.id)) translated.set(block.id, block);
  const numbers = deriveNumbers(sourceBody as Body);
  return sourceBody.map((source, index) => {
    const sourceHash = hashBlockSource(source);
    const block = translated.get(source.id) ?? null;
    const storedHash = Object.hasOwn(translation.sourceHashes, source.id) ? translation.sourceHashes[source.id]! : null;
    const status: RowStatus =
      block === null ? "untranslated" : storedHash !== sourceHash ? "stale" : unfinishedList(source, block) ? "untranslated" : "current";
    return { index, source, sourceHash, number: numbers.get(source.id) ?? null, translated: block, status, storedHash };
  });
}

export function progress(rows: readonly AlignedRow[]): TranslationProgress {
  const count = (status: RowStatus) => rows.filter((row) => row.status === status).length;
  const current = count("current");
  const stale = count("stale");
  return { translated: current + stale, total: rows.length, current, stale, untranslated: count("untranslated") };
}

/**
 * The title or summary beside the original's. An empty source summary needs no translation; a translated summary
 * of a source that no longer has one is stale (it should go too).
 */
export function fieldStatus(sourceText: string, translatedText: string, storedHash: string | undefined): RowStatus {
  if (!sourceText) return translatedText ? "stale" : "current";
  if (!translatedText) return "untranslated";
  return storedHash === hashSourceText(sourceText) ? "current" : "stale";
}

export interface TranslationStatus {
  rows: AlignedRow[];
  progress: TranslationProgress;
  title: RowStatus;
  summary: RowStatus;
}

/** Everything a translation owes its original, in one pass. */
export function translationStatus(source: SourceText, translation: StoredTranslation): TranslationStatus {
  const rows = alignTranslation(source.body, translation);
  return {
    rows,
    progress: progress(rows),
    title: fieldStatus(source.title, translation.title, translation.sourceHashes[TITLE_KEY]),
    summary: fieldStatus(source.summary, translation.summary, translation.sourceHashes[SUMMARY_KEY]),
  };
}

/** Whether there is anything left to do: a block, the title or the summary untranslated or stale. */
export function needsWork(status: TranslationStatus): boolean {
  return status.progress.current < status.progress.total || status.title !== "current" || status.summary !== "current";
}

/**
 * Whether a translation readers see no longer matches the original they would see beside it: a source block (or the
 * title or summary) changed, was added or was removed since the translation was made. A translation with no hashes at
 * all was not made in Chancery (an import, an old fixture): nothing can be said, so it is not called behind.
 */
export function isBehindOriginal(source: SourceText, sourceHashesValue: unknown): boolean {
  const hashes = readSourceHashes(sourceHashesValue);
  if (Object.keys(hashes).length === 0) return false;
  const ids = new Set<string>();
  for (const block of source.body) {
    ids.add(block.id);
    if (hashes[block.id] !== hashBlockSource(block)) return true;
  }
  for (const key of Object.keys(hashes)) {
    if (key !== TITLE_KEY && key !== SUMMARY_KEY && !ids.has(key)) return true;
  }
  // The desk always records the title's hash; without it (an older translation) the title and summary say nothing.
  if (hashes[TITLE_KEY] === undefined) return false;
  const fieldBehind = (text: string, key: string) => (text ? hashes[key] !== hashSourceText(text) : hashes[key] !== undefined);
  return fieldBehind(source.title, TITLE_KEY) || fieldBehind(source.summary, SUMMARY_KEY);
}

// ─── Building a translation from what the translator typed ──────────────────────────────────────────────────────

/**
 * One translated block as the workspace sends it. Structure (kind, marker, level, a note's list marker) is never sent:
 * it is taken from the source block.
 */
export interface TranslationEntry {
  sourceId: string;
  /** The translated text; empty means "not translated yet" (the block is left out). */
  text: string;
  /** A note with a list: the translated items, one per source item. */
  listItems?: string[];
  /** Shown to readers as a numbered footnote. Empty means none. */
  translatorNote?: string | null;
  /**
   * The hash of the source block the translator was looking at (AlignedRow.sourceHash). Recorded when the text
   * changed or `markUpToDate` is set; defaults to the source's current hash. It keeps a save honest when the original
   * was edited while the translator worked: the block then shows as stale rather than silently current.
   */
  sourceHash?: string;
  /** "The translation still holds": the text is unchanged but it now counts as made from the current source. */
  markUpToDate?: boolean;
}

/** What the translator saw and confirmed of the title or summary; same meaning as on TranslationEntry. */
export interface FieldBasis {
  sourceHash?: string;
  markUpToDate?: boolean;
}

export interface BuiltBody {
  body: Body;
  /** Hashes of the translated blocks (no "@title"/"@summary"); a block kept as it was without a hash has none. */
  sourceHashes: SourceHashes;
  /** Entries for blocks the original no longer has: their text was not kept. */
  dropped: string[];
  /** Translator's notes on source blocks with no translated text yet (source block id → note), kept until they have. */
  pendingNotes: PendingNotes;
}

/** Source block id → a translator's note typed before the block was translated. */
export type PendingNotes = Record<string, string>;

/** Stored pending notes, read defensively (jsonb from the database). */
export function readPendingNotes(value: unknown): PendingNotes {
  if (!value || typeof value !== "object" || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === "string" && entry[1].trim() !== ""));
}

const wordsOf = (block: Block): string =>
  isMediaBlock(block) ? JSON.stringify([block.kind, block.mediaId]) : JSON.stringify([block.text, block.kind === "note" ? (block.list?.items ?? []) : []]);

/**
 * Keeps the hash a block was translated from while its words stay the same, so an autosave of a stale block does not
 * make it current (nor one with no hash at all, made outside the desk: it stays "needs review"); a change of the
 * words, or an explicit "still holds", records the source the translator worked from.
 */
function nextHash(options: {
  wordsChanged: boolean;
  basis: FieldBasis;
  previousHash: string | undefined;
  currentHash: string;
}): string | undefined {
  const { wordsChanged, basis, previousHash, currentHash } = options;
  if (!wordsChanged && !basis.markUpToDate) return previousHash;
  return basis.sourceHash ?? currentHash;
}

/**
 * A note's list items as typed so far. Items are translated by position, so a list may be stored unfinished only at
 * its end (the row then counts as untranslated, see alignTranslation); an empty item before a filled one is refused.
 */
function listPrefix(given: readonly string[], sourceCount: number, index: number): string[] {
  if (given.length > sourceCount) {
    throw new DomainError(`Block ${index + 1}: the note's list has ${sourceCount} items in the original, not ${given.length}.`, "blocks");
  }
  let end = given.length;
  while (end > 0 && !normalizeInlineText(given[end - 1]!)) end--;
  const gap = given.slice(0, end).findIndex((item) => !normalizeInlineText(item));
  if (gap >= 0) {
    throw new DomainError(`Block ${index + 1}: item ${gap + 1} of the note's list is empty; translate the items in order.`, "blocks");
  }
  return given.slice(0, end);
}

/**
 * The stored form of a translated body: the source's blocks that have translated text, in source order, with the
 * source's structure and the translator's words, validated by the body schema; plus the hash of each source block.
 * `previous` is the stored translation, so unchanged stale blocks stay stale.
 * @throws DomainError naming the source block ("Block 3: …") when the text is not a valid block, or a note's list
 *   items do not match the source's.
 */
export function buildTranslatedBody(
  sourceBody: readonly Block[],
  entries: readonly TranslationEntry[],
  previous?: { body: readonly Block[]; sourceHashes: SourceHashes },
): BuiltBody {
  const bySource = new Map<string, TranslationEntry>();
  for (const entry of entries) {
    if (bySource.has(entry.sourceId)) throw new DomainError(`Block ${entry.sourceId} is translated twice.`, "blocks");
    bySource.set(entry.sourceId, entry);
  }
  const sourceIds = new Set(sourceBody.map((block) => block.id));
  const dropped = entries.filter((entry) => !sourceIds.has(entry.sourceId) && entry.text.trim()).map((entry) => entry.sourceId);

  const built: Block[] = [];
  const positions: number[] = [];
  const pendingNotes: PendingNotes = {};
  sourceBody.forEach((source, index) => {
    // A photo or file has no words of its own (its caption is the library item's, translated there): the translation
    // shows it where the original does.
    if (isMediaBlock(source)) {
      built.push({ kind: source.kind, id: source.id, mediaId: source.mediaId });
      positions.push(index);
      return;
    }
    const entry = bySource.get(source.id);
    if (!entry) return;
    const note = entry.translatorNote ? normalizeInlineText(entry.translatorNote) : "";
    if (!normalizeInlineText(entry.text)) {
      if (note) pendingNotes[source.id] = note;
      return;
    }
    const common = { id: source.id, text: entry.text, ...(note ? { translatorNote: entry.translatorNote! } : {}) };
    let block: Block;
    switch (source.kind) {
      case "subpoint":
        block = { ...common, kind: "subpoint", marker: source.marker, level: source.level };
        break;
      case "note": {
        if (source.list) {
          const items = listPrefix(entry.listItems ?? [], source.list.items.length, index);
          block = items.length > 0 ? { ...common, kind: "note", list: { marker: source.list.marker, items } } : { ...common, kind: "note" };
        } else {
          block = { ...common, kind: "note" };
        }
        break;
      }
      default:
        block = { ...common, kind: source.kind };
    }
    built.push(block);
    positions.push(index);
  });

  // With a parent sub-point not yet translated, a sub-point cannot sit deeper than the one before it in the stored
  // draft. Levels shown come from the source, and once every block is translated they are the source's exactly.
  let previousLevel = 0;
  for (const block of built) {
    if (block.kind === "subpoint") {
      block.level = Math.min(block.level, previousLevel + 1);
      previousLevel = block.level;
    } else previousLevel = 0;
  }

  const parsed = bodySchema.safeParse(built);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const at = typeof issue?.path[0] === "number" ? positions[issue.path[0]] : undefined;
    const message = issue?.message ?? "The translation is not a valid body";
    // Order rules fail only when a block's neighbour in the source is still untranslated (a heading before a
    // paragraph that follows questions and answers, say): the source itself satisfies them.
    throw new DomainError(at === undefined ? message : `Block ${at + 1}: ${message}`, "blocks");
  }

  const before = new Map((previous?.body ?? []).map((block) => [block.id, block]));
  const sourceHashes: SourceHashes = {};
  parsed.data.forEach((block, position) => {
    const source = sourceBody[positions[position]!]!;
    if (isMediaBlock(source)) {
      sourceHashes[block.id] = hashBlockSource(source);
      return;
    }
    const entry = bySource.get(source.id)!;
    const old = before.get(block.id);
    const hash = nextHash({
      wordsChanged: !old || wordsOf(old) !== wordsOf(block),
      basis: entry,
      previousHash: previous?.sourceHashes[block.id],
      currentHash: hashBlockSource(source),
    });
    if (hash !== undefined) sourceHashes[block.id] = hash;
  });
  return { body: parsed.data, sourceHashes, dropped, pendingNotes };
}

export interface TranslatedTextInput {
  title: string;
  summary: string;
  blocks: readonly TranslationEntry[];
  titleBasis?: FieldBasis;
  summaryBasis?: FieldBasis;
}

export interface BuiltTranslation extends BuiltBody {
  title: string;
  summary: string;
}

/**
 * buildTranslatedBody plus the title and summary with their "@title"/"@summary" hashes (recorded only when
 * translated). `title` and `summary` are expected already normalised to one line.
 */
export function buildTranslation(source: SourceText, input: TranslatedTextInput, previous?: StoredTranslation): BuiltTranslation {
  const built = buildTranslatedBody(source.body, input.blocks, previous);
  const sourceHashes: SourceHashes = { ...built.sourceHashes };
  const field = (key: string, text: string, sourceText: string, previousText: string | undefined, basis: FieldBasis = {}) => {
    if (!text) return;
    const hash = nextHash({
      wordsChanged: previousText !== text,
      basis,
      previousHash: previous?.sourceHashes[key],
      currentHash: hashSourceText(sourceText),
    });
    if (hash !== undefined) sourceHashes[key] = hash;
  };
  field(TITLE_KEY, input.title, source.title, previous?.title, input.titleBasis);
  field(SUMMARY_KEY, input.summary, source.summary, previous?.summary, input.summaryBasis);
  return { ...built, title: input.title, summary: input.summary, sourceHashes };
}

/** The stored translation in the shape the workspace sends back: one entry per translated block, in stored order. */
export function entriesOf(body: readonly Block[], pendingNotes: PendingNotes = {}): TranslationEntry[] {
  const translated = body.filter((block): block is TextBlock => !isMediaBlock(block)).map((block) => ({
    sourceId: block.id,
    text: block.text,
    ...(block.kind === "note" && block.list ? { listItems: [...block.list.items] } : {}),
    translatorNote: block.translatorNote ?? null,
  }));
  const ids = new Set(body.map((block) => block.id));
  const pending = Object.entries(pendingNotes)
    .filter(([sourceId]) => !ids.has(sourceId))
    .map(([sourceId, note]) => ({ sourceId, text: "", translatorNote: note }));
  return [...translated, ...pending];
}
