"use client";

import { useMemo, type KeyboardEvent } from "react";
import { blockNames } from "@/lib/body/block-names";
import { isMediaBlock } from "@/lib/body/schema";
import { messages } from "@/lib/i18n/messages";
import type { RowChange } from "./translation-editor-state";
import { theirEntry } from "./translation-editor-state";
import { FieldRow, TranslationRow } from "./translation-row";
import type { EditorWorkspace } from "./types";
import { SUMMARY_ID, TITLE_ID, type Draft, type LocalStatuses } from "./workspace-state";

export interface RowHandlers {
  onRowChange: (id: string, change: RowChange) => void;
  onFieldChange: (id: string, value: string) => void;
  onMarkUpToDate: (id: string) => void;
  onRowKeyDown: (id: string, event: KeyboardEvent<HTMLElement>) => void;
  onFocusRow: (id: string) => void;
}

/** The text, block by block: the title, the summary (when either side has one), then each block beside the original's. */
export function TranslationText({
  workspace,
  draft,
  statuses,
  showSummary,
  footnotes,
  openNotes,
  readOnly,
  theirs,
  handlers,
}: {
  workspace: EditorWorkspace;
  draft: Draft;
  statuses: LocalStatuses;
  showSummary: boolean;
  footnotes: Readonly<Record<string, number>>;
  openNotes?: Readonly<Record<string, number>>;
  readOnly: boolean;
  /** Their draft after a conflict, while it is shown. */
  theirs: Draft | null;
  handlers: RowHandlers;
}) {
  const rowNames = useMemo(() => blockNames(workspace.rows.map((row) => row.source)), [workspace.rows]);
  const sourceLabels = messages(workspace.sourceLocale).body;
  const labels = messages(workspace.locale).body;
  const summaryName = workspace.kind === "INTERVIEW" ? "Lede" : "Summary";
  const place = { sourceLocale: workspace.sourceLocale, locale: workspace.locale, localeLabel: workspace.localeLabel };
  const rowEvents = { onMarkUpToDate: handlers.onMarkUpToDate, onKeyDown: handlers.onRowKeyDown, onFocusRow: handlers.onFocusRow };
  // The title and the summary are edited alike: each beside the original's, with its own status and conflict.
  const fieldRow = (field: "title" | "summary", id: typeof TITLE_ID | typeof SUMMARY_ID, name: string) => (
    <FieldRow
      id={id}
      name={name}
      sourceText={workspace[field].source}
      {...place}
      value={draft[field]}
      status={statuses[field]}
      staleSince={workspace[field].staleSince}
      readOnly={readOnly}
      theirs={theirs && theirs[field] !== draft[field] ? theirs[field] : null}
      onChange={handlers.onFieldChange}
      {...rowEvents}
    />
  );

  return (
    <section aria-labelledby="translation-text">
      <h2 id="translation-text" className="sr-only">
        The text, block by block
      </h2>
      <p className="mb-2 hidden text-sm text-muted sm:block">
        Ctrl+Enter moves to the next block (Shift+Ctrl+Enter back), Alt+N to the next block to translate or update, Ctrl+S saves. Numbers, markers and the
        Q/A labels follow the original.
      </p>
      <div className="hidden gap-x-6 border-b-2 border-ink/70 pb-2 font-semibold text-ink lg:grid lg:grid-cols-2">
        <p>Original · {workspace.sourceLocaleLabel}</p>
        <p>Translation · {workspace.localeLabel}</p>
      </div>
      {fieldRow("title", TITLE_ID, "Title")}
      {showSummary ? fieldRow("summary", SUMMARY_ID, summaryName) : null}
      {workspace.rows.map((row) => {
        if (isMediaBlock(row.source)) return <MediaRow key={row.source.id} kind={row.source.kind} />;
        return (
          <TranslationRow
            key={row.source.id}
            id={row.source.id}
            index={row.index}
            name={rowNames.get(row.source.id) ?? ""}
            source={row.source}
            number={row.number}
            {...place}
            sourceLabels={sourceLabels}
            labels={labels}
            entry={draft.entries[row.source.id]!}
            status={statuses.blocks[row.source.id] ?? "untranslated"}
            staleSince={row.staleSince}
            footnote={footnotes[row.source.id]}
            openNotes={openNotes?.[row.source.id]}
            readOnly={readOnly}
            theirs={theirs ? theirEntry(draft.entries[row.source.id], theirs.entries[row.source.id]) : null}
            onChange={handlers.onRowChange}
            {...rowEvents}
          />
        );
      })}
    </section>
  );
}

/** A photo or file of the original: the translation shows it where the original does; its words are the library item's. */
function MediaRow({ kind }: { kind: "image" | "attachment" }) {
  return (
    <div className="border-b border-rule py-3 text-sm text-muted" data-media-row={kind}>
      {kind === "image" ? "Photo" : "Attachment"}: shown in the translation as in the original. Its{" "}
      {kind === "image" ? "caption, credit and alt text are" : "title is"} translated under <strong className="text-ink">Photos and files</strong>{" "}
      below.
    </div>
  );
}
