import { describe, expect, it } from "vitest";
import { editorReducer, initialEditorState, serverStatuses, theirEntry, type EditorState } from "./translation-editor-state";
import { SUMMARY_ID, TITLE_ID, type Draft, type ServerStatuses } from "./workspace-state";

const statuses: ServerStatuses = { title: "current", summary: "untranslated", blocks: { b1: "stale", b2: "untranslated" } };

function draft(overrides: Partial<Draft> = {}): Draft {
  return {
    title: "Title",
    summary: "",
    entries: {
      b1: { text: "First", listItems: [], translatorNote: "" },
      b2: { text: "", listItems: ["", ""], translatorNote: "" },
    },
    translationKind: null,
    translatorCredit: "",
    changeNote: "",
    ...overrides,
  };
}

const start = (): EditorState => initialEditorState(draft(), statuses);

describe("the translation editor's state", () => {
  it("starts from the stored draft and the server's statuses, nothing touched or marked", () => {
    const state = start();
    expect(state.draft).toEqual(draft());
    expect(state.server).toBe(statuses);
    expect(state.touched.size).toBe(0);
    expect(state.upToDate.size).toBe(0);
  });

  it("reads the server's statuses from a workspace page", () => {
    const page = {
      title: { status: "current" as const },
      summary: { status: "untranslated" as const },
      rows: [
        { source: { id: "b1", kind: "paragraph" as const, text: "x" }, status: "stale" as const },
        { source: { id: "b2", kind: "paragraph" as const, text: "y" }, status: "untranslated" as const },
      ],
    };
    expect(serverStatuses(page)).toEqual(statuses);
  });

  it("typing in a block keeps one paragraph and touches the row", () => {
    const state = editorReducer(start(), { type: "text", id: "b1", change: { text: "One\nline" } });
    expect(state.draft.entries.b1!.text).toBe("One line");
    expect([...state.touched]).toEqual(["b1"]);
  });

  it("typing in one item of a note's list changes only that item", () => {
    const state = editorReducer(start(), { type: "text", id: "b2", change: { item: { index: 1, text: "Second" } } });
    expect(state.draft.entries.b2!.listItems).toEqual(["", "Second"]);
  });

  it("a translator's note is one paragraph too", () => {
    const state = editorReducer(start(), { type: "text", id: "b1", change: { translatorNote: "a\r\nb" } });
    expect(state.draft.entries.b1!.translatorNote).toBe("a b");
    expect(state.draft.entries.b1!.text).toBe("First");
  });

  it("ignores a change to a block the original no longer has", () => {
    const before = start();
    expect(editorReducer(before, { type: "text", id: "gone", change: { text: "x" } })).toBe(before);
  });

  it("typing in the title or the summary touches that field", () => {
    const title = editorReducer(start(), { type: "field", id: TITLE_ID, value: "New\ntitle" });
    expect(title.draft.title).toBe("New title");
    const summary = editorReducer(title, { type: "field", id: SUMMARY_ID, value: "Lede" });
    expect(summary.draft.summary).toBe("Lede");
    expect([...summary.touched]).toEqual([TITLE_ID, SUMMARY_ID]);
  });

  it("changes only the settings given, touching no row", () => {
    const state = editorReducer(start(), { type: "settings", translatorCredit: "Desk" });
    expect(state.draft.translatorCredit).toBe("Desk");
    expect(state.draft.translationKind).toBeNull();
    const official = editorReducer(state, { type: "settings", translationKind: "OFFICIAL", changeNote: "Fixed" });
    expect(official.draft).toMatchObject({ translationKind: "OFFICIAL", translatorCredit: "Desk", changeNote: "Fixed" });
    expect(official.touched.size).toBe(0);
  });

  it("marks a row up to date until a save carries the mark", () => {
    const marked = editorReducer(start(), { type: "upToDate", id: "b1" });
    expect([...marked.upToDate]).toEqual(["b1"]);
    const saved = editorReducer(marked, { type: "saved", sent: marked.draft, sentUpToDate: new Set(["b1"]), statuses });
    expect(saved.upToDate.size).toBe(0);
  });

  it("after a save, rows typed in since it was sent stay touched and the others are the server's again", () => {
    const typed = editorReducer(editorReducer(start(), { type: "text", id: "b1", change: { text: "A" } }), { type: "field", id: TITLE_ID, value: "T" });
    const sent = typed.draft;
    const more = editorReducer(typed, { type: "text", id: "b1", change: { text: "AB" } });
    const fresh: ServerStatuses = { ...statuses, blocks: { b1: "current", b2: "untranslated" } };
    const saved = editorReducer(more, { type: "saved", sent, sentUpToDate: new Set(), statuses: fresh });
    expect([...saved.touched]).toEqual(["b1"]);
    expect(saved.server).toBe(fresh);
    expect(saved.draft.entries.b1!.text).toBe("AB");
  });

  it("takes the server's statuses without touching the draft", () => {
    const typed = editorReducer(start(), { type: "text", id: "b1", change: { text: "A" } });
    const fresh: ServerStatuses = { ...statuses, title: "stale" };
    const state = editorReducer(typed, { type: "server", statuses: fresh });
    expect(state.server).toBe(fresh);
    expect(state.draft).toBe(typed.draft);
    expect([...state.touched]).toEqual(["b1"]);
  });

  it("replacing the draft (theirs, or a fresh page) forgets what was touched and marked", () => {
    const typed = editorReducer(editorReducer(start(), { type: "text", id: "b1", change: { text: "A" } }), { type: "upToDate", id: "b2" });
    const theirs = draft({ title: "Theirs" });
    const state = editorReducer(typed, { type: "replace", draft: theirs, statuses });
    expect(state.draft).toBe(theirs);
    expect(state.touched.size).toBe(0);
    expect(state.upToDate.size).toBe(0);
  });
});

describe("their version beside a row", () => {
  const mine = { text: "Mine", listItems: ["a", ""], translatorNote: "" };

  it("is shown only where it differs, without empty list items", () => {
    expect(theirEntry(mine, { ...mine })).toBeNull();
    expect(theirEntry(mine, { text: "Theirs", listItems: ["a", ""], translatorNote: "n" })).toEqual({ text: "Theirs", listItems: ["a"], translatorNote: "n" });
  });

  it("is not shown for a block either side lacks", () => {
    expect(theirEntry(undefined, mine)).toBeNull();
    expect(theirEntry(mine, undefined)).toBeNull();
  });
});
