"use client";

import { memo, useState, type KeyboardEvent, type ReactNode } from "react";
import { AutoGrowTextarea } from "@/components/workspace/body-editor/auto-grow-textarea";
import { ReviewNotesLink } from "@/components/workspace/review-notes/review-notes-link";
import type { BodyLabels } from "@/components/body/document-body";
import { marginMark } from "@/components/body/margin-mark";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { cx } from "@/components/ui/class-names";
import { isMediaBlock, type Block } from "@/lib/body/schema";
import type { RowStatus } from "@/lib/translation/alignment";
import type { StaleSince } from "@/lib/translation/workspace";
import { WordDiffSide } from "./word-diff";
import type { Entry } from "./workspace-state";

export const STATUS_LABELS: Record<RowStatus, string> = {
  untranslated: "Not translated",
  current: "Translated",
  stale: "Needs update",
};

const STATUS_TONES = { untranslated: "neutral", current: "success", stale: "warning" } as const;

export function StatusBadge({ status }: { status: RowStatus }) {
  return <Badge tone={STATUS_TONES[status]}>{STATUS_LABELS[status]}</Badge>;
}

/** The element id of a row's main text box, for moving between rows. */
export function textBoxId(rowId: string): string {
  return `translation-${rowId.replace(/[^A-Za-z0-9_-]/g, "")}`;
}

const TEXT_BOX =
  "block w-full rounded-sm border border-ink/50 bg-white px-3 py-2 text-base leading-relaxed text-ink read-only:border-rule read-only:bg-wash aria-[invalid=true]:border-2 aria-[invalid=true]:border-accent";

export interface RowChange {
  text?: string;
  item?: { index: number; text: string };
  translatorNote?: string;
}

export interface TranslationRowProps {
  id: string;
  index: number;
  name: string;
  source: Block;
  number: number | null;
  sourceLocale: string;
  locale: string;
  localeLabel: string;
  sourceLabels: Pick<BodyLabels, "question" | "answer">;
  labels: Pick<BodyLabels, "question" | "answer">;
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
  const { id, name, source, number, entry, status, staleSince, readOnly, theirs, footnote, locale, localeLabel, openNotes } = props;
  const [noteOpen, setNoteOpen] = useState(entry.translatorNote !== "");
  const boxId = textBoxId(id);
  const statusId = `${boxId}-status`;
  const list = source.kind === "note" ? source.list : undefined;
  const indent = source.kind === "subpoint" ? (source.level - 1) * 1.25 : 0;

  return (
    <div
      data-row={id}
      data-status={status}
      onFocus={() => props.onFocusRow(id)}
      className={cx(
        "grid gap-x-6 gap-y-3 border-t border-rule py-4 lg:grid-cols-2",
        status === "stale" && "bg-amber-50/60 lg:-mx-4 lg:px-4",
      )}
    >
      <div className="min-w-0">
        <div className="mb-1 flex flex-wrap items-center gap-2">
          <p className="flex items-center gap-2 text-xs font-semibold tracking-wide text-muted uppercase">
            <span>{name}</span>
            {staleSince ? (
              <span className={status === "stale" ? "text-amber-900" : "text-green-900"}>
                · changed in the original{status === "stale" ? "" : " — translation updated"}
              </span>
            ) : null}
          </p>
          {openNotes ? <ReviewNotesLink blockId={id} count={openNotes} /> : null}
        </div>
        <div className="grid grid-cols-[2rem_1fr] gap-x-1" style={{ paddingLeft: `${indent}rem` }}>
          <span aria-hidden="true" className={cx("font-semibold", source.kind === "question" ? "text-brand" : "text-muted")}>
            {marginMark(source, number, props.sourceLabels)}
          </span>
          {staleSince ? (
            <StaleSource
              staleSince={staleSince}
              lang={props.sourceLocale}
              className="space-y-2 text-ink"
              nowWithoutDiff={
                <p lang={props.sourceLocale} className="whitespace-pre-line">
                  {staleSince.newSourceText}
                </p>
              }
            />
          ) : (
            <div lang={props.sourceLocale} className={cx("text-ink", source.kind === "question" && "font-semibold", source.kind === "heading" && "text-lg font-semibold")}>
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
          )}
        </div>
      </div>

      <div className="min-w-0">
        <RowStatusBar id={id} name={name} status={status} statusId={statusId} readOnly={readOnly} onMarkUpToDate={props.onMarkUpToDate} />
        <div className="grid grid-cols-[2rem_1fr] gap-x-1" style={{ paddingLeft: `${indent}rem` }}>
          <span aria-hidden="true" className={cx("pt-2 font-semibold", source.kind === "question" ? "text-brand" : "text-muted")}>
            {marginMark(source, number, props.labels)}
          </span>
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
              onKeyDown={(event) => props.onKeyDown(id, event)}
              className={cx(TEXT_BOX, source.kind === "question" && "font-semibold", source.kind === "heading" && "text-lg font-semibold")}
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
                        onKeyDown={(event) => props.onKeyDown(id, event)}
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
                  onKeyDown={(event) => props.onKeyDown(id, event)}
                  className={cx(TEXT_BOX, "mt-1 text-sm")}
                />
              </div>
            ) : !readOnly ? (
              <Button variant="quiet" onClick={() => setNoteOpen(true)}>
                Add a translator&apos;s note
              </Button>
            ) : null}
            {theirs ? (
              <div className="rounded-sm border border-amber-600/50 bg-amber-50 px-3 py-2 text-sm" data-their-version="">
                <p className="font-semibold text-amber-900">Their version</p>
                <p lang={locale}>{theirs.text || <em>(empty)</em>}</p>
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
              </div>
            ) : null}
          </div>
        </div>
      </div>
    </div>
  );
});

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
    <div
      data-row={id}
      data-status={status}
      onFocus={() => props.onFocusRow(id)}
      className={cx("grid gap-x-6 gap-y-3 border-t border-rule py-4 lg:grid-cols-2", status === "stale" && "bg-amber-50/60 lg:-mx-4 lg:px-4")}
    >
      <div className="min-w-0">
        <p className="mb-1 text-xs font-semibold tracking-wide text-muted uppercase">
          {name}
          {staleSince ? (
            <span className={status === "stale" ? "text-amber-900" : "text-green-900"}>
              {" "}
              · changed in the original{status === "stale" ? "" : " — translation updated"}
            </span>
          ) : null}
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
        {props.theirs !== null ? (
          <div className="mt-2 rounded-sm border border-amber-600/50 bg-amber-50 px-3 py-2 text-sm" data-their-version="">
            <p className="font-semibold text-amber-900">Their version</p>
            <p lang={locale}>{props.theirs || <em>(empty)</em>}</p>
          </div>
        ) : null}
      </div>
    </div>
  );
});

/** A row's status, and for a stale row the button that says its translation still holds. */
function RowStatusBar({
  id,
  name,
  status,
  statusId,
  readOnly,
  onMarkUpToDate,
}: {
  id: string;
  name: string;
  status: RowStatus;
  statusId: string;
  readOnly: boolean;
  onMarkUpToDate: (id: string) => void;
}) {
  return (
    <div className="mb-1 flex flex-wrap items-center justify-between gap-2">
      <span id={statusId}>
        <span className="sr-only">{name}: </span>
        <StatusBadge status={status} />
      </span>
      {status === "stale" && !readOnly ? (
        <Button size="sm" variant="secondary" onClick={() => onMarkUpToDate(id)} aria-describedby={statusId}>
          Mark up to date
        </Button>
      ) : null}
    </div>
  );
}

/**
 * A stale row's original: the text now and the text it was translated from, word by word when the history still has
 * both (`nowWithoutDiff` stands for the text now when it does not).
 */
function StaleSource({ staleSince, lang, className, nowWithoutDiff }: { staleSince: StaleSince; lang: string; className: string; nowWithoutDiff: ReactNode }) {
  return (
    <div className={className}>
      <div>
        <p className="text-xs font-semibold text-muted">The original now</p>
        {staleSince.diff ? <WordDiffSide diff={staleSince.diff} side="after" lang={lang} /> : nowWithoutDiff}
      </div>
      <div className="border-l-2 border-rule pl-2 text-sm text-muted">
        <p className="text-xs font-semibold">When it was translated</p>
        {staleSince.diff ? (
          <WordDiffSide diff={staleSince.diff} side="before" lang={lang} />
        ) : (
          <p>The text it was translated from is no longer in the history; compare with the translation.</p>
        )}
      </div>
    </div>
  );
}
