import { memo, useRef, type Dispatch } from "react";
import { cx } from "@/components/ui/class-names";
import type { MediaBlock } from "@/lib/body/schema";
import { variantUrl, widthsFor, type LibraryChoice, type MediaViews } from "@/lib/media/media-view";
import { KIND_LABELS } from "./block-kinds";
import type { BodyEditorAction } from "./body-editor-reducer";
import { ArrowDownIcon, ArrowUpIcon, DeleteIcon } from "./icons";

const ICON_BUTTON =
  "inline-flex h-8 w-8 items-center justify-center rounded-sm border border-transparent text-muted hover:border-rule hover:bg-wash hover:text-ink disabled:cursor-not-allowed disabled:opacity-30";

/** A photo or file in the body: what it shows, and the buttons that move and delete it. Its words are edited in the library. */
export const MediaBlockRow = memo(function MediaBlockRow({
  block,
  index,
  count,
  media,
  problems,
  idBase,
  dispatch,
}: {
  block: MediaBlock;
  index: number;
  count: number;
  media: MediaViews;
  problems: readonly string[];
  idBase: string;
  dispatch: Dispatch<BodyEditorAction>;
}) {
  const view = media[block.mediaId];
  const position = index + 1;
  const rowId = `${idBase}-block-${block.id}`;
  const label = `${KIND_LABELS[block.kind]} (block ${position})`;
  return (
    <li id={rowId} data-kind={block.kind} data-block-row="" className="flex items-start gap-3 bg-white px-2 py-3">
      <div className="min-w-0 flex-1">
        <p className="text-sm font-semibold text-ink">{KIND_LABELS[block.kind]}</p>
        {view?.kind === "image" ? (
          <div className="mt-1 flex items-start gap-3">
            {/* eslint-disable-next-line @next/next/no-img-element -- the desk shows the library's own variant */}
            <img src={variantUrl(view, widthsFor(view.width)[0]!, "webp")} alt={view.alt} className="h-20 w-auto border border-rule" />
            <p className="text-sm text-muted">{view.caption ?? view.alt}</p>
          </div>
        ) : view?.kind === "document" ? (
          <p className="mt-1 text-sm text-muted">
            {view.title} · {view.typeLabel}
          </p>
        ) : (
          <p className="mt-1 text-sm font-semibold text-accent">Library item {block.mediaId} is not in the library.</p>
        )}
        {problems.length > 0 ? (
          <ul className="mt-1.5 text-sm font-semibold text-accent" data-problems="">
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        ) : null}
      </div>
      <div className="flex shrink-0 items-center">
        <button
          type="button"
          className={ICON_BUTTON}
          aria-label={`Move ${label} up`}
          data-focus-target="move-up"
          disabled={index === 0}
          onClick={() => dispatch({ type: "move", id: block.id, by: -1, focus: "move-up" })}
        >
          <ArrowUpIcon />
        </button>
        <button
          type="button"
          className={ICON_BUTTON}
          aria-label={`Move ${label} down`}
          data-focus-target="move-down"
          disabled={index === count - 1}
          onClick={() => dispatch({ type: "move", id: block.id, by: 1, focus: "move-down" })}
        >
          <ArrowDownIcon />
        </button>
        <button
          type="button"
          className={cx(ICON_BUTTON, "hover:text-accent")}
          aria-label={`Delete ${label}`}
          onClick={() => dispatch({ type: "delete", id: block.id, keepForUndo: true })}
        >
          <DeleteIcon />
        </button>
      </div>
    </li>
  );
});


/** "Add from the library": a photo or file as a block at the end of the body. Not a form: the editor sits inside one. */
export function AddFromLibrary({ choices, after, dispatch, newId, idBase }: { choices: readonly LibraryChoice[]; after: string | null; dispatch: Dispatch<BodyEditorAction>; newId: () => string; idBase: string }) {
  const select = useRef<HTMLSelectElement>(null);
  if (choices.length === 0) return null;
  const selectId = `${idBase}-library-item`;
  return (
    <div className="mt-2 flex flex-wrap items-center gap-2 text-sm" data-add-from-library="">
      <label htmlFor={selectId} className="text-muted">
        Add from the library:
      </label>
      <select ref={select} id={selectId} className="h-8 max-w-[24rem] rounded-sm border border-rule bg-white px-2 text-sm text-ink">
        {choices.map((choice) => (
          <option key={choice.id} value={choice.id}>
            {choice.kind === "image" ? "Photo" : "File"}: {choice.label}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="rounded-sm border border-rule bg-white px-2.5 py-1 text-ink hover:border-ink/60 hover:bg-wash"
        onClick={() => {
          const choice = choices.find((item) => item.id === select.current?.value);
          if (choice) dispatch({ type: "insertMedia", after, kind: choice.kind, mediaId: choice.id, id: newId() });
        }}
      >
        Add at the end
      </button>
    </div>
  );
}
