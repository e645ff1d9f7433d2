// The translation workspace's bookkeeping, without React: what the translator typed, what each row's status is
// while they type (the server's answer is the truth after each save), and what a save sends. Client-safe.
import { isMediaBlock, type Block } from "@/lib/body/schema";
import type { RowStatus, TranslationEntry, TranslationProgress } from "@/lib/translation/alignment";
import type { SaveTranslationInput } from "@/lib/translation/input";
import { numberFootnotes } from "@/lib/translation/footnotes";
import type { TranslationFormValues } from "@/lib/translation/records";
import type { WorkspaceField, WorkspaceRow } from "@/lib/translation/workspace";

export const TITLE_ID = "@title";
export const SUMMARY_ID = "@summary";

/** What the translator has typed for one source block. */
export interface Entry {
  text: string;
  /** A note with a list: one item per item of the source's list. */
  listItems: string[];
  translatorNote: string;
}

export interface Draft {
  title: string;
  summary: string;
  entries: Record<string, Entry>;
  translationKind: "OFFICIAL" | "UNOFFICIAL" | null;
  translatorCredit: string;
  /** The edition's change note in this language (when the edition has one). */
  changeNote: string;
}

/** What the server said after the last load or save. */
export interface ServerStatuses {
  title: RowStatus;
  summary: RowStatus;
  blocks: Record<string, RowStatus>;
}

/** The workspace's source side: enough to compute statuses and payloads. */
export interface SourceView {
  title: Pick<WorkspaceField, "source" | "sourceHash">;
  summary: Pick<WorkspaceField, "source" | "sourceHash">;
  rows: ReadonlyArray<Pick<WorkspaceRow, "source" | "sourceHash">>;
}

/** Form text is one paragraph: line breaks (typed or pasted) become spaces, as the body schema wants. */
export function oneParagraph(value: string): string {
  return value.replace(/\s*[\r\n\u2028\u2029]+\s*/g, " ");
}

function listLength(source: Block): number {
  return source.kind === "note" && source.list ? source.list.items.length : 0;
}

/** The draft as the stored translation gives it: one entry per source block (empty where nothing is translated). */
export function draftFrom(source: SourceView, form: TranslationFormValues | null): Draft {
  const stored = new Map((form?.blocks ?? []).map((entry) => [entry.sourceId, entry]));
  const entries: Record<string, Entry> = {};
  for (const row of source.rows) {
    const entry = stored.get(row.source.id);
    const length = listLength(row.source);
    const items = entry?.listItems ?? [];
    entries[row.source.id] = {
      text: entry?.text ?? "",
      listItems: Array.from({ length }, (_, index) => items[index] ?? ""),
      translatorNote: entry?.translatorNote ?? "",
    };
  }
  return {
    title: form?.title ?? "",
    summary: form?.summary ?? "",
    entries,
    translationKind: form?.translationKind ?? null,
    translatorCredit: form?.translatorCredit ?? "",
    changeNote: form?.changeNote ?? "",
  };
}

/** A row is changed by the translator (and will count as made from the current source once saved). */
export interface RowMarks {
  /** Edited since the last answer from the server. */
  touched: ReadonlySet<string>;
  /** "Mark up to date" pressed and not yet saved. */
  upToDate: ReadonlySet<string>;
}

/**
 * A block's status as the translator sees it now: empty is untranslated; a note list not finished is untranslated;
 * a block edited or confirmed since the last save counts as current (the save will record the current source);
 * otherwise what the server said.
 */
export function rowStatus(source: Block, entry: Entry, server: RowStatus | undefined, marks: RowMarks): RowStatus {
  // A photo or file has nothing to translate here: every save carries it over from the original.
  if (isMediaBlock(source)) return "current";
  if (!entry.text.trim()) return "untranslated";
  if (entry.listItems.filter((item) => item.trim()).length < listLength(source)) return "untranslated";
  if (marks.touched.has(source.id) || marks.upToDate.has(source.id)) return "current";
  return server === "stale" ? "stale" : "current";
}

/** The title's or summary's status, the way the server judges it (an empty source summary needs nothing). */
export function fieldStatus(id: string, sourceText: string, translated: string, server: RowStatus, marks: RowMarks): RowStatus {
  if (!sourceText) return translated.trim() ? "stale" : "current";
  if (!translated.trim()) return "untranslated";
  if (marks.touched.has(id) || marks.upToDate.has(id)) return "current";
  return server === "stale" ? "stale" : "current";
}

export interface LocalStatuses {
  title: RowStatus;
  summary: RowStatus;
  blocks: Record<string, RowStatus>;
  progress: TranslationProgress;
}

export function localStatuses(source: SourceView, draft: Draft, server: ServerStatuses, marks: RowMarks): LocalStatuses {
  const blocks: Record<string, RowStatus> = {};
  let current = 0;
  let stale = 0;
  for (const row of source.rows) {
    const status = rowStatus(row.source, draft.entries[row.source.id]!, server.blocks[row.source.id], marks);
    blocks[row.source.id] = status;
    if (status === "current") current++;
    if (status === "stale") stale++;
  }
  const total = source.rows.length;
  return {
    title: fieldStatus(TITLE_ID, source.title.source, draft.title, server.title, marks),
    summary: fieldStatus(SUMMARY_ID, source.summary.source, draft.summary, server.summary, marks),
    blocks,
    progress: { translated: current + stale, total, current, stale, untranslated: total - current - stale },
  };
}

/** What saveTranslation is sent: every block with text, each with the source hash the translator was looking at. */
export function savePayload(
  localizationId: string,
  lockVersion: number,
  source: SourceView,
  draft: Draft,
  upToDate: ReadonlySet<string>,
): SaveTranslationInput {
  const blocks: TranslationEntry[] = [];
  for (const row of source.rows) {
    const entry = draft.entries[row.source.id]!;
    // A note typed before the block's translation is sent too: the server keeps it until the block is translated.
    if (!entry.text.trim() && !entry.translatorNote.trim()) continue;
    blocks.push({
      sourceId: row.source.id,
      text: entry.text,
      ...(listLength(row.source) > 0 ? { listItems: entry.listItems } : {}),
      translatorNote: entry.translatorNote.trim() ? entry.translatorNote : null,
      sourceHash: row.sourceHash,
      ...(upToDate.has(row.source.id) ? { markUpToDate: true } : {}),
    });
  }
  return {
    localizationId,
    lockVersion,
    title: draft.title,
    summary: draft.summary,
    blocks,
    translationKind: draft.translationKind,
    translatorCredit: draft.translatorCredit,
    changeNote: draft.changeNote,
    titleBasis: { sourceHash: source.title.sourceHash, ...(upToDate.has(TITLE_ID) ? { markUpToDate: true } : {}) },
    summaryBasis: { sourceHash: source.summary.sourceHash, ...(upToDate.has(SUMMARY_ID) ? { markUpToDate: true } : {}) },
  };
}

/** Rows whose text is the same now as when a save was sent: the save's answer speaks for them. */
export function unchangedSince(sent: Draft, now: Draft): Set<string> {
  const same = new Set<string>();
  if (sent.title === now.title) same.add(TITLE_ID);
  if (sent.summary === now.summary) same.add(SUMMARY_ID);
  for (const [id, entry] of Object.entries(now.entries)) {
    const before = sent.entries[id];
    if (before && before.text === entry.text && before.translatorNote === entry.translatorNote && before.listItems.join("\u0000") === entry.listItems.join("\u0000")) {
      same.add(id);
    }
  }
  return same;
}

/**
 * The next row to work on after `from` (a row id, or null for the top): untranslated or needing an update, going
 * round to the top when none is left below. Null when everything is done.
 */
export function nextToDo(order: readonly string[], statuses: Readonly<Record<string, RowStatus>>, from: string | null): string | null {
  const start = from === null ? -1 : order.indexOf(from);
  for (let step = 1; step <= order.length; step++) {
    const id = order[(start + step + order.length) % order.length]!;
    if (statuses[id] === "untranslated" || statuses[id] === "stale") return id;
  }
  return null;
}

/** The translator's notes as readers will see them: numbered in source order, on translated blocks only. */
export function footnoteNumbers(order: readonly string[], draft: Draft): Record<string, number> {
  const translated = order.flatMap((id) => {
    const entry = draft.entries[id];
    return entry?.text.trim() ? [{ id, translatorNote: entry.translatorNote }] : [];
  });
  return numberFootnotes(translated).byBlock;
}

/** "12 of 15 blocks translated" (and what still needs doing). */
export function describeProgress(progress: TranslationProgress): string {
  const parts = [`${progress.translated} of ${progress.total} ${progress.total === 1 ? "block" : "blocks"} translated`];
  if (progress.stale > 0) parts.push(`${progress.stale} ${progress.stale === 1 ? "needs" : "need"} updating`);
  return parts.join(" · ");
}
