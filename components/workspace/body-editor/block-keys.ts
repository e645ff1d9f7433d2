// What a key pressed in a block's text box does. Pure: the row turns the command into a reducer action.

export interface BlockKeyEvent {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  /** An input method is composing (Korean, Japanese…): Enter and Backspace belong to it. */
  isComposing: boolean;
}

export interface BlockKeyContext {
  text: string;
  selectionStart: number;
  selectionEnd: number;
  isSubpoint: boolean;
  canIndent: boolean;
  canOutdent: boolean;
  hasPrevious: boolean;
  hasNext: boolean;
}

export type BlockKeyCommand =
  | { type: "move"; by: -1 | 1 }
  | { type: "indent" }
  | { type: "outdent" }
  /** A new empty block of the same kind below. */
  | { type: "addBelow" }
  /** The text after the caret becomes a new block below. */
  | { type: "split" }
  | { type: "deleteEmpty" }
  | { type: "mergeWithPrevious" }
  | { type: "focusPrevious" }
  | { type: "focusNext" };

/**
 * The command for a key, or null to leave the key to the browser. Tab only indents a sub-point that can go
 * deeper (and Shift+Tab only outdents one that can come back), so Tab still leaves the editor everywhere else.
 */
export function blockKeyCommand(event: BlockKeyEvent, context: BlockKeyContext): BlockKeyCommand | null {
  if (event.isComposing) return null;
  const { key, altKey, ctrlKey, metaKey, shiftKey } = event;
  const command = ctrlKey || metaKey;
  const caretOnly = context.selectionStart === context.selectionEnd;

  if (altKey && !command && !shiftKey && (key === "ArrowUp" || key === "ArrowDown")) {
    return { type: "move", by: key === "ArrowUp" ? -1 : 1 };
  }
  if (key === "Tab" && !altKey && !command) {
    if (!context.isSubpoint) return null;
    if (shiftKey) return context.canOutdent ? { type: "outdent" } : null;
    return context.canIndent ? { type: "indent" } : null;
  }
  if (key === "Enter" && !altKey) {
    if (command) return { type: "addBelow" };
    // A block is one paragraph: Enter (with or without Shift) starts the next block instead of a line break.
    return { type: "split" };
  }
  if (key === "Backspace" && !altKey && !command && !shiftKey && context.hasPrevious) {
    if (context.text === "") return { type: "deleteEmpty" };
    if (caretOnly && context.selectionStart === 0) return { type: "mergeWithPrevious" };
    return null;
  }
  if (!altKey && !command && !shiftKey && caretOnly) {
    if (key === "ArrowUp" && context.hasPrevious && context.selectionStart === 0) return { type: "focusPrevious" };
    if (key === "ArrowDown" && context.hasNext && context.selectionEnd === context.text.length) return { type: "focusNext" };
  }
  return null;
}
