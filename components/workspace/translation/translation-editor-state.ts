// The translation editor's state as one pure reducer: what the translator typed, which rows they touched or marked
// up to date since the last save, and the server's statuses. Client-safe, without React.
import type { WorkspaceField, WorkspaceRow } from "@/lib/translation/workspace";
import { oneParagraph, SUMMARY_ID, TITLE_ID, unchangedSince, type Draft, type Entry, type ServerStatuses } from "./workspace-state";

export interface EditorState {
  draft: Draft;
  server: ServerStatuses;
  /** Edited since the last answer from the server. */
  touched: Set<string>;
  /** "Mark up to date" pressed and not yet saved. */
  upToDate: Set<string>;
}

/** A change to one block's translation: its text, one item of its list, or the translator's note. */
export interface RowChange {
  text?: string;
  item?: { index: number; text: string };
  translatorNote?: string;
}

export type SettingsChange = { translationKind?: Draft["translationKind"]; translatorCredit?: string; changeNote?: string };

export type EditorAction =
  | { type: "text"; id: string; change: RowChange }
  | { type: "field"; id: typeof TITLE_ID | typeof SUMMARY_ID; value: string }
  | ({ type: "settings" } & SettingsChange)
  | { type: "upToDate"; id: string }
  | { type: "saved"; sent: Draft; sentUpToDate: ReadonlySet<string>; statuses: ServerStatuses }
  | { type: "server"; statuses: ServerStatuses }
  | { type: "replace"; draft: Draft; statuses: ServerStatuses };

/** The statuses a page from the server gives its title, summary and blocks. */
export function serverStatuses(workspace: { title: Pick<WorkspaceField, "status">; summary: Pick<WorkspaceField, "status">; rows: ReadonlyArray<Pick<WorkspaceRow, "source" | "status">> }): ServerStatuses {
  return {
    title: workspace.title.status,
    summary: workspace.summary.status,
    blocks: Object.fromEntries(workspace.rows.map((row) => [row.source.id, row.status])),
  };
}

export function initialEditorState(draft: Draft, statuses: ServerStatuses): EditorState {
  return { draft, server: statuses, touched: new Set(), upToDate: new Set() };
}

function withChange(entry: Entry, change: RowChange): Entry {
  const next = { ...entry };
  if (change.text !== undefined) next.text = oneParagraph(change.text);
  if (change.translatorNote !== undefined) next.translatorNote = oneParagraph(change.translatorNote);
  if (change.item) {
    next.listItems = [...entry.listItems];
    next.listItems[change.item.index] = oneParagraph(change.item.text);
  }
  return next;
}

export function editorReducer(state: EditorState, action: EditorAction): EditorState {
  switch (action.type) {
    case "text": {
      const entry = state.draft.entries[action.id];
      if (!entry) return state;
      return {
        ...state,
        draft: { ...state.draft, entries: { ...state.draft.entries, [action.id]: withChange(entry, action.change) } },
        touched: new Set(state.touched).add(action.id),
      };
    }
    case "field":
      return {
        ...state,
        draft: { ...state.draft, [action.id === TITLE_ID ? "title" : "summary"]: oneParagraph(action.value) },
        touched: new Set(state.touched).add(action.id),
      };
    case "settings":
      return {
        ...state,
        draft: {
          ...state.draft,
          ...(action.translationKind !== undefined ? { translationKind: action.translationKind } : {}),
          ...(action.translatorCredit !== undefined ? { translatorCredit: action.translatorCredit } : {}),
          ...(action.changeNote !== undefined ? { changeNote: action.changeNote } : {}),
        },
      };
    case "upToDate":
      return { ...state, upToDate: new Set(state.upToDate).add(action.id) };
    case "saved": {
      // Rows typed in while the save was on its way stay touched; the marks it carried are spent.
      const same = unchangedSince(action.sent, state.draft);
      return {
        ...state,
        server: action.statuses,
        touched: new Set([...state.touched].filter((id) => !same.has(id))),
        upToDate: new Set([...state.upToDate].filter((id) => !action.sentUpToDate.has(id))),
      };
    }
    case "server":
      return { ...state, server: action.statuses };
    case "replace":
      return initialEditorState(action.draft, action.statuses);
  }
}

/** The other person's text for one block after a conflict, or null where it is the same as this person's. */
export function theirEntry(mine: Entry | undefined, other: Entry | undefined): { text: string; listItems: string[]; translatorNote: string } | null {
  if (!mine || !other) return null;
  const same = mine.text === other.text && mine.translatorNote === other.translatorNote && mine.listItems.join("\n") === other.listItems.join("\n");
  return same ? null : { text: other.text, listItems: other.listItems.filter(Boolean), translatorNote: other.translatorNote };
}
