"use client";

import { memo, useState, type KeyboardEvent, type ReactNode } from "react";
import { AutoGrowTextarea } from "@/components/workspace/body-editor/auto-grow-textarea";
import { ReviewNotesLink } from "@/components/workspace/review-notes/review-notes-link";
import type { BodyLabels } from "@/components/body/document-body";
import { marginMark } from "@/components/body/margin-mark";
import { Button } from "@/components/ui/button";
import { cx } from "@/components/ui/class-names";
import { isMediaBlock, type Block } from "@/lib/body/schema";
import type { RowStatus } from "@/lib/translation/alignment";
import type { StaleSince } from "@/lib/translation/workspace";
import type { RowChange } from "./translation-editor-state";
import { RowFrame, RowStatusBar, StaleLabel, StaleSource, TEXT_BOX, textBoxId, TheirVersion } from "./translation-row-parts";
import type { Entry } from "./workspace-state";

export { STATUS_LABELS, StatusBadge, textBoxId } from "./translation-row-parts";
export type { RowChange } from "./translation-editor-state";

type Labels = Pick<BodyLabels, "question" | "answer">;

export interface TranslationRowProps {
  id: string;
  index: number;
  name: string;
  source: Block;
  number: number | null;
  sourceLocale: string;
  locale: string;
  localeLabel: string;
  sourceLabels: Labels;
  labels: Labels;
  entry: Entry;
  status: RowStatus;
  staleSince: StaleSince | null;
  /** Footnote number readers will see for the translator's note. */
  footnote: number | undefined;
  /** Open review notes on this block (lib/review-notes): a link to them is shown beside the row, as in the editor. */
  openNotes?: number;
  readOnly: boolean;
  /** The other person's text after a conflict, when it differs from this one. */
  theirs: { text: string; listItems: string[]; translatorNote: string } | null;
  onChange: (id: string, change: RowChange) => void;
  onMarkUpToDate: (id: string) => void;
  onKeyDown: (id: string, event: KeyboardEvent<HTMLElement>) => void;
  onFocusRow: (id: string) => void;
}

/** One block: the original on the left, the translation on the right, with its status and, when stale, what changed. */
export const TranslationRow = memo(function TranslationRow(props: TranslationRowProps) {
  const { id, name, status, staleSince, readOnly, openNotes } = props;
  const statusId = `${textBoxId(id)}-status`;
  return (
    <RowFrame id={id} status={status} onFocusRow={props.onFocusRow}>
      <div className="min-w-0">
        <div className="mb-1 flex flex-wrap items-center gap-2">
          <p className="flex items-center gap-2 text-xs font-semibold tracking-wide text-muted uppercase">
            <span>{name}</span>
            {staleSince ? <StaleLabel status={status} /> : null}
          </p>
          {openNotes ? <ReviewNotesLink blockId={id} count={openNotes} /> : null}
        </div>
        <MarginGrid source={props.source}>
          <span aria-hidden="true" className={cx("font-semibold", markTone(props.source))}>
            {marginMark(props.source, props.number, props.sourceLabels)}
          </span>
          <SourceBlock source={props.source} staleSince={staleSince} lang={props.sourceLocale} />
        </MarginGrid>
      </div>

      <div className="min-w-0">
        <RowStatusBar id={id} name={name} status={status} statusId={statusId} readOnly={readOnly} onMarkUpToDate={props.onMarkUpToDate} />
        <MarginGrid source={props.source}>
          <span aria-hidden="true" className={cx("pt-2 font-semibold", markTone(props.source))}>
            {marginMark(props.source, props.number, props.labels)}
          </span>
          <TranslationBoxes {...props} statusId={statusId} />
        </MarginGrid>
      </div>
    </RowFrame>
  );
});

function markTone(source: Block): string {
  return source.kind === "question" ? "text-brand" : "text-muted";
}

function textTone(source: Block): string | false {
  return (source.kind === "question" && "font-semibold") || (source.kind === "heading" && "text-lg font-semibold");
}

/** The margin (number, marker, Q/A) and the text beside it, indented as deep as a sub-point sits. */
function MarginGrid({ source, children }: { source: Block; children: ReactNode }) {
  const indent = source.kind === "subpoint" ? (source.level - 1) * 1.25 : 0;
  return (
    <div className="grid grid-cols-[2rem_1fr] gap-x-1" style={{ paddingLeft: `${indent}rem` }}>
      {children}
    </div>
  );
}

/** The original's block: its text and a note's list, or when it changed since, what changed. */
function SourceBlock({ source, staleSince, lang }: { source: Block; staleSince: StaleSince | null; lang: string }) {
  if (staleSince) {
    return (
      <StaleSource
        staleSince={staleSince}
        lang={lang}
        className="space-y-2 text-ink"
        nowWithoutDiff={
          <p lang={lang} className="whitespace-pre-line">
            {staleSince.newSourceText}
          </p>
        }
      />
    );
  }
  const list = source.kind === "note" ? source.list : undefined;
  return (
    <div lang={lang} className={cx("text-ink", textTone(source))}>
      <p>{isMediaBlock(source) ? null : source.text}</p>
      {list ? (
        <ul className="mt-1 space-y-1">
          {list.items.map((item, itemIndex) => (
            <li key={itemIndex} className="grid grid-cols-[1.25rem_1fr]">
              <span aria-hidden="true" className="text-muted">
                {list.marker}
              </span>
              <span>{item}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** The translator's boxes for one block: its text, each item of a note's list, the translator's note, and theirs. */
function TranslationBoxes(props: TranslationRowProps & { statusId: string }) {
  const { id, name, source, entry, status, readOnly, theirs, footnote, locale, localeLabel, statusId } = props;
  const [noteOpen, setNoteOpen] = useState(entry.translatorNote !== "");
  const boxId = textBoxId(id);
  const list = source.kind === "note" ? source.list : undefined;
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => props.onKeyDown(id, event);
  return (
    <div className="min-w-0 space-y-2">
      <label htmlFor={boxId} className="sr-only">
        {name} in {localeLabel}
      </label>
      <AutoGrowTextarea
        id={boxId}
        lang={locale}
        value={entry.text}
        readOnly={readOnly}
        aria-describedby={statusId}
        placeholder={readOnly ? "" : status === "untranslated" ? `Translate into ${localeLabel}…` : undefined}
        onChange={(event) => props.onChange(id, { text: event.target.value })}
        onKeyDown={onKeyDown}
        className={cx(TEXT_BOX, textTone(source))}
      />
      {list
        ? list.items.map((item, itemIndex) => (
            <div key={itemIndex} className="grid grid-cols-[1.25rem_1fr] items-start gap-x-1">
              <span aria-hidden="true" className="pt-2 text-muted">
                {list.marker}
              </span>
              <div>
                <label htmlFor={`${boxId}-item-${itemIndex}`} className="sr-only">
                  {name}, item {itemIndex + 1} in {localeLabel}
                </label>
                <AutoGrowTextarea
                  id={`${boxId}-item-${itemIndex}`}
                  lang={locale}
                  value={entry.listItems[itemIndex] ?? ""}
                  readOnly={readOnly}
                  placeholder={readOnly ? "" : item}
                  onChange={(event) => props.onChange(id, { item: { index: itemIndex, text: event.target.value } })}
                  onKeyDown={onKeyDown}
                  className={TEXT_BOX}
                />
              </div>
            </div>
          ))
        : null}
      {noteOpen || entry.translatorNote ? (
        <div className="border-l-4 border-brand/40 pl-3">
          <label htmlFor={`${boxId}-note`} className="block text-sm font-semibold text-ink">
            Translator&apos;s note on {name.charAt(0).toLowerCase() + name.slice(1)}
            {footnote !== undefined ? <span className="ml-1 font-normal text-muted">(footnote {footnote})</span> : null}
          </label>
          <p id={`${boxId}-note-hint`} className="text-xs text-muted">
            Readers see it as a numbered footnote marked as the translator&apos;s{entry.text.trim() ? "" : ", once the block is translated"}.
          </p>
          <AutoGrowTextarea
            id={`${boxId}-note`}
            lang={locale}
            value={entry.translatorNote}
            readOnly={readOnly}
            aria-describedby={`${boxId}-note-hint`}
            onChange={(event) => props.onChange(id, { translatorNote: event.target.value })}
            onKeyDown={onKeyDown}
            className={cx(TEXT_BOX, "mt-1 text-sm")}
          />
        </div>
      ) : !readOnly ? (
        <Button variant="quiet" onClick={() => setNoteOpen(true)}>
          Add a translator&apos;s note
        </Button>
      ) : null}
      {theirs ? (
        <TheirVersion lang={locale} text={theirs.text}>
          {theirs.listItems.length > 0 ? (
            <ul className="mt-1 list-inside list-disc">
              {theirs.listItems.map((item, itemIndex) => (
                <li key={itemIndex} lang={locale}>
                  {item}
                </li>
              ))}
            </ul>
          ) : null}
          {theirs.translatorNote ? <p className="mt-1 text-muted">Translator&apos;s note: {theirs.translatorNote}</p> : null}
        </TheirVersion>
      ) : null}
    </div>
  );
}

export interface FieldRowProps {
  id: string;
  /** "Title", "Summary", "Lede". */
  name: string;
  sourceText: string;
  sourceLocale: string;
  locale: string;
  localeLabel: string;
  value: string;
  status: RowStatus;
  staleSince: StaleSince | null;
  readOnly: boolean;
  theirs: string | null;
  onChange: (id: string, value: string) => void;
  onMarkUpToDate: (id: string) => void;
  onKeyDown: (id: string, event: KeyboardEvent<HTMLElement>) => void;
  onFocusRow: (id: string) => void;
}

/** The title or the summary (lede) beside the original's. */
export const FieldRow = memo(function FieldRow(props: FieldRowProps) {
  const { id, name, status, staleSince, readOnly, locale, localeLabel } = props;
  const boxId = textBoxId(id);
  const statusId = `${boxId}-status`;
  const heading = id === "@title";
  return (
    <RowFrame id={id} status={status} onFocusRow={props.onFocusRow}>
      <div className="min-w-0">
        <p className="mb-1 text-xs font-semibold tracking-wide text-muted uppercase">
          {name}
          {staleSince ? <StaleLabel status={status} lead=" " /> : null}
        </p>
        {staleSince ? (
          <StaleSource
            staleSince={staleSince}
            lang={props.sourceLocale}
            className="space-y-2"
            nowWithoutDiff={<p lang={props.sourceLocale}>{staleSince.newSourceText || <em>(none)</em>}</p>}
          />
        ) : (
          <p lang={props.sourceLocale} className={cx("text-ink", heading && "text-lg font-semibold")}>
            {props.sourceText}
          </p>
        )}
      </div>
      <div className="min-w-0">
        <RowStatusBar id={id} name={name} status={status} statusId={statusId} readOnly={readOnly} onMarkUpToDate={props.onMarkUpToDate} />
        <label htmlFor={boxId} className="sr-only">
          {name} in {localeLabel}
        </label>
        {/* One line of text either way; a long title wraps rather than scrolling out of sight. */}
        <AutoGrowTextarea
          id={boxId}
          lang={locale}
          value={props.value}
          readOnly={readOnly}
          aria-describedby={statusId}
          onChange={(event) => props.onChange(id, event.target.value)}
          onKeyDown={(event) => props.onKeyDown(id, event)}
          className={cx(TEXT_BOX, heading && "text-lg font-semibold")}
        />
        {props.theirs !== null ? <TheirVersion lang={locale} text={props.theirs} className="mt-2" /> : null}
      </div>
    </RowFrame>
  );
});
