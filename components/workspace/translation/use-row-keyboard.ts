"use client";

import { useCallback, useRef, useState, type KeyboardEvent } from "react";
import type { RowStatus } from "@/lib/translation/alignment";
import { textBoxId } from "./translation-row";
import { nextToDo } from "./workspace-state";

/**
 * Moving between rows from the keyboard: Ctrl+Enter to the next row (Shift+Ctrl+Enter back), Alt+N (or the button)
 * to the next row to translate or update, Ctrl+S to save. Enter alone never breaks a block's one paragraph.
 */
export function useRowKeyboard({ order, statuses, readOnly, save }: { order: readonly string[]; statuses: Readonly<Record<string, RowStatus>>; readOnly: boolean; save: () => void }) {
  const focusedRow = useRef<string | null>(null);
  const onFocusRow = useCallback((id: string) => {
    focusedRow.current = id;
  }, []);
  const focusRow = useCallback((id: string) => {
    const box = document.getElementById(textBoxId(id));
    if (!box) return;
    box.focus();
    box.scrollIntoView({ block: "center", behavior: "smooth" });
  }, []);
  const onRowKeyDown = useCallback(
    (id: string, event: KeyboardEvent<HTMLElement>) => {
      if (event.nativeEvent.isComposing) return;
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        const at = order.indexOf(id);
        const next = order[at + (event.shiftKey ? -1 : 1)];
        if (next) focusRow(next);
      } else if (event.key === "Enter") {
        // A block is one paragraph: Enter never breaks the line.
        event.preventDefault();
      }
    },
    [order, focusRow],
  );
  const [allDone, setAllDone] = useState(false);
  const goToNext = useCallback(() => {
    const next = nextToDo(order, statuses, focusedRow.current);
    setAllDone(next === null);
    if (next) focusRow(next);
  }, [order, statuses, focusRow]);
  const onEditorKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "s") {
      event.preventDefault();
      if (!readOnly) save();
    } else if (event.altKey && event.key.toLowerCase() === "n") {
      event.preventDefault();
      goToNext();
    }
  };
  return { onFocusRow, onRowKeyDown, goToNext, allDone, onEditorKeyDown };
}
