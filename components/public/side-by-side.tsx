import type { ReactNode } from "react";
import { Text, type BodyLabels } from "@/components/body/document-body";
import type { Block } from "@/lib/content/body/schema";
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
      {footnotes.notes.length > 0 ? (
        <aside lang={translation.locale} className="mt-8 border-t border-rule pt-4 text-[0.9375rem]" aria-labelledby="sbs-translator-notes">
          <h2 id="sbs-translator-notes" className="text-base font-semibold">
            {translation.labels.translatorNotes}
          </h2>
          <ol className="mt-2 space-y-2" role="list">
            {footnotes.notes.map((note) => (
              <li key={note.number} id={`sbs-tn-${note.number}`} data-translator-note={note.number} className="grid grid-cols-[1.75rem_1fr] gap-x-1">
                <span className="tabular-nums text-muted">{note.number}.</span>
                <p>
                  <span className="font-semibold">{translation.labels.translatorNote}: </span>
                  <Text text={note.text} />{" "}
                  <a href={`#sbs-tn-ref-${note.number}`} className="no-print text-brand underline underline-offset-2" aria-label={translation.labels.backToText}>
                    ↩
                  </a>
                </p>
              </li>
            ))}
          </ol>
        </aside>
      ) : null}
    </div>
  );
}

function Missing({ text }: { text: string }) {
  return <p className="text-sm text-muted italic">{text}</p>;
}

function mark(block: Block, number: number | null, labels: BodyLabels): string {
  switch (block.kind) {
    case "numbered":
      return number === null ? "" : `${number}.`;
    case "subpoint":
      return block.marker;
    case "note":
      return "※";
    case "question":
      return labels.question;
    case "answer":
      return labels.answer;
    default:
      return "";
  }
}

function PairedBlock({ block, number, labels, footnote }: { block: Block; number: number | null; labels: BodyLabels; footnote?: number }) {
  const margin = mark(block, number, labels);
  const indent = block.kind === "subpoint" ? `${(block.level - 1) * 1.25}rem` : undefined;
  const ref =
    footnote !== undefined ? (
      <sup className="ml-0.5">
        <a
          id={`sbs-tn-ref-${footnote}`}
          href={`#sbs-tn-${footnote}`}
          className="text-brand underline underline-offset-2"
          aria-label={`${labels.translatorNote} ${footnote}`}
        >
          {footnote}
        </a>
      </sup>
    ) : null;
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
          {block.kind === "note" ? <span className="sr-only">{labels.note}: </span> : null}
          <Text text={block.text} />
          {ref}
        </p>
        {block.kind === "note" && block.list ? (
          <ul role="list" className="mt-1 space-y-1">
            {block.list.items.map((item, index) => (
              <li key={index} className="grid grid-cols-[1.25rem_1fr] gap-x-1">
                <span aria-hidden="true" className="text-muted">
                  {block.list?.marker}
                </span>
                <span className="min-w-0">
                  <Text text={item} />
                </span>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </div>
  );
}
