// The body editor's state and every edit it knows, as a pure reducer. Ids of new blocks arrive in the action
// (the component draws them with newBlockId), so the same action on the same state always gives the same result.
import {
  MAX_SUBPOINT_LEVEL,
  isMediaBlock,
  type Block,
  type Body,
  type MediaBlock,
  type TextBlock,
  type TextBlockKind,
  type NoteListMarker,
  type SubpointMarker,
} from "@/lib/body/schema";
import { BodyTextError, parseBody } from "@/lib/body/parse";
import { serializeBody } from "@/lib/body/serialize";
import { kindName } from "./block-kinds";

export type EditorMode = "blocks" | "text";

export interface FocusRequest {
  blockId: string;
  /** The block's text box, or one of its controls (a button keeps focus after it moved its block). */
  target: "text" | "move-up" | "move-down" | "indent" | "outdent";
  /** Caret offset in the text; "end" is after the last character; "keep" leaves the caret where it was. */
  caret: number | "end" | "keep";
  seq: number;
}

export interface Announcement {
  message: string;
  seq: number;
}

export interface BodyEditorState {
  body: Body;
  mode: EditorMode;
  /** The text mode's text, kept exactly as typed, even while it does not read as a body. */
  text: string;
  /** The text `body` was last read from (or written to): leaving text mode with this text needs no new reading. */
  textRead: string;
  /** Why `text` does not read as a body; null when it does. */
  textProblems: readonly string[] | null;
  /** Blocks added in this session that the writer has not left yet: an empty one is not an error yet. */
  fresh: readonly string[];
  focus: FocusRequest | null;
  /** For "Undo": the last block deleted with its button, and where it stood. */
  lastDeleted: { block: Block; index: number } | null;
  /** For the live region, so screen-reader users hear what a keyboard shortcut did. */
  announcement: Announcement | null;
  /** Counter behind FocusRequest.seq and Announcement.seq. */
  seq: number;
}

/** What reading the text mode's text gave: the body, or the problems that kept it from being one. */
export type TextReading = { ok: true; body: Body } | { ok: false; problems: readonly string[] };

export type BodyEditorAction =
  /** A new empty block after `after` (null: at the start). */
  | { type: "add"; after: string | null; kind: TextBlockKind; id: string }
  /** A photo or file from the library after `after` (null: at the end). */
  | { type: "insertMedia"; after: string | null; kind: MediaBlock["kind"]; mediaId: string; id: string }
  | { type: "updateText"; id: string; text: string }
  /** `spareIds`: one per item of a note's list, which becomes sub-points when the note stops being a note. */
  | { type: "changeKind"; id: string; kind: TextBlockKind; spareIds: readonly string[] }
  | { type: "setMarker"; id: string; marker: SubpointMarker }
  /** The note's list from its text box, one item per line; no lines removes the list. */
  | { type: "setNoteList"; id: string; lines: readonly string[]; marker: NoteListMarker }
  | { type: "move"; id: string; by: -1 | 1; focus?: FocusRequest["target"] }
  | { type: "indent"; id: string; focus?: FocusRequest["target"] }
  | { type: "outdent"; id: string; focus?: FocusRequest["target"] }
  /** `keepForUndo`: deleted with its button (Backspace on an empty block has nothing worth undoing). */
  | { type: "delete"; id: string; keepForUndo?: boolean }
  | { type: "undoDelete" }
  /** Enter: the text after the caret (or after the selection) becomes a new block below. */
  | { type: "split"; id: string; start: number; end: number; newId: string }
  /**
   * Several lines pasted into a block: the blocks read from them go in at the caret (the selection is replaced).
   * The text before the caret stays in the block; the text after it follows the pasted blocks, in a block of
   * its own (`tailId`). An empty block is replaced by what was pasted.
   */
  | { type: "insertBlocks"; id: string; start: number; end: number; blocks: readonly Block[]; tailId: string }
  /** Backspace at the start of a block: its text joins the end of the block before it. */
  | { type: "mergeWithPrevious"; id: string }
  | { type: "focusBlock"; id: string; caret: number | "end" }
  /** Arrow up at the start of a block, or down at its end: on to the neighbour. */
  | { type: "focusSibling"; id: string; by: -1 | 1 }
  /** The writer left a block's text box. */
  | { type: "leave"; id: string }
  | { type: "openText" }
  | { type: "editText"; text: string }
  /** A reading of `text` (from parseBody with the current body as `previous`); `switchTo` leaves text mode on success. */
  | { type: "replaceFromText"; text: string; reading: TextReading; switchTo?: "blocks" }
  | { type: "showBlocks" };

/** Reads the text mode's text with the current body as `previous`, so unchanged and edited blocks keep their ids. */
export function readText(text: string, previous: Body): TextReading {
  try {
    return { ok: true, body: parseBody(text, { previous }) };
  } catch (error) {
    if (error instanceof BodyTextError) return { ok: false, problems: error.problems };
    return { ok: false, problems: [error instanceof Error ? error.message : "The text could not be read."] };
  }
}

export function initialEditorState(body: Body, mode: EditorMode = "blocks"): BodyEditorState {
  const text = serializeBody(body);
  return {
    body,
    mode,
    text,
    textRead: text,
    textProblems: null,
    fresh: [],
    focus: null,
    lastDeleted: null,
    announcement: null,
    seq: 0,
  };
}

export function bodyEditorReducer(state: BodyEditorState, action: BodyEditorAction): BodyEditorState {
  switch (action.type) {
    case "add": {
      const index = action.after === null ? 0 : indexOf(state, action.after) + 1;
      if (index === 0 && action.after !== null) return state;
      const block = emptyBlock(action.kind, action.id, index > 0 ? state.body[index - 1] : undefined);
      const body = settleLevels(insertAt(state.body, index, block));
      return focusOn({ ...state, body, fresh: [...state.fresh, action.id] }, action.id, "text", 0, `${capitalise(kindName(action.kind))} added`);
    }

    case "insertMedia": {
      const index = action.after === null ? state.body.length : indexOf(state, action.after) + 1;
      if (index === 0 && action.after !== null) return state;
      const block: MediaBlock = { kind: action.kind, id: action.id, mediaId: action.mediaId };
      const body = settleLevels(insertAt(state.body, index, block));
      return focusOn({ ...state, body }, action.id, "move-up", "keep", `${capitalise(kindName(action.kind))} added`);
    }

    case "updateText":
      return updateBlock(state, action.id, (block) =>
        isMediaBlock(block) || block.text === action.text ? block : { ...block, text: action.text },
      );

    case "changeKind": {
      const index = indexOf(state, action.id);
      const block = state.body[index];
      if (!block || isMediaBlock(block) || block.kind === action.kind) return state;
      const changed = withKind(block, action.kind, state.body[index - 1]);
      // A note's list would be lost with the note: its items stay, as sub-points under the block.
      const fromList =
        block.kind === "note" && action.kind !== "note" && block.list
          ? block.list.items.map(
              (item, i): Block => ({ kind: "subpoint", id: action.spareIds[i] ?? `${block.id}-${i + 1}`, marker: block.list!.marker, level: 1, text: item }),
            )
          : [];
      const body = settleLevels([...state.body.slice(0, index), changed, ...fromList, ...state.body.slice(index + 1)]);
      const message =
        fromList.length > 0
          ? `Now a ${kindName(action.kind)}; its list became ${fromList.length} sub-point${fromList.length === 1 ? "" : "s"}`
          : `Now a ${kindName(action.kind)}`;
      return announce({ ...state, body }, message);
    }

    case "setMarker":
      return updateBlock(state, action.id, (block) =>
        block.kind === "subpoint" && block.marker !== action.marker ? { ...block, marker: action.marker } : block,
      );

    case "setNoteList":
      return updateBlock(state, action.id, (block) => {
        if (block.kind !== "note") return block;
        const lines = action.lines.length === 1 && action.lines[0] === "" ? [] : action.lines;
        if (lines.length === 0) {
          if (!block.list) return block;
          const { list: _dropped, ...rest } = block;
          return rest;
        }
        return { ...block, list: { marker: action.marker, items: [...lines] } };
      });

    case "move": {
      const index = indexOf(state, action.id);
      const target = index + action.by;
      if (index < 0 || target < 0 || target >= state.body.length) return state;
      const body = [...state.body];
      [body[index], body[target]] = [body[target]!, body[index]!];
      const settled = settleLevels(body);
      return focusOn(
        { ...state, body: settled },
        action.id,
        action.focus ?? "text",
        "keep",
        `Moved ${action.by < 0 ? "up" : "down"} to position ${target + 1} of ${body.length}`,
      );
    }

    case "indent":
    case "outdent": {
      const index = indexOf(state, action.id);
      const block = state.body[index];
      if (!block || block.kind !== "subpoint") return state;
      const allowed = action.type === "indent" ? canIndent(state.body, index) : canOutdent(state.body, index);
      if (!allowed) return state;
      const level = block.level + (action.type === "indent" ? 1 : -1);
      const body = settleLevels(state.body.map((b, i) => (i === index ? { ...block, level } : b)));
      return focusOn({ ...state, body }, action.id, action.focus ?? "text", "keep", `Sub-point at level ${level}`);
    }

    case "delete": {
      const index = indexOf(state, action.id);
      const block = state.body[index];
      if (!block) return state;
      const body = settleLevels(state.body.filter((_, i) => i !== index));
      const neighbour = body[index - 1] ?? body[index];
      const next: BodyEditorState = {
        ...state,
        body,
        fresh: state.fresh.filter((id) => id !== action.id),
        lastDeleted: action.keepForUndo ? { block, index } : state.lastDeleted,
        focus: null,
      };
      const message = `${capitalise(kindName(block.kind))} deleted`;
      if (!neighbour) return announce(next, message);
      return focusOn(next, neighbour.id, "text", neighbour === body[index - 1] ? "end" : 0, message);
    }

    case "undoDelete": {
      const deleted = state.lastDeleted;
      if (!deleted || state.body.some((block) => block.id === deleted.block.id)) return { ...state, lastDeleted: null };
      const index = Math.min(deleted.index, state.body.length);
      const body = settleLevels(insertAt(state.body, index, deleted.block));
      return focusOn({ ...state, body, lastDeleted: null }, deleted.block.id, "text", "end", `${capitalise(kindName(deleted.block.kind))} restored`);
    }

    case "split": {
      const index = indexOf(state, action.id);
      const block = state.body[index];
      if (!block || isMediaBlock(block)) return state;
      const start = clamp(action.start, 0, block.text.length);
      const end = clamp(action.end, start, block.text.length);
      const before = block.text.slice(0, start).trimEnd();
      const after = block.text.slice(end).trimStart();
      const kind = after === "" && block.kind === "question" ? "answer" : block.kind;
      // A note's list is read under the note's last line, so it goes with the part below.
      const first: TextBlock = block.kind === "note" ? withoutList({ ...block, text: before }) : { ...block, text: before };
      let second: TextBlock;
      if (kind === block.kind) {
        const { translatorNote: _stays, ...rest } = block;
        second = { ...rest, id: action.newId, text: after };
      } else {
        second = emptyBlock(kind, action.newId, first);
      }
      const body = settleLevels([...state.body.slice(0, index), first, second, ...state.body.slice(index + 1)]);
      return focusOn({ ...state, body, fresh: [...state.fresh, action.newId] }, action.newId, "text", 0, null);
    }

    case "insertBlocks": {
      const index = indexOf(state, action.id);
      const block = state.body[index];
      const pasted = action.blocks.at(-1);
      if (!block || !pasted || isMediaBlock(block)) return state;
      const start = clamp(action.start, 0, block.text.length);
      const end = clamp(action.end, start, block.text.length);
      const before = block.text.slice(0, start).trimEnd();
      const after = block.text.slice(end).trimStart();
      let around: { head: TextBlock[]; tail: TextBlock[] };
      if (before !== "" && after !== "") {
        const { translatorNote: _stays, ...rest } = block;
        around = {
          head: [block.kind === "note" ? withoutList({ ...block, text: before }) : { ...block, text: before }],
          tail: [{ ...rest, id: action.tailId, text: after }],
        };
      } else if (before !== "") around = { head: [{ ...block, text: before }], tail: [] };
      else if (after !== "") around = { head: [], tail: [{ ...block, text: after }] };
      else around = { head: [], tail: [] };
      const body = settleLevels([...state.body.slice(0, index), ...around.head, ...action.blocks, ...around.tail, ...state.body.slice(index + 1)]);
      const count = action.blocks.length;
      return focusOn(
        { ...state, body, fresh: state.fresh.filter((id) => id !== action.id) },
        pasted.id,
        "text",
        "end",
        `Pasted as ${count} block${count === 1 ? "" : "s"}`,
      );
    }

    case "mergeWithPrevious": {
      const index = indexOf(state, action.id);
      const block = state.body[index];
      const previous = state.body[index - 1];
      if (!block || !previous || isMediaBlock(block) || isMediaBlock(previous)) return state;
      // A note's list has nowhere to go in a block of another kind.
      if (block.kind === "note" && block.list && previous.kind !== "note") return state;
      const joint = previous.text === "" || /\s$/.test(previous.text) || block.text === "" ? "" : " ";
      const translatorNote = [previous.translatorNote, block.translatorNote].filter(Boolean).join(" ");
      const list = previous.kind === "note" ? (block.kind === "note" && block.list ? mergeLists(previous.list, block.list) : previous.list) : undefined;
      const merged = {
        ...previous,
        text: previous.text + joint + block.text,
        ...(translatorNote ? { translatorNote } : {}),
        ...(list ? { list } : {}),
      } as TextBlock;
      const body = settleLevels([...state.body.slice(0, index - 1), merged, ...state.body.slice(index + 1)]);
      return focusOn(
        { ...state, body, fresh: state.fresh.filter((id) => id !== action.id) },
        previous.id,
        "text",
        previous.text.length + joint.length,
        `Joined to the ${kindName(previous.kind)} above`,
      );
    }

    case "focusBlock":
      return indexOf(state, action.id) < 0 ? state : focusOn(state, action.id, "text", action.caret, null);

    case "focusSibling": {
      const sibling = state.body[indexOf(state, action.id) + action.by];
      if (indexOf(state, action.id) < 0 || !sibling) return state;
      return focusOn(state, sibling.id, "text", action.by < 0 ? "end" : 0, null);
    }

    case "leave":
      return state.fresh.includes(action.id) ? { ...state, fresh: state.fresh.filter((id) => id !== action.id) } : state;

    case "openText": {
      if (state.mode === "text") return state;
      const text = serializeBody(state.body);
      return { ...state, mode: "text", text, textRead: text, textProblems: null, focus: null, lastDeleted: null };
    }

    case "editText":
      return action.text === state.text ? state : { ...state, text: action.text };

    case "replaceFromText": {
      if (!action.reading.ok) {
        // The text stays as typed, whatever happens: the writer fixes it where it is.
        return { ...state, mode: "text", text: action.text, textProblems: action.reading.problems };
      }
      const next: BodyEditorState = {
        ...state,
        body: action.reading.body,
        text: action.text,
        textRead: action.text,
        textProblems: null,
        fresh: [],
        lastDeleted: null,
      };
      return action.switchTo === "blocks" ? { ...next, mode: "blocks" } : next;
    }

    case "showBlocks":
      // Only an unchanged text may leave text mode without being read; otherwise read it (replaceFromText).
      return state.mode === "blocks" || state.text !== state.textRead ? state : { ...state, mode: "blocks", textProblems: null };
  }
}

/**
 * Pasted lines with no mark of the convention ("1.", "o", "Q:") read as plain paragraphs; pasted into a numbered
 * paragraph (or an answer, a sub-point…) they are more of the same kind.
 */
export function adoptKind(blocks: readonly Block[], like: Block): Block[] {
  if (!blocks.every((block) => block.kind === "paragraph") || like.kind === "paragraph" || isMediaBlock(like)) return [...blocks];
  return blocks.map((block): Block => {
    if (block.kind !== "paragraph") return block;
    if (like.kind === "subpoint") return { kind: "subpoint", id: block.id, marker: like.marker, level: like.level, text: block.text };
    return { kind: like.kind, id: block.id, text: block.text };
  });
}

/** Whether the sub-point at `index` may go one level deeper: at most one below the sub-point before it. */
export function canIndent(body: readonly Block[], index: number): boolean {
  const block = body[index];
  const previous = body[index - 1];
  return (
    block?.kind === "subpoint" &&
    previous?.kind === "subpoint" &&
    block.level < MAX_SUBPOINT_LEVEL &&
    block.level <= previous.level
  );
}

export function canOutdent(body: readonly Block[], index: number): boolean {
  const block = body[index];
  return block?.kind === "subpoint" && block.level > 1;
}

/**
 * Brings every sub-point within one level of the one before it (a sub-point after another kind of block is
 * level 1), so moving or deleting a block never leaves an order the text convention cannot write.
 * Returns the same array when nothing needed to change.
 */
export function settleLevels(body: Body): Body {
  let changed = false;
  const settled: Block[] = [];
  for (const block of body) {
    const previous = settled.at(-1);
    if (block.kind === "subpoint") {
      const deepest = previous?.kind === "subpoint" ? previous.level + 1 : 1;
      if (block.level > deepest) {
        changed = true;
        settled.push({ ...block, level: deepest });
        continue;
      }
    }
    settled.push(block);
  }
  return changed ? settled : body;
}

function emptyBlock(kind: TextBlockKind, id: string, above: Block | undefined): TextBlock {
  if (kind === "subpoint") {
    const like = above?.kind === "subpoint" ? above : undefined;
    return { kind, id, marker: like?.marker ?? "o", level: like?.level ?? 1, text: "" };
  }
  return { kind, id, text: "" };
}

function withKind(block: TextBlock, kind: TextBlockKind, above: Block | undefined): TextBlock {
  const { id, text, translatorNote } = block;
  const common = { id, text, ...(translatorNote === undefined ? {} : { translatorNote }) };
  if (kind === "subpoint") {
    const like = above?.kind === "subpoint" ? above : undefined;
    return { kind, ...common, marker: like?.marker ?? "o", level: like?.level ?? 1 };
  }
  return { kind, ...common };
}

function withoutList(note: Extract<Block, { kind: "note" }>): TextBlock {
  const { list: _moved, ...rest } = note;
  return rest;
}

function mergeLists(first: Extract<Block, { kind: "note" }>["list"], second: NonNullable<Extract<Block, { kind: "note" }>["list"]>) {
  return first ? { marker: first.marker, items: [...first.items, ...second.items] } : second;
}

function updateBlock(state: BodyEditorState, id: string, update: (block: Block) => Block): BodyEditorState {
  const index = indexOf(state, id);
  const block = state.body[index];
  if (!block) return state;
  const updated = update(block);
  if (updated === block) return state;
  return { ...state, body: state.body.map((b, i) => (i === index ? updated : b)) };
}

function focusOn(
  state: BodyEditorState,
  blockId: string,
  target: FocusRequest["target"],
  caret: number | "end" | "keep",
  message: string | null,
): BodyEditorState {
  const seq = state.seq + 1;
  return {
    ...state,
    seq,
    focus: { blockId, target, caret, seq },
    announcement: message === null ? state.announcement : { message, seq },
  };
}

function announce(state: BodyEditorState, message: string): BodyEditorState {
  const seq = state.seq + 1;
  return { ...state, seq, announcement: { message, seq } };
}

function indexOf(state: BodyEditorState, id: string): number {
  return state.body.findIndex((block) => block.id === id);
}

function insertAt(body: Body, index: number, block: Block): Body {
  return [...body.slice(0, index), block, ...body.slice(index)];
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
