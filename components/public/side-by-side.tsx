import type { ReactNode } from "react";
import { BlockText, NoteListItems, TranslatorNotes, type BodyLabels } from "@/components/body/document-body";
import { readerMark } from "@/components/body/margin-mark";
import { isMediaBlock, type Block } from "@/lib/body/schema";
import type { SideBySideRow } from "@/lib/public/side-by-side";
import type { TranslationMessages } from "@/lib/public/translation-messages";
import type { Footnotes } from "@/lib/translation/footnotes";

export interface SideBySideText {
  locale: string;
  /** The language named for the reader ("Korean (한국어)"). */
  languageName: string;
  title: string;
  summary: string;
  labels: BodyLabels;
}

/**
 * The original and its translation, block by block: two columns on wide screens, each original block followed by its
 * translation on phones. Numbers, markers and Q/A labels stand in the margin of both; the translator's notes are
 * numbered as on the translated page and listed at the end.
 */
export function SideBySide({
  original,
  translation,
  rows,
  footnotes,
  messages: tm,
}: {
  original: SideBySideText;
  translation: SideBySideText;
  rows: SideBySideRow[];
  footnotes: Footnotes;
  messages: TranslationMessages;
}) {
  const pair = (key: string, left: ReactNode, right: ReactNode, kind?: string) => (
    <div key={key} className="side-by-side-row grid gap-x-8 gap-y-2 border-t border-rule py-4 md:grid-cols-2" data-pair={kind ?? ""}>
      <div lang={original.locale} className="min-w-0">
        <p className="mb-1 text-xs font-semibold text-muted md:sr-only">{tm.originalColumn(original.languageName)}</p>
        {left}
      </div>
      <div lang={translation.locale} className="min-w-0 border-l-4 border-brand/20 pl-3 md:border-l-0 md:pl-0">
        <p className="mb-1 text-xs font-semibold text-muted md:sr-only">{tm.translationColumn(translation.languageName)}</p>
        {right}
      </div>
    </div>
  );

  return (
    <div className="side-by-side text-[1.0625rem] text-ink" data-side-by-side="">
      <div aria-hidden="true" className="hidden gap-x-8 border-b-2 border-ink/70 pb-2 text-sm font-semibold md:grid md:grid-cols-2">
        <p>{tm.originalColumn(original.languageName)}</p>
        <p>{tm.translationColumn(translation.languageName)}</p>
      </div>
      {pair(
        "title",
        <p className="text-lg font-bold leading-snug">{original.title}</p>,
        <p className="text-lg font-bold leading-snug">{translation.title}</p>,
        "title",
      )}
      {original.summary || translation.summary
        ? pair("summary", <p className="border-l-4 border-rule pl-3">{original.summary}</p>, <p className="border-l-4 border-rule pl-3">{translation.summary}</p>, "summary")
        : null}
      {rows.map((row) =>
        pair(
          row.key,
          row.original ? <PairedBlock block={row.original} number={row.number} labels={original.labels} /> : <Missing text={tm.notInOriginal} />,
          row.translation ? (
            <PairedBlock block={row.translation} number={row.number} labels={translation.labels} footnote={footnotes.byBlock[row.translation.id]} />
          ) : (
            <Missing text={tm.notInTranslation} />
          ),
          row.original?.kind ?? row.translation?.kind,
        ),
      )}
      <TranslatorNotes notes={footnotes.notes} labels={translation.labels} idPrefix="sbs-" className="mt-8" lang={translation.locale} />
    </div>
  );
}

function Missing({ text }: { text: string }) {
  return <p className="text-sm text-muted italic">{text}</p>;
}

function PairedBlock({ block, number, labels, footnote }: { block: Block; number: number | null; labels: BodyLabels; footnote?: number }) {
  // Photos and files are the same on both sides: the article shows them; the comparison is of the words.
  if (isMediaBlock(block)) return null;
  const margin = readerMark(block, number, labels) ?? "";
  const indent = block.kind === "subpoint" ? `${(block.level - 1) * 1.25}rem` : undefined;
  return (
    <div
      data-block={block.kind}
      className={
        block.kind === "question"
          ? "grid grid-cols-[2rem_1fr] gap-x-1 border-l-4 border-brand bg-wash py-2 pr-3 pl-2 font-semibold"
          : "grid grid-cols-[2rem_1fr] gap-x-1"
      }
      style={indent ? { paddingLeft: indent } : undefined}
    >
      <span aria-hidden={block.kind === "note" || block.kind === "subpoint" ? true : undefined} className={block.kind === "question" ? "text-brand" : "font-semibold text-muted"}>
        {margin}
      </span>
      <div className={block.kind === "heading" ? "min-w-0 text-lg font-semibold" : "min-w-0"}>
        <p>
          <BlockText block={block} labels={labels} idPrefix="sbs-" footnote={footnote} />
        </p>
        {block.kind === "note" && block.list ? <NoteListItems list={block.list} /> : null}
      </div>
    </div>
  );
}
