import { memo, type ClipboardEvent, type CSSProperties, type Dispatch, type FocusEvent, type KeyboardEvent, type MouseEvent } from "react";
import type { BodyLabels } from "@/components/body/document-body";
import { marginMark } from "@/components/body/margin-mark";
import { cx } from "@/components/ui/class-names";
import { TEXT_BLOCK_KINDS, newBlockId, type Block, type TextBlock, type TextBlockKind } from "@/lib/body/schema";
import { ReviewNotesLink } from "@/components/workspace/review-notes/review-notes-link";
import { AutoGrowTextarea } from "./auto-grow-textarea";
import { KIND_LABELS, KIND_OPTIONS, MARKER_OPTIONS, NOTE_LIST_MARKER_OPTIONS, isTextBlockKind, isNoteListMarker, isSubpointMarker, kindName } from "./block-kinds";
import { blockKeyCommand } from "./block-keys";
import { adoptKind, readText, type BodyEditorAction } from "./body-editor-reducer";
import { AddIcon, ArrowDownIcon, ArrowUpIcon, DeleteIcon, IndentIcon, OutdentIcon } from "./icons";

export interface BlockRowProps {
  block: TextBlock;
  index: number;
  count: number;
  /** The paragraph's number as the reader sees it (deriveNumbers); numbered paragraphs only. */
  number: number | undefined;
  canIndent: boolean;
  canOutdent: boolean;
  /** What is wrong with this block (the schema's messages, then the server's). */
  problems: readonly string[];
  labels: BodyLabels;
  locale: string;
  /** Prefix for element ids, unique per editor. */
  idBase: string;
  /** Name shared by the rows' "Add below" menus, so opening one closes the others. */
  menuGroup: string;
  dispatch: Dispatch<BodyEditorAction>;
  /** Open review notes on this block (lib/review-notes): a link to them is shown beside the block. */
  openNotes?: number;
}

export function textBoxId(idBase: string, blockId: string): string {
  return `${idBase}-text-${blockId}`;
}

/** What a screen reader hears for a block: "numbered paragraph 3", "sub-point, level 2". */
export function describeBlock(block: Block, number: number | undefined): string {
  switch (block.kind) {
    case "numbered":
      return `numbered paragraph ${number ?? ""}`.trim();
    case "subpoint":
      return `sub-point, level ${block.level}`;
    default:
      return kindName(block.kind);
  }
}

const CONTROL = "h-8 rounded-sm border border-rule bg-white px-2 text-sm text-ink hover:border-ink/60 aria-[invalid=true]:border-accent";
const ICON_BUTTON =
  "inline-flex h-8 w-8 items-center justify-center rounded-sm border border-transparent text-muted hover:border-rule hover:bg-wash hover:text-ink disabled:cursor-not-allowed disabled:opacity-30 disabled:hover:border-transparent disabled:hover:bg-transparent";
const TEXT_BOX =
  "block w-full rounded-sm border border-ink/50 bg-white px-3 py-2 text-base leading-relaxed text-ink placeholder:text-muted/80 aria-[invalid=true]:border-2 aria-[invalid=true]:border-accent";

/** One block: its kind, its text and the buttons that move, indent and delete it. */
export const BlockRow = memo(function BlockRow({
  block,
  index,
  count,
  number,
  canIndent,
  canOutdent,
  problems,
  labels,
  locale,
  idBase,
  menuGroup,
  dispatch,
  openNotes,
}: BlockRowProps) {
  const position = index + 1;
  const rowId = `${idBase}-block-${block.id}`;
  const nameId = `${rowId}-name`;
  const problemsId = `${rowId}-problems`;
  const textId = textBoxId(idBase, block.id);
  const invalid = problems.length > 0;
  const subpoint = block.kind === "subpoint" ? block : null;

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    const box = event.currentTarget;
    const command = blockKeyCommand(
      {
        key: event.key,
        altKey: event.altKey,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        shiftKey: event.shiftKey,
        // Safari ends a composition with a keydown that says it is not composing but carries key code 229.
        isComposing: event.nativeEvent.isComposing || event.keyCode === 229,
      },
      {
        text: box.value,
        selectionStart: box.selectionStart,
        selectionEnd: box.selectionEnd,
        isSubpoint: block.kind === "subpoint",
        canIndent,
        canOutdent,
        hasPrevious: index > 0,
        hasNext: index < count - 1,
      },
    );
    if (!command) return;
    event.preventDefault();
    switch (command.type) {
      case "move":
        return dispatch({ type: "move", id: block.id, by: command.by });
      case "indent":
      case "outdent":
        return dispatch({ type: command.type, id: block.id });
      case "addBelow":
        return dispatch({ type: "add", after: block.id, kind: block.kind, id: newBlockId() });
      case "split":
        return dispatch({ type: "split", id: block.id, start: box.selectionStart, end: box.selectionEnd, newId: newBlockId() });
      case "deleteEmpty":
        return dispatch({ type: "delete", id: block.id });
      case "mergeWithPrevious":
        return dispatch({ type: "mergeWithPrevious", id: block.id });
      case "focusPrevious":
      case "focusNext":
        return dispatch({ type: "focusSibling", id: block.id, by: command.type === "focusPrevious" ? -1 : 1 });
    }
  };

  // A block holds one paragraph: pasted lines become blocks, read with the text convention like text mode.
  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const pasted = event.clipboardData.getData("text/plain");
    if (!/[\n\r\u2028\u2029]/.test(pasted)) return;
    const reading = readText(pasted, []);
    if (!reading.ok || reading.body.length === 0) return;
    event.preventDefault();
    const box = event.currentTarget;
    const [only] = reading.body;
    if (reading.body.length === 1 && only?.kind === "paragraph") {
      // One line and a line break: the line goes in at the caret, as a paste of the line alone would.
      const text = box.value.slice(0, box.selectionStart) + only.text + box.value.slice(box.selectionEnd);
      dispatch({ type: "updateText", id: block.id, text });
      dispatch({ type: "focusBlock", id: block.id, caret: box.selectionStart + only.text.length });
      return;
    }
    const blocks = adoptKind(reading.body, block);
    dispatch({ type: "insertBlocks", id: block.id, start: box.selectionStart, end: box.selectionEnd, blocks, tailId: newBlockId() });
  };

  const changeKind = (kind: TextBlockKind) => {
    const spareIds = block.kind === "note" && block.list ? block.list.items.map(() => newBlockId()) : [];
    dispatch({ type: "changeKind", id: block.id, kind, spareIds });
  };

  const addBelow = (event: MouseEvent<HTMLButtonElement>, kind: TextBlockKind) => {
    const menu = event.currentTarget.closest("details");
    if (menu) menu.open = false;
    dispatch({ type: "add", after: block.id, kind, id: newBlockId() });
  };

  const closeMenuOnLeave = (event: FocusEvent<HTMLDetailsElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) event.currentTarget.open = false;
  };
  const closeMenuOnEscape = (event: KeyboardEvent<HTMLDetailsElement>) => {
    if (event.key !== "Escape" || !event.currentTarget.open) return;
    event.preventDefault();
    event.currentTarget.open = false;
    event.currentTarget.querySelector("summary")?.focus();
  };

  return (
    <li
      id={rowId}
      data-block-id={block.id}
      data-kind={block.kind}
      aria-labelledby={nameId}
      className={cx(
        "grid grid-cols-[2rem_minmax(0,1fr)] gap-x-2 border-l-4 py-2.5 pr-1 sm:grid-cols-[2.75rem_minmax(0,1fr)]",
        invalid ? "border-l-accent bg-red-50/60" : "border-l-transparent",
      )}
    >
      <span id={nameId} className="sr-only">
        Block {position} of {count}: {describeBlock(block, number)}
      </span>
      <div className="col-start-2 flex flex-wrap items-center gap-x-1.5 gap-y-1.5">
        <select
          className={cx(CONTROL, "font-medium")}
          aria-label={`Kind of block ${position}`}
          value={block.kind}
          onChange={(event) => {
            if (isTextBlockKind(event.target.value)) changeKind(event.target.value);
          }}
        >
          {KIND_OPTIONS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>

        {subpoint ? (
          <>
            <select
              className={CONTROL}
              aria-label={`Marker of block ${position}`}
              value={subpoint.marker}
              onChange={(event) => {
                if (isSubpointMarker(event.target.value)) dispatch({ type: "setMarker", id: block.id, marker: event.target.value });
              }}
            >
              {MARKER_OPTIONS.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
            <span className="inline-flex items-center gap-1">
              <button
                type="button"
                className={ICON_BUTTON}
                data-control="outdent"
                aria-label={`Outdent block ${position}`}
                title="Outdent (Shift+Tab)"
                disabled={!canOutdent}
                onClick={() => dispatch({ type: "outdent", id: block.id, focus: "outdent" })}
              >
                <OutdentIcon />
              </button>
              <span className="min-w-14 text-center text-sm text-muted tabular-nums">Level {subpoint.level}</span>
              <button
                type="button"
                className={ICON_BUTTON}
                data-control="indent"
                aria-label={`Indent block ${position}`}
                title="Indent (Tab)"
                disabled={!canIndent}
                onClick={() => dispatch({ type: "indent", id: block.id, focus: "indent" })}
              >
                <IndentIcon />
              </button>
            </span>
          </>
        ) : null}

        {openNotes ? <ReviewNotesLink blockId={block.id} count={openNotes} /> : null}

        <div className="ml-auto inline-flex items-center gap-1">
          <button
            type="button"
            className={ICON_BUTTON}
            data-control="move-up"
            aria-label={`Move block ${position} up`}
            title="Move up (Alt+↑)"
            disabled={index === 0}
            onClick={() => dispatch({ type: "move", id: block.id, by: -1, focus: "move-up" })}
          >
            <ArrowUpIcon />
          </button>
          <button
            type="button"
            className={ICON_BUTTON}
            data-control="move-down"
            aria-label={`Move block ${position} down`}
            title="Move down (Alt+↓)"
            disabled={index === count - 1}
            onClick={() => dispatch({ type: "move", id: block.id, by: 1, focus: "move-down" })}
          >
            <ArrowDownIcon />
          </button>
          <details name={menuGroup} className="relative" onBlur={closeMenuOnLeave} onKeyDown={closeMenuOnEscape}>
            <summary
              className={cx(ICON_BUTTON, "cursor-pointer list-none [&::-webkit-details-marker]:hidden")}
              aria-label={`Add a block below block ${position}`}
              title="Add below (Ctrl+Enter adds the same kind)"
            >
              <AddIcon />
            </summary>
            <div className="absolute right-0 z-20 mt-1 w-52 rounded-sm border border-rule bg-white py-1 shadow-lg" role="group" aria-label={`Kind of the block to add below block ${position}`}>
              {TEXT_BLOCK_KINDS.map((kind) => (
                <button
                  key={kind}
                  type="button"
                  className="block w-full px-3 py-1.5 text-left text-sm text-ink hover:bg-wash focus-visible:bg-wash"
                  onClick={(event) => addBelow(event, kind)}
                >
                  {KIND_LABELS[kind]}
                </button>
              ))}
            </div>
          </details>
          <button
            type="button"
            className={cx(ICON_BUTTON, "hover:text-accent")}
            aria-label={`Delete block ${position}`}
            title="Delete (Backspace in an empty block)"
            onClick={() => dispatch({ type: "delete", id: block.id, keepForUndo: true })}
          >
            <DeleteIcon />
          </button>
        </div>
      </div>

      {/* Sub-points and notes are indented under the paragraph before them, as the reader sees them. */}
      <div
        className="col-span-2 mt-1.5 grid grid-cols-[2rem_minmax(0,1fr)] gap-x-2 pl-[calc(var(--indent)*0.75rem)] sm:grid-cols-[2.75rem_minmax(0,1fr)] sm:pl-[calc(var(--indent)*1.5rem)]"
        style={{ "--indent": indentOf(block) } as CSSProperties}
      >
        <span
          aria-hidden="true"
          className={cx("pt-2 pr-1 text-right leading-relaxed tabular-nums", block.kind === "numbered" ? "font-semibold text-ink" : "text-muted")}
          data-margin=""
        >
          {marginMark(block, number, labels)}
        </span>
        <div className="min-w-0">
          <AutoGrowTextarea
            id={textId}
            data-block-text=""
            lang={locale}
            aria-labelledby={nameId}
            aria-describedby={invalid ? problemsId : undefined}
            aria-invalid={invalid || undefined}
            className={cx(TEXT_BOX, "min-h-11", block.kind === "heading" && "font-semibold", block.kind === "question" && "font-semibold")}
            value={block.text}
            placeholder={placeholderFor(block.kind)}
            onChange={(event) => dispatch({ type: "updateText", id: block.id, text: event.target.value })}
            onKeyDown={onKeyDown}
            onPaste={onPaste}
            onBlur={() => dispatch({ type: "leave", id: block.id })}
          />
          {block.kind === "note" ? (
            <div className="mt-2 border-l-2 border-rule pl-3">
              <div className="flex flex-wrap items-center gap-2 text-sm">
                <label htmlFor={`${rowId}-list`} className="text-ink">
                  List under the note <span className="text-muted">(optional, one item per line)</span>
                </label>
                <select
                  className={CONTROL}
                  aria-label={`List marker of block ${position}`}
                  value={block.list?.marker ?? "-"}
                  disabled={!block.list}
                  onChange={(event) => {
                    if (isNoteListMarker(event.target.value) && block.list) {
                      dispatch({ type: "setNoteList", id: block.id, lines: block.list.items, marker: event.target.value });
                    }
                  }}
                >
                  {NOTE_LIST_MARKER_OPTIONS.map((option) => (
                    <option key={option.value} value={option.value}>
                      {option.label}
                    </option>
                  ))}
                </select>
              </div>
              <AutoGrowTextarea
                id={`${rowId}-list`}
                lang={locale}
                aria-describedby={invalid ? problemsId : undefined}
                className={cx(TEXT_BOX, "mt-1 min-h-11 text-[0.9375rem]")}
                value={block.list?.items.join("\n") ?? ""}
                onChange={(event) =>
                  dispatch({ type: "setNoteList", id: block.id, lines: event.target.value.split("\n"), marker: block.list?.marker ?? "-" })
                }
              />
            </div>
          ) : null}
          {invalid ? (
            <ul id={problemsId} className="mt-1.5 space-y-0.5 text-sm font-semibold text-accent" data-problems="">
              {problems.map((problem) => (
                <li key={problem}>
                  <span className="sr-only">Error: </span>
                  {problem}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      </div>
    </li>
  );
});

function indentOf(block: Block): number {
  if (block.kind === "subpoint") return block.level;
  return block.kind === "note" ? 1 : 0;
}

function placeholderFor(kind: TextBlockKind): string {
  switch (kind) {
    case "numbered":
      return "Paragraph text (the number is counted for you)";
    case "subpoint":
      return "Sub-point text";
    case "note":
      return "Note text";
    case "heading":
      return "Heading";
    case "paragraph":
      return "Paragraph text";
    case "question":
      return "The question";
    case "answer":
      return "The answer (one paragraph; Enter starts the next)";
  }
}
