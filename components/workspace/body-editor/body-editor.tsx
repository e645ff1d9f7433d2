"use client";

import {
  useDeferredValue,
  useEffect,
  useEffectEvent,
  useId,
  useLayoutEffect,
  useMemo,
  useReducer,
  useRef,
  useState,
  type Dispatch,
  type KeyboardEvent,
} from "react";
import { DocumentBody } from "@/components/body/document-body";
import { cx } from "@/components/ui/class-names";
import { TEXT_BLOCK_KINDS, isMediaBlock, newBlockId, type Block, type Body } from "@/lib/body/schema";
import type { LibraryChoice, MediaViews } from "@/lib/media/media-view";
import { AddFromLibrary, MediaBlockRow } from "./media-block-row";
import { countStructure, deriveNumbers } from "@/lib/body/structure";
import { messages } from "@/lib/i18n/messages";
import { KIND_LABELS, kindName } from "./block-kinds";
import { BlockRow, describeBlock, textBoxId } from "./block-row";
import { NO_PROBLEMS, checkBody } from "./body-check";
import {
  bodyEditorReducer,
  canIndent,
  canOutdent,
  initialEditorState,
  readText,
  type BodyEditorAction,
  type BodyEditorState,
  type EditorMode,
} from "./body-editor-reducer";

export interface BodyEditorReport {
  /** The body passes the schema (what the server will check again). */
  valid: boolean;
  /** Every problem, one line each ("Block 3: Text is empty"). */
  problems: readonly string[];
  /** The text mode's text does not read as a body: `body` is the last reading that worked. */
  textProblems: readonly string[] | null;
}

export interface BodyEditorProps {
  /** Name of the hidden input that carries the body as JSON to the form's server action. */
  name: string;
  /** Read once: to load another version, remount the editor with a new `key`. */
  initialBody: Body;
  /** After every change to the body (not on the first render), with what the schema says about it. */
  onChange?: (body: Body, report: BodyEditorReport) => void;
  /** A refused save's messages, by block id or "body" (see bodyErrorsFromFieldErrors). Shown until the block changes. */
  errors?: Readonly<Record<string, string>>;
  /** Language of the text: the preview's labels (Q/A, 문/답) and the text boxes' lang. */
  locale?: string;
  /** The field's name for people ("Body", "Body (English)"). */
  label?: string;
  initialMode?: EditorMode;
  /** The photos and files the body may show (for the rows and the preview), by library id. */
  media?: MediaViews;
  /** What "Add from the library" offers; none: the control is not shown. */
  library?: readonly LibraryChoice[];
  /** Open review notes by block id, shown beside their blocks. */
  openNotes?: Readonly<Record<string, number>>;
}

const NO_MEDIA: MediaViews = {};

const TEXT_READ_DELAY_MS = 400;

/**
 * The body editor: blocks, or the press office's plain-text convention, with the public renderer's preview beside
 * them. The hidden input always carries the current body, valid or not, so the server can refuse it with field
 * errors and the form keeps every word. Keep it mounted across a refused save (useActionState): its state is the text.
 *
 *   // action schema: body: z.string().transform(readJson).pipe(bodySchema)  → field errors "body.3.text"
 *   const [result, formAction] = useActionState(saveLocalization, null);
 *   const errors = result && !result.ok
 *     ? bodyErrorsFromFieldErrors(result.fieldErrors, "body", readSubmittedBody(result.values.body, []))
 *     : undefined;
 *   const latest = useRef(initialBody);
 *   const autosave = useAutosave({ lockVersion, save: (version) => saveDraft(latest.current, version) });
 *   useUnsavedChangesWarning(autosave.dirty);
 *   <form action={formAction}>
 *     <input type="hidden" name="lockVersion" value={autosave.lockVersion} />
 *     <BodyEditor name="body" initialBody={initialBody} errors={errors} locale="ko"
 *       onChange={(body) => { latest.current = body; autosave.changed(); }} />
 *     <p aria-live="polite">{autosave.statusText}</p>
 *   </form>
 */
export function BodyEditor({
  name,
  initialBody,
  onChange,
  errors,
  locale = "en",
  label = "Body",
  initialMode = "blocks",
  media = NO_MEDIA,
  library = [],
  openNotes,
}: BodyEditorProps) {
  const idBase = useId().replace(/[^A-Za-z0-9_-]/g, "");
  const ids = {
    tabBlocks: `${idBase}-tab-blocks`,
    tabText: `${idBase}-tab-text`,
    panel: `${idBase}-panel`,
    preview: `${idBase}-preview`,
    problems: `${idBase}-problems`,
    text: `${idBase}-text`,
    textHint: `${idBase}-text-hint`,
    textProblems: `${idBase}-text-problems`,
  };
  const [state, dispatch] = useReducer(bodyEditorReducer, initialBody, (body) => initialEditorState(body, initialMode));
  const [previewOpen, setPreviewOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const { body } = state;

  const check = useMemo(() => checkBody(body), [body]);
  const numbers = useMemo(() => deriveNumbers(body), [body]);
  const structure = useMemo(() => countStructure(body), [body]);
  const json = useMemo(() => JSON.stringify(body), [body]);
  const previewBody = useDeferredValue(body);
  const labels = messages(locale).body;

  // The server's messages are about the body it was sent; each stays beside its block until the block changes.
  const errorsKey = JSON.stringify(errors ?? {});
  const [refused, setRefused] = useState(() => ({ key: errorsKey, blocks: blocksById(body) }));
  if (refused.key !== errorsKey) setRefused({ key: errorsKey, blocks: blocksById(body) });
  const serverError = (block: Block) => (refused.blocks.get(block.id) === block ? errors?.[block.id] : undefined);

  const rowProblems = (block: Block): readonly string[] => {
    const own = state.fresh.includes(block.id) ? undefined : check.byBlock.get(block.id);
    const server = serverError(block);
    if (!own && !server) return NO_PROBLEMS;
    return server && !own?.includes(server) ? [...(own ?? []), server] : (own ?? NO_PROBLEMS);
  };
  const summary: { blockId: string | null; message: string }[] = [
    ...(errors?.body ? [{ blockId: null, message: errors.body }] : []),
    ...check.general.map((message) => ({ blockId: null, message })),
    ...body.flatMap((block, index) => {
      const name = `${capitalise(describeBlock(block, numbers.get(block.id)))} (block ${index + 1})`;
      return rowProblems(block).map((message) => ({ blockId: block.id, message: `${name}: ${message}` }));
    }),
  ];

  const report = useEffectEvent((current: Body, textProblems: readonly string[] | null) => {
    onChange?.(current, { valid: check.valid, problems: check.summary, textProblems });
  });
  const reported = useRef({ body, textProblems: state.textProblems });
  useEffect(() => {
    if (reported.current.body === body && reported.current.textProblems === state.textProblems) return;
    reported.current = { body, textProblems: state.textProblems };
    report(body, state.textProblems);
  }, [body, state.textProblems]);

  useLayoutEffect(() => {
    const request = state.focus;
    const row = request ? rootRef.current?.querySelector(`[data-block-id="${CSS.escape(request.blockId)}"]`) : null;
    if (!request || !row) return;
    const text = row.querySelector<HTMLTextAreaElement>("textarea[data-block-text]");
    const control = request.target === "text" ? null : row.querySelector<HTMLButtonElement>(`[data-control="${request.target}"]`);
    if (control && !control.disabled) {
      control.focus();
      return;
    }
    if (!text) return;
    text.focus();
    if (request.caret !== "keep") {
      const caret = request.caret === "end" ? text.value.length : Math.min(request.caret, text.value.length);
      text.setSelectionRange(caret, caret);
    }
  }, [state.focus]);

  // Text mode reads the text shortly after typing stops, so the preview and the hidden input follow it.
  useEffect(() => {
    if (state.mode !== "text" || state.text === state.textRead) return;
    const timer = setTimeout(() => dispatch({ type: "replaceFromText", text: state.text, reading: readText(state.text, body) }), TEXT_READ_DELAY_MS);
    return () => clearTimeout(timer);
  }, [state.mode, state.text, state.textRead, body]);

  // Text that does not read as a body must not be submitted as if it did: the browser stops the submit and says why.
  useEffect(() => {
    textRef.current?.setCustomValidity(state.textProblems ? `The text cannot be read as blocks: ${state.textProblems.join(" ")}` : "");
  }, [state.textProblems, state.mode]);

  const readTextNow = (switchTo?: "blocks") => {
    if (state.text === state.textRead) {
      if (switchTo) dispatch({ type: "showBlocks" });
      return;
    }
    dispatch({ type: "replaceFromText", text: state.text, reading: readText(state.text, body), switchTo });
  };

  const selectMode = (mode: EditorMode) => {
    if (mode === state.mode) return;
    if (mode === "text") dispatch({ type: "openText" });
    else readTextNow("blocks");
  };

  const onTabKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key !== "ArrowLeft" && event.key !== "ArrowRight" && event.key !== "Home" && event.key !== "End") return;
    event.preventDefault();
    const mode: EditorMode = event.key === "Home" ? "blocks" : event.key === "End" ? "text" : state.mode === "blocks" ? "text" : "blocks";
    selectMode(mode);
    document.getElementById(mode === "blocks" ? ids.tabBlocks : ids.tabText)?.focus();
  };

  const focusBlock = (blockId: string) => dispatch({ type: "focusBlock", id: blockId, caret: "end" });

  return (
    <div ref={rootRef} className="body-editor" data-body-editor="" data-mode={state.mode}>
      <input type="hidden" name={name} value={json} />

      <div className="flex flex-wrap items-end justify-between gap-x-4 gap-y-2 border-b border-rule">
        <div role="tablist" aria-label={`${label}: how to edit it`} className="-mb-px flex">
          {(["blocks", "text"] as const).map((mode) => {
            const selected = state.mode === mode;
            return (
              <button
                key={mode}
                type="button"
                role="tab"
                id={mode === "blocks" ? ids.tabBlocks : ids.tabText}
                aria-selected={selected}
                aria-controls={ids.panel}
                tabIndex={selected ? 0 : -1}
                onClick={() => selectMode(mode)}
                onKeyDown={onTabKeyDown}
                className={cx(
                  "border-b-4 px-4 py-2 font-semibold",
                  selected ? "border-brand text-ink" : "border-transparent text-muted hover:border-rule hover:text-ink",
                )}
              >
                {mode === "blocks" ? "Blocks" : "Text"}
              </button>
            );
          })}
        </div>
        <div className="flex items-center gap-4 pb-2 text-sm text-muted">
          <span data-structure="">{describeStructure(structure)}</span>
          <button
            type="button"
            className="rounded-sm border border-rule bg-white px-3 py-1 font-medium whitespace-nowrap text-ink hover:bg-wash lg:hidden"
            aria-expanded={previewOpen}
            aria-controls={ids.preview}
            onClick={() => setPreviewOpen((open) => !open)}
          >
            {previewOpen ? "Hide preview" : "Show preview"}
          </button>
        </div>
      </div>

      {summary.length > 0 ? (
        <div id={ids.problems} className="mt-4 border-l-4 border-accent bg-red-50 px-4 py-3" data-body-problems="">
          <p className="font-semibold text-ink">
            {summary.length === 1 ? "1 problem to fix before this can be saved" : `${summary.length} problems to fix before this can be saved`}
          </p>
          <ul className="mt-1 list-disc space-y-0.5 pl-5 text-sm text-ink">
            {summary.map((item, index) => (
              <li key={index}>
                {item.blockId && state.mode === "blocks" ? (
                  <a
                    href={`#${textBoxId(idBase, item.blockId)}`}
                    className="text-accent underline underline-offset-2"
                    onClick={(event) => {
                      event.preventDefault();
                      focusBlock(item.blockId!);
                    }}
                  >
                    {item.message}
                  </a>
                ) : (
                  item.message
                )}
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      <div className="mt-4 grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)] xl:grid-cols-[minmax(0,7fr)_minmax(0,5fr)]">
        <div id={ids.panel} role="tabpanel" aria-labelledby={state.mode === "blocks" ? ids.tabBlocks : ids.tabText} className="min-w-0">
          {state.mode === "blocks" ? (
            <BlocksPanel
              state={state}
              idBase={idBase}
              numbers={numbers}
              rowProblems={rowProblems}
              labels={labels}
              locale={locale}
              dispatch={dispatch}
              media={media}
              library={library}
              openNotes={openNotes}
            />
          ) : (
            <div className="space-y-2">
              <label htmlFor={ids.text} className="block font-semibold text-ink">
                {label} as text
              </label>
              <div id={ids.textHint} className="text-sm text-muted">
                <p>One block per line; blank lines are only spacing. Paragraph numbers are counted again from the order.</p>
                <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5">
                  {CONVENTION.map(([mark, meaning]) => (
                    <div key={mark} className="contents">
                      <dt className="font-mono text-ink">{mark}</dt>
                      <dd>{meaning}</dd>
                    </div>
                  ))}
                </dl>
              </div>
              {state.textProblems ? (
                <div id={ids.textProblems} role="alert" className="border-l-4 border-accent bg-red-50 px-4 py-3 text-sm" data-text-problems="">
                  <p className="font-semibold text-ink">The text could not be read as blocks. It is kept as you typed it: fix it here.</p>
                  <ul className="mt-1 list-disc pl-5 font-semibold text-accent">
                    {state.textProblems.map((problem) => (
                      <li key={problem}>{problem}</li>
                    ))}
                  </ul>
                </div>
              ) : null}
              <textarea
                ref={textRef}
                id={ids.text}
                lang={locale}
                spellCheck
                aria-describedby={state.textProblems ? `${ids.textProblems} ${ids.textHint}` : ids.textHint}
                aria-invalid={state.textProblems ? true : undefined}
                className="block min-h-[28rem] w-full rounded-sm border border-ink/50 bg-white px-3 py-2 font-mono text-[0.9375rem] leading-relaxed text-ink [field-sizing:content] aria-[invalid=true]:border-2 aria-[invalid=true]:border-accent"
                value={state.text}
                onChange={(event) => dispatch({ type: "editText", text: event.target.value })}
                onBlur={() => readTextNow()}
              />
            </div>
          )}
        </div>

        <section
          id={ids.preview}
          aria-label={`Preview of the ${label.toLowerCase()}`}
          className={cx(
            "min-w-0 rounded-sm border border-rule bg-white lg:sticky lg:top-4 lg:block lg:max-h-[calc(100vh-2rem)] lg:overflow-y-auto",
            // On a narrow screen the preview opens above the blocks, where the writer is looking.
            previewOpen ? "order-first block lg:order-none" : "hidden",
          )}
          data-body-preview=""
        >
          <div className="flex items-baseline justify-between gap-3 border-b border-rule bg-wash px-4 py-2">
            <p className="text-sm font-semibold text-ink">Preview</p>
            <p className="text-xs text-muted">As readers will see it</p>
          </div>
          <div lang={locale} className="px-5 py-4 text-[1.0625rem] leading-[1.75] text-ink">
            {previewBody.length > 0 ? (
              <DocumentBody body={previewBody} labels={labels} idPrefix={`${idBase}-preview-`} headingLevel={3} media={media} locale={locale} />
            ) : (
              <p className="text-muted">Nothing to show yet.</p>
            )}
          </div>
        </section>
      </div>

      <div aria-live="polite" className="sr-only">
        {state.announcement ? <p key={state.announcement.seq}>{state.announcement.message}</p> : null}
      </div>
    </div>
  );
}

function BlocksPanel({
  state,
  idBase,
  numbers,
  rowProblems,
  labels,
  locale,
  dispatch,
  media,
  library,
  openNotes,
}: {
  media: MediaViews;
  library: readonly LibraryChoice[];
  openNotes?: Readonly<Record<string, number>>;
  state: BodyEditorState;
  idBase: string;
  numbers: Map<string, number>;
  rowProblems: (block: Block) => readonly string[];
  labels: ReturnType<typeof messages>["body"];
  locale: string;
  dispatch: Dispatch<BodyEditorAction>;
}) {
  const { body, lastDeleted } = state;
  const last = body.at(-1);
  return (
    <div>
      <details className="mb-2 text-sm text-muted">
        <summary className="cursor-pointer text-brand underline underline-offset-2">Keyboard shortcuts</summary>
        <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5">
          {SHORTCUTS.map(([keys, meaning]) => (
            <div key={keys} className="contents">
              <dt className="font-mono text-ink">{keys}</dt>
              <dd>{meaning}</dd>
            </div>
          ))}
        </dl>
      </details>

      {lastDeleted ? (
        <div className="mb-2 flex items-center justify-between gap-3 border-l-4 border-rule bg-wash px-3 py-2 text-sm" data-undo="">
          <span>
            Deleted a {kindName(lastDeleted.block.kind)}
            {!isMediaBlock(lastDeleted.block) && lastDeleted.block.text ? ` (“${excerpt(lastDeleted.block.text)}”)` : ""}.
          </span>
          <button type="button" className="font-semibold text-brand underline underline-offset-2" onClick={() => dispatch({ type: "undoDelete" })}>
            Undo
          </button>
        </div>
      ) : null}

      {body.length > 0 ? (
        <ol className="divide-y divide-rule border-y border-rule" aria-label="Blocks" data-blocks="">
          {body.map((block, index) =>
            isMediaBlock(block) ? (
              <MediaBlockRow
                key={block.id}
                block={block}
                index={index}
                count={body.length}
                media={media}
                problems={rowProblems(block)}
                idBase={idBase}
                dispatch={dispatch}
              />
            ) : (
            <BlockRow
              key={block.id}
              block={block}
              index={index}
              count={body.length}
              number={numbers.get(block.id)}
              canIndent={canIndent(body, index)}
              canOutdent={canOutdent(body, index)}
              problems={rowProblems(block)}
              labels={labels}
              locale={locale}
              idBase={idBase}
              menuGroup={`${idBase}-add`}
              dispatch={dispatch}
              openNotes={openNotes?.[block.id]}
            />
            ),
          )}
        </ol>
      ) : (
        <p className="border-y border-rule py-6 text-center text-muted">The body is empty. Add its first block:</p>
      )}

      <div className="mt-3 flex flex-wrap items-center gap-2 text-sm" role="group" aria-label="Add a block at the end">
        <span className="text-muted">Add at the end:</span>
        {TEXT_BLOCK_KINDS.map((kind) => (
          <button
            key={kind}
            type="button"
            className="rounded-sm border border-rule bg-white px-2.5 py-1 text-ink hover:border-ink/60 hover:bg-wash"
            onClick={() => dispatch({ type: "add", after: last?.id ?? null, kind, id: newBlockId() })}
          >
            {KIND_LABELS[kind]}
          </button>
        ))}
      </div>
      <AddFromLibrary choices={library} after={last?.id ?? null} dispatch={dispatch} newId={newBlockId} idBase={idBase} />
    </div>
  );
}

const CONVENTION: readonly (readonly [string, string])[] = [
  ["1.", "numbered paragraph"],
  ["o  °  -  ·  •", "sub-point; two more spaces in front for each level down"],
  ["※", "note; the “-” lines right under it are its list"],
  ["##", "heading"],
  ["Q:  A:", "question and answer (also 문: 답:); lines after an answer continue it"],
  ["[image: id]  [attachment: id]", "a photo or file from the media library, alone on its line"],
  ["\\", "at the start of a line: keep the line as plain text"],
];

const SHORTCUTS: readonly (readonly [string, string])[] = [
  ["Enter", "start a new block at the caret"],
  ["Ctrl+Enter  ⌘+Enter", "add an empty block of the same kind below"],
  ["Alt+↑  Alt+↓", "move the block up or down"],
  ["Tab  Shift+Tab", "indent or outdent a sub-point"],
  ["Backspace", "in an empty block: delete it; at the start of a block: join it to the one above"],
  ["↑  ↓", "at the start or end of a block: go to the one above or below"],
];

function describeStructure({ blocks, paragraphs, qaPairs }: ReturnType<typeof countStructure>): string {
  const parts = [`${blocks} ${blocks === 1 ? "block" : "blocks"}`];
  if (paragraphs > 0) parts.push(`${paragraphs} numbered`);
  if (qaPairs > 0) parts.push(`${qaPairs} Q&A`);
  return parts.join(" · ");
}

function blocksById(body: Body): Map<string, Block> {
  return new Map(body.map((block) => [block.id, block]));
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function excerpt(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
