import { describe, expect, it } from "vitest";
import { parseBody } from "@/lib/body/parse";
import type { Block, Body } from "@/lib/body/schema";
import { serializeBody } from "@/lib/body/serialize";
import {
  bodyEditorReducer,
  canIndent,
  canOutdent,
  adoptKind,
  initialEditorState,
  readText,
  settleLevels,
  type BodyEditorAction,
  type BodyEditorState,
} from "./body-editor-reducer";
import { textOf } from "@/lib/body/schema";

const numbered = (id: string, text = `Paragraph ${id}.`): Block => ({ kind: "numbered", id, text });
const sub = (id: string, level: number, marker: "o" | "-" | "°" = "o", text = `Point ${id}.`): Block => ({ kind: "subpoint", id, marker, level, text });
const note = (id: string, items?: string[]): Block => ({
  kind: "note",
  id,
  text: `Note ${id}.`,
  ...(items ? { list: { marker: "-" as const, items } } : {}),
});
const question = (id: string, text = `Question ${id}?`): Block => ({ kind: "question", id, text });
const answer = (id: string, text = `Answer ${id}.`): Block => ({ kind: "answer", id, text });

const run = (body: Body, ...actions: BodyEditorAction[]): BodyEditorState =>
  actions.reduce(bodyEditorReducer, initialEditorState(body));
const ids = (state: BodyEditorState) => state.body.map((block) => block.id);
const summary = (state: BodyEditorState) =>
  state.body.map((block) => (block.kind === "subpoint" ? `${block.id}:${block.marker}${block.level}` : `${block.id}:${block.kind}`));

describe("adding a block", () => {
  const body = [numbered("p1aa"), numbered("p2aa")];

  it("inserts an empty block of the chosen kind after the given one, with the id it was given", () => {
    const state = run(body, { type: "add", after: "p1aa", kind: "note", id: "newblock" });
    expect(ids(state)).toEqual(["p1aa", "newblock", "p2aa"]);
    expect(state.body[1]).toEqual({ kind: "note", id: "newblock", text: "" });
  });

  it("inserts at the start when `after` is null, and into an empty body", () => {
    expect(ids(run(body, { type: "add", after: null, kind: "heading", id: "head" }))).toEqual(["head", "p1aa", "p2aa"]);
    expect(run([], { type: "add", after: null, kind: "numbered", id: "first" }).body).toEqual([{ kind: "numbered", id: "first", text: "" }]);
  });

  it("gives a new sub-point the marker and level of the sub-point above it, or o at level 1", () => {
    const state = run([numbered("p1aa"), sub("s1aa", 2, "-")], { type: "add", after: "s1aa", kind: "subpoint", id: "s2aa" });
    expect(state.body[2]).toEqual({ kind: "subpoint", id: "s2aa", marker: "-", level: 2, text: "" });
    const first = run(body, { type: "add", after: "p1aa", kind: "subpoint", id: "s1aa" });
    expect(first.body[1]).toEqual({ kind: "subpoint", id: "s1aa", marker: "o", level: 1, text: "" });
  });

  it("puts the caret in the new block, which does not count as an error until the writer leaves it", () => {
    const state = run(body, { type: "add", after: "p2aa", kind: "numbered", id: "p3aa" });
    expect(state.focus).toMatchObject({ blockId: "p3aa", target: "text", caret: 0 });
    expect(state.fresh).toEqual(["p3aa"]);
    expect(bodyEditorReducer(state, { type: "leave", id: "p3aa" }).fresh).toEqual([]);
    expect(state.announcement?.message).toBe("Numbered paragraph added");
  });

  it("ignores an unknown `after`", () => {
    const state = initialEditorState(body);
    expect(bodyEditorReducer(state, { type: "add", after: "missing", kind: "numbered", id: "x1x1" })).toBe(state);
  });
});

describe("editing text", () => {
  it("changes only that block, keeping every id and the other blocks' identity", () => {
    const body = [numbered("p1aa"), numbered("p2aa")];
    const state = run(body, { type: "updateText", id: "p2aa", text: "Changed." });
    expect(state.body[1]).toEqual({ kind: "numbered", id: "p2aa", text: "Changed." });
    expect(state.body[0]).toBe(body[0]);
    expect(ids(state)).toEqual(["p1aa", "p2aa"]);
  });

  it("keeps text exactly as typed, spaces and all (the schema normalises it on save)", () => {
    expect(textOf(run([numbered("p1aa")], { type: "updateText", id: "p1aa", text: "  two  spaces " }).body[0]!)).toBe("  two  spaces ");
  });

  it("returns the same state when nothing changed", () => {
    const state = initialEditorState([numbered("p1aa")]);
    expect(bodyEditorReducer(state, { type: "updateText", id: "p1aa", text: "Paragraph p1aa." })).toBe(state);
  });
});

describe("changing a block's kind", () => {
  it("keeps the id, the text and the translator's note", () => {
    const body: Body = [{ kind: "paragraph", id: "para", text: "Words.", translatorNote: "TN" }];
    const state = run(body, { type: "changeKind", id: "para", kind: "question", spareIds: [] });
    expect(state.body).toEqual([{ kind: "question", id: "para", text: "Words.", translatorNote: "TN" }]);
    expect(state.announcement?.message).toBe("Now a question");
  });

  it("makes a sub-point like the one above it, or o at level 1", () => {
    const state = run([sub("s1aa", 1, "°"), sub("s2aa", 2, "°"), numbered("p1aa")], { type: "changeKind", id: "p1aa", kind: "subpoint", spareIds: [] });
    expect(state.body[2]).toEqual({ kind: "subpoint", id: "p1aa", marker: "°", level: 2, text: "Paragraph p1aa." });
  });

  it("turns a note's list into sub-points with the given ids rather than dropping it", () => {
    const state = run([note("n1aa", ["Tajikistan", "Uzbekistan"])], { type: "changeKind", id: "n1aa", kind: "paragraph", spareIds: ["li1a", "li2a"] });
    expect(state.body).toEqual([
      { kind: "paragraph", id: "n1aa", text: "Note n1aa." },
      { kind: "subpoint", id: "li1a", marker: "-", level: 1, text: "Tajikistan" },
      { kind: "subpoint", id: "li2a", marker: "-", level: 1, text: "Uzbekistan" },
    ]);
    expect(state.announcement?.message).toBe("Now a paragraph; its list became 2 sub-points");
  });

  it("settles the levels of the sub-points that followed a sub-point that is no longer one", () => {
    const state = run([numbered("p1aa"), sub("s1aa", 1), sub("s2aa", 2), sub("s3aa", 3)], { type: "changeKind", id: "s1aa", kind: "note", spareIds: [] });
    expect(summary(state)).toEqual(["p1aa:numbered", "s1aa:note", "s2aa:o1", "s3aa:o2"]);
  });

  it("does nothing when the kind is the same", () => {
    const state = initialEditorState([numbered("p1aa")]);
    expect(bodyEditorReducer(state, { type: "changeKind", id: "p1aa", kind: "numbered", spareIds: [] })).toBe(state);
  });
});

describe("markers and a note's list", () => {
  it("sets a sub-point's marker", () => {
    expect(run([sub("s1aa", 1)], { type: "setMarker", id: "s1aa", marker: "°" }).body[0]).toMatchObject({ marker: "°" });
  });

  it("takes a note's list one item per line, keeps empty lines while typing, and drops the list when emptied", () => {
    const withList = run([note("n1aa")], { type: "setNoteList", id: "n1aa", lines: ["a", ""], marker: "·" });
    expect(withList.body[0]).toMatchObject({ list: { marker: "·", items: ["a", ""] } });
    const emptied = bodyEditorReducer(withList, { type: "setNoteList", id: "n1aa", lines: [""], marker: "·" });
    expect(emptied.body[0]).toEqual({ kind: "note", id: "n1aa", text: "Note n1aa." });
  });
});

describe("moving a block", () => {
  const body = [numbered("p1aa"), numbered("p2aa"), numbered("p3aa")];

  it("swaps it with its neighbour, keeps focus on it and says where it went", () => {
    const state = run(body, { type: "move", id: "p3aa", by: -1 });
    expect(ids(state)).toEqual(["p1aa", "p3aa", "p2aa"]);
    expect(state.focus).toMatchObject({ blockId: "p3aa", target: "text", caret: "keep" });
    expect(state.announcement?.message).toBe("Moved up to position 2 of 3");
  });

  it("keeps focus on the button that moved it", () => {
    expect(run(body, { type: "move", id: "p1aa", by: 1, focus: "move-down" }).focus).toMatchObject({ blockId: "p1aa", target: "move-down" });
  });

  it("does nothing past either end", () => {
    const state = initialEditorState(body);
    expect(bodyEditorReducer(state, { type: "move", id: "p1aa", by: -1 })).toBe(state);
    expect(bodyEditorReducer(state, { type: "move", id: "p3aa", by: 1 })).toBe(state);
  });

  it("brings a sub-point moved away from its parent back to a level the text can hold", () => {
    const state = run([numbered("p1aa"), sub("s1aa", 1), sub("s2aa", 2)], { type: "move", id: "s2aa", by: -1 });
    expect(summary(state)).toEqual(["p1aa:numbered", "s2aa:o1", "s1aa:o1"]);
  });
});

describe("indenting and outdenting sub-points", () => {
  const body = [numbered("p1aa"), sub("s1aa", 1), sub("s2aa", 1), sub("s3aa", 2)];

  it("indents one level below the sub-point above, at most", () => {
    const once = run(body, { type: "indent", id: "s2aa" });
    expect(summary(once)).toEqual(["p1aa:numbered", "s1aa:o1", "s2aa:o2", "s3aa:o2"]);
    expect(bodyEditorReducer(once, { type: "indent", id: "s2aa" })).toBe(once);
    expect(once.announcement?.message).toBe("Sub-point at level 2");
  });

  it("never indents the first sub-point of a run, nor past level 3", () => {
    const state = initialEditorState(body);
    expect(bodyEditorReducer(state, { type: "indent", id: "s1aa" })).toBe(state);
    const deep = initialEditorState([sub("s1aa", 1), sub("s2aa", 2), sub("s3aa", 3), sub("s4aa", 3)]);
    expect(bodyEditorReducer(deep, { type: "indent", id: "s4aa" })).toBe(deep);
    expect(canIndent(deep.body, 3)).toBe(false);
  });

  it("outdents, and the sub-points under it follow so none is left two levels deeper", () => {
    const state = run([sub("s1aa", 1), sub("s2aa", 2), sub("s3aa", 3)], { type: "outdent", id: "s2aa" });
    expect(summary(state)).toEqual(["s1aa:o1", "s2aa:o1", "s3aa:o2"]);
    expect(bodyEditorReducer(state, { type: "outdent", id: "s1aa" })).toBe(state);
  });

  it("leaves other kinds alone", () => {
    const state = initialEditorState(body);
    expect(bodyEditorReducer(state, { type: "indent", id: "p1aa" })).toBe(state);
    expect(canOutdent(state.body, 0)).toBe(false);
  });
});

describe("deleting a block", () => {
  const body = [numbered("p1aa"), numbered("p2aa"), numbered("p3aa")];

  it("removes it and puts the caret at the end of the block above", () => {
    const state = run(body, { type: "delete", id: "p2aa" });
    expect(ids(state)).toEqual(["p1aa", "p3aa"]);
    expect(state.focus).toMatchObject({ blockId: "p1aa", caret: "end" });
    expect(state.lastDeleted).toBeNull();
  });

  it("focuses the next block when the first one goes", () => {
    expect(run(body, { type: "delete", id: "p1aa" }).focus).toMatchObject({ blockId: "p2aa", caret: 0 });
  });

  it("can be undone when deleted with the button: the block comes back where it was, with its id", () => {
    const deleted = run(body, { type: "delete", id: "p2aa", keepForUndo: true });
    expect(deleted.lastDeleted?.block).toBe(body[1]);
    const restored = bodyEditorReducer(deleted, { type: "undoDelete" });
    expect(restored.body).toEqual(body);
    expect(restored.lastDeleted).toBeNull();
  });

  it("settles the sub-points that lose their parent", () => {
    expect(summary(run([numbered("p1aa"), sub("s1aa", 1), sub("s2aa", 2)], { type: "delete", id: "s1aa" }))).toEqual(["p1aa:numbered", "s2aa:o1"]);
  });

  it("can empty the body", () => {
    expect(run([numbered("p1aa")], { type: "delete", id: "p1aa" }).body).toEqual([]);
  });
});

describe("Enter and Backspace between blocks", () => {
  it("splits at the caret: the text after it becomes a new block of the same kind with the new id", () => {
    const state = run([numbered("p1aa", "First half. Second half.")], { type: "split", id: "p1aa", start: 12, end: 12, newId: "p2aa" });
    expect(state.body).toEqual([numbered("p1aa", "First half."), numbered("p2aa", "Second half.")]);
    expect(state.focus).toMatchObject({ blockId: "p2aa", caret: 0 });
  });

  it("drops a selection when splitting, as typing would", () => {
    const state = run([numbered("p1aa", "Keep DROP rest")], { type: "split", id: "p1aa", start: 5, end: 10, newId: "p2aa" });
    expect(state.body.map(textOf)).toEqual(["Keep", "rest"]);
  });

  it("starts an answer after a question when Enter is pressed at its end", () => {
    const state = run([question("q1aa")], { type: "split", id: "q1aa", start: 99, end: 99, newId: "a1aa" });
    expect(state.body[1]).toEqual({ kind: "answer", id: "a1aa", text: "" });
  });

  it("moves a note's list to the lower half, which reads it under its last line", () => {
    const state = run([{ kind: "note", id: "n1aa", text: "Top. Bottom.", list: { marker: "-", items: ["x"] } }], {
      type: "split",
      id: "n1aa",
      start: 4,
      end: 4,
      newId: "n2aa",
    });
    expect(state.body).toEqual([
      { kind: "note", id: "n1aa", text: "Top." },
      { kind: "note", id: "n2aa", text: "Bottom.", list: { marker: "-", items: ["x"] } },
    ]);
  });

  it("keeps a sub-point's marker and level in both halves", () => {
    const state = run([sub("s1aa", 1), sub("s2aa", 2, "-", "ab")], { type: "split", id: "s2aa", start: 1, end: 1, newId: "s3aa" });
    expect(summary(state)).toEqual(["s1aa:o1", "s2aa:-2", "s3aa:-2"]);
  });

  it("joins a block to the end of the one above, keeping the upper block's id and kind", () => {
    const state = run([numbered("p1aa", "One."), answer("a1aa", "Two.")], { type: "mergeWithPrevious", id: "a1aa" });
    expect(state.body).toEqual([numbered("p1aa", "One. Two.")]);
    expect(state.focus).toMatchObject({ blockId: "p1aa", caret: 5 });
  });

  it("does not join a note with a list to a block that cannot hold the list", () => {
    const state = initialEditorState([numbered("p1aa"), note("n1aa", ["x"])]);
    expect(bodyEditorReducer(state, { type: "mergeWithPrevious", id: "n1aa" })).toBe(state);
  });

  it("moves the caret to a neighbour on arrow keys", () => {
    const body = [numbered("p1aa"), numbered("p2aa")];
    expect(run(body, { type: "focusSibling", id: "p2aa", by: -1 }).focus).toMatchObject({ blockId: "p1aa", caret: "end" });
    expect(run(body, { type: "focusSibling", id: "p1aa", by: 1 }).focus).toMatchObject({ blockId: "p2aa", caret: 0 });
    const state = initialEditorState(body);
    expect(bodyEditorReducer(state, { type: "focusSibling", id: "p1aa", by: -1 })).toBe(state);
  });
});

describe("pasting several lines into a block", () => {
  const pasted = [numbered("x1x1", "Pasted one."), sub("x2x2", 1, "o", "Pasted point.")];

  it("puts the pasted blocks at the caret, between the text before and after it", () => {
    const state = run([numbered("p1aa", "Before after")], { type: "insertBlocks", id: "p1aa", start: 7, end: 7, blocks: pasted, tailId: "tail" });
    expect(state.body).toEqual([numbered("p1aa", "Before"), ...pasted, numbered("tail", "after")]);
    expect(state.focus).toMatchObject({ blockId: "x2x2", caret: "end" });
    expect(state.announcement?.message).toBe("Pasted as 2 blocks");
  });

  it("keeps the block's id for its text when the caret was at either end", () => {
    expect(ids(run([numbered("p1aa", "Text")], { type: "insertBlocks", id: "p1aa", start: 4, end: 4, blocks: pasted, tailId: "tail" }))).toEqual([
      "p1aa",
      "x1x1",
      "x2x2",
    ]);
    expect(ids(run([numbered("p1aa", "Text")], { type: "insertBlocks", id: "p1aa", start: 0, end: 0, blocks: pasted, tailId: "tail" }))).toEqual([
      "x1x1",
      "x2x2",
      "p1aa",
    ]);
  });

  it("replaces an empty block, and a selection covering the whole text", () => {
    expect(ids(run([numbered("p1aa", "")], { type: "insertBlocks", id: "p1aa", start: 0, end: 0, blocks: pasted, tailId: "tail" }))).toEqual(["x1x1", "x2x2"]);
    expect(ids(run([numbered("p1aa", "All")], { type: "insertBlocks", id: "p1aa", start: 0, end: 3, blocks: pasted, tailId: "tail" }))).toEqual(["x1x1", "x2x2"]);
  });

  it("makes plain pasted paragraphs the kind of the block they were pasted into", () => {
    const plain = readText("First line.\nSecond line.", []);
    if (!plain.ok) throw new Error("expected a reading");
    expect(adoptKind(plain.body, numbered("p1aa")).map((block) => block.kind)).toEqual(["numbered", "numbered"]);
    expect(adoptKind(plain.body, sub("s1aa", 2, "-"))).toMatchObject([
      { kind: "subpoint", marker: "-", level: 2, text: "First line." },
      { kind: "subpoint", marker: "-", level: 2, text: "Second line." },
    ]);
    const marked = readText("1. Numbered.\no Point.", []);
    if (!marked.ok) throw new Error("expected a reading");
    expect(adoptKind(marked.body, answer("a1aa")).map((block) => block.kind)).toEqual(["numbered", "subpoint"]);
  });
});

describe("text mode", () => {
  const body = parseBody("1. First.\n\no Point.\n\n2. Second.\n\nQ: Why?\n\nA: Because.");

  it("opens with the body written in the convention", () => {
    const state = run(body, { type: "openText" });
    expect(state.mode).toBe("text");
    expect(state.text).toBe(serializeBody(body));
    expect(state.textRead).toBe(state.text);
  });

  it("goes back to blocks without reading the text again when it did not change", () => {
    const state = run(body, { type: "openText" }, { type: "showBlocks" });
    expect(state.mode).toBe("blocks");
    expect(state.body).toBe(body);
  });

  it("refuses to go back to blocks with unread text: the text must be read first", () => {
    const state = run(body, { type: "openText" }, { type: "editText", text: "changed" }, { type: "showBlocks" });
    expect(state.mode).toBe("text");
  });

  it("replaces the body from the text, keeping the ids of the blocks that did not change or were edited", () => {
    const opened = run(body, { type: "openText" });
    const text = opened.text.replace("2. Second.", "2. Second, edited.").replace("Q: Why?", "1. Inserted.\n\nQ: Why?");
    const edited = bodyEditorReducer(opened, { type: "editText", text });
    const state = bodyEditorReducer(edited, { type: "replaceFromText", text, reading: readText(text, edited.body), switchTo: "blocks" });
    expect(state.mode).toBe("blocks");
    expect(state.body.map(textOf)).toEqual(["First.", "Point.", "Second, edited.", "Inserted.", "Why?", "Because."]);
    const [first, point, second, inserted, why, because] = state.body.map((block) => block.id);
    expect([first, point, second, why, because]).toEqual(body.map((block) => block.id));
    expect(body.map((block) => block.id)).not.toContain(inserted);
    expect(state.textRead).toBe(text);
  });

  it("keeps the text exactly as typed when it cannot be read, and stays in text mode with the problems", () => {
    const opened = run(body, { type: "openText" });
    const text = `1. ${"x".repeat(10_001)}`;
    const reading = readText(text, opened.body);
    expect(reading.ok).toBe(false);
    const state = bodyEditorReducer(bodyEditorReducer(opened, { type: "editText", text }), { type: "replaceFromText", text, reading, switchTo: "blocks" });
    expect(state.mode).toBe("text");
    expect(state.text).toBe(text);
    expect(state.body).toBe(body);
    expect(state.textProblems).toEqual(["Block 1: Text is longer than 10,000 characters"]);
  });

  it("clears the problems once the text reads", () => {
    const failed = run(body, { type: "openText" }, { type: "replaceFromText", text: "bad", reading: { ok: false, problems: ["nope"] } });
    const fixed = bodyEditorReducer(failed, { type: "replaceFromText", text: "1. Fine.", reading: readText("1. Fine.", failed.body) });
    expect(fixed.textProblems).toBeNull();
    expect(fixed.mode).toBe("text");
    expect(fixed.body.map(textOf)).toEqual(["Fine."]);
  });
});

describe("settleLevels", () => {
  it("returns the same body when every level is fine", () => {
    const body = [numbered("p1aa"), sub("s1aa", 1), sub("s2aa", 2), sub("s3aa", 3), sub("s4aa", 1)];
    expect(settleLevels(body)).toBe(body);
  });

  it("clamps each sub-point to one level below the one before it, after any other block to level 1", () => {
    expect(settleLevels([numbered("p1aa"), sub("s1aa", 3), sub("s2aa", 3), note("n1aa"), sub("s3aa", 2)]).map((b) => (b.kind === "subpoint" ? b.level : 0))).toEqual([
      0, 1, 2, 0, 1,
    ]);
  });
});
