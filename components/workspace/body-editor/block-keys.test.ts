import { describe, expect, it } from "vitest";
import { blockKeyCommand, type BlockKeyContext, type BlockKeyEvent } from "./block-keys";

const key = (name: string, modifiers: Partial<BlockKeyEvent> = {}): BlockKeyEvent => ({
  key: name,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  isComposing: false,
  ...modifiers,
});
const context = (overrides: Partial<BlockKeyContext> = {}): BlockKeyContext => ({
  text: "Some text",
  selectionStart: 4,
  selectionEnd: 4,
  isSubpoint: false,
  canIndent: false,
  canOutdent: false,
  hasPrevious: true,
  hasNext: true,
  ...overrides,
});

describe("keys in a block's text box", () => {
  it("moves the block with Alt+↑ and Alt+↓", () => {
    expect(blockKeyCommand(key("ArrowUp", { altKey: true }), context())).toEqual({ type: "move", by: -1 });
    expect(blockKeyCommand(key("ArrowDown", { altKey: true }), context())).toEqual({ type: "move", by: 1 });
  });

  it("indents and outdents a sub-point with Tab and Shift+Tab when it can", () => {
    const subpoint = context({ isSubpoint: true, canIndent: true, canOutdent: true });
    expect(blockKeyCommand(key("Tab"), subpoint)).toEqual({ type: "indent" });
    expect(blockKeyCommand(key("Tab", { shiftKey: true }), subpoint)).toEqual({ type: "outdent" });
  });

  it("leaves Tab to the browser where it cannot indent, so the keyboard is never trapped", () => {
    expect(blockKeyCommand(key("Tab"), context())).toBeNull();
    expect(blockKeyCommand(key("Tab"), context({ isSubpoint: true, canIndent: false }))).toBeNull();
    expect(blockKeyCommand(key("Tab", { shiftKey: true }), context({ isSubpoint: true, canOutdent: false }))).toBeNull();
  });

  it("adds a block of the same kind with Ctrl+Enter or ⌘+Enter", () => {
    expect(blockKeyCommand(key("Enter", { ctrlKey: true }), context())).toEqual({ type: "addBelow" });
    expect(blockKeyCommand(key("Enter", { metaKey: true }), context())).toEqual({ type: "addBelow" });
  });

  it("splits the block on Enter instead of writing a line break a block cannot hold", () => {
    expect(blockKeyCommand(key("Enter"), context())).toEqual({ type: "split" });
    expect(blockKeyCommand(key("Enter", { shiftKey: true }), context())).toEqual({ type: "split" });
  });

  it("leaves every key to an input method that is composing (Korean)", () => {
    expect(blockKeyCommand(key("Enter", { isComposing: true }), context())).toBeNull();
    expect(blockKeyCommand(key("Backspace", { isComposing: true }), context({ text: "" }))).toBeNull();
  });

  it("deletes an empty block with Backspace, and joins a block to the one above at its start", () => {
    expect(blockKeyCommand(key("Backspace"), context({ text: "", selectionStart: 0, selectionEnd: 0 }))).toEqual({ type: "deleteEmpty" });
    expect(blockKeyCommand(key("Backspace"), context({ selectionStart: 0, selectionEnd: 0 }))).toEqual({ type: "mergeWithPrevious" });
    expect(blockKeyCommand(key("Backspace"), context())).toBeNull();
    expect(blockKeyCommand(key("Backspace"), context({ selectionStart: 0, selectionEnd: 3 }))).toBeNull();
  });

  it("keeps Backspace in the first block as it is", () => {
    expect(blockKeyCommand(key("Backspace"), context({ text: "", selectionStart: 0, selectionEnd: 0, hasPrevious: false }))).toBeNull();
  });

  it("goes to the neighbour with ↑ at the start and ↓ at the end", () => {
    expect(blockKeyCommand(key("ArrowUp"), context({ selectionStart: 0, selectionEnd: 0 }))).toEqual({ type: "focusPrevious" });
    expect(blockKeyCommand(key("ArrowDown"), context({ selectionStart: 9, selectionEnd: 9 }))).toEqual({ type: "focusNext" });
    expect(blockKeyCommand(key("ArrowUp"), context())).toBeNull();
    expect(blockKeyCommand(key("ArrowDown"), context({ selectionStart: 9, selectionEnd: 9, hasNext: false }))).toBeNull();
    expect(blockKeyCommand(key("ArrowUp", { shiftKey: true }), context({ selectionStart: 0, selectionEnd: 0 }))).toBeNull();
  });

  it("leaves ordinary typing alone", () => {
    expect(blockKeyCommand(key("a"), context())).toBeNull();
    expect(blockKeyCommand(key("ArrowLeft", { altKey: true }), context())).toBeNull();
  });
});
