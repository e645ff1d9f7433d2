// THE block renderer: the public page, the preview and the editor all show a body through this component.
// No hooks and no "use client", so it renders on the server and inside client components alike.
import type { ReactNode } from "react";
import { splitLinks } from "@/lib/body/links";
import { messages, type BodyLabelsMessages } from "@/lib/i18n/messages";
import type { Block, MediaBlock, NoteBlock, NoteList, QuestionBlock, AnswerBlock, SubpointBlock, TextBlock } from "@/lib/body/schema";
import { paragraphAnchorId, type ParagraphAnchors } from "@/lib/body/paragraph-anchors";
import type { MediaViews } from "@/lib/media/media-view";
import { Attachment, Photo } from "./media-blocks";
import { deriveNumbers } from "@/lib/body/structure";
import { numberFootnotes, type Footnote } from "@/lib/translation/footnotes";

export type BodyLabels = BodyLabelsMessages;

export const ENGLISH_BODY_LABELS: BodyLabels = messages("en").body;

export interface DocumentBodyProps {
  body: readonly Block[];
  labels?: BodyLabels;
  /** Prefix for element ids (block anchors, notes), so two bodies can share a page (a preview beside the editor). */
  idPrefix?: string;
  /** Level of the body's own headings; the page title is the h1. */
  headingLevel?: 2 | 3 | 4;
  /**
   * The public page's paragraph anchors (lib/body/paragraph-anchors.ts): each numbered paragraph gets the id
   * `p<anchor>` and its number links to it. Without them (preview, editor) paragraphs are named by block id.
   */
  anchors?: ParagraphAnchors;
  /** The photos and files the body shows, resolved for this reader (lib/media/media-views.ts); one missing is left out. */
  media?: MediaViews;
  /** The reader's language, for the names of the languages files are written in. */
  locale?: string;
}

type SubpointNode = { block: SubpointBlock; children: SubpointNode[] };

type Group =
  | { kind: "numbered"; block: Extract<Block, { kind: "numbered" }>; number: number; children: Group[] }
  | { kind: "subpoints"; nodes: SubpointNode[] }
  | { kind: "note"; block: NoteBlock }
  | { kind: "qa"; question: QuestionBlock | null; answers: AnswerBlock[] }
  | { kind: "heading"; block: Extract<Block, { kind: "heading" }> }
  | { kind: "paragraph"; block: Extract<Block, { kind: "paragraph" }> }
  | { kind: "media"; block: MediaBlock };

/**
 * Turns the flat block list into what a reader sees: sub-points and notes hang under the numbered paragraph before
 * them, runs of sub-points nest by level, a question gathers the answer paragraphs after it.
 */
export function groupBlocks(body: readonly Block[]): Group[] {
  const numbers = deriveNumbers(body as Block[]);
  const top: Group[] = [];
  let section: Extract<Group, { kind: "numbered" }> | null = null;
  const container = () => (section ? section.children : top);

  for (const block of body) {
    switch (block.kind) {
      case "numbered":
        section = { kind: "numbered", block, number: numbers.get(block.id) ?? 0, children: [] };
        top.push(section);
        break;
      case "subpoint": {
        const groups = container();
        const last = groups.at(-1);
        if (last?.kind === "subpoints") addSubpoint(last.nodes, block);
        else groups.push({ kind: "subpoints", nodes: [{ block, children: [] }] });
        break;
      }
      case "note":
        container().push({ kind: "note", block });
        break;
      case "question":
        section = null;
        top.push({ kind: "qa", question: block, answers: [] });
        break;
      case "answer": {
        section = null;
        const last = top.at(-1);
        if (last?.kind === "qa") last.answers.push(block);
        else top.push({ kind: "qa", question: null, answers: [block] });
        break;
      }
      case "heading":
        section = null;
        top.push({ kind: "heading", block });
        break;
      case "paragraph":
        section = null;
        top.push({ kind: "paragraph", block });
        break;
      case "image":
      case "attachment":
        // A photo or file stands in the current numbered paragraph, like a note; elsewhere on its own.
        container().push({ kind: "media", block });
        break;
    }
  }
  return top;
}

// A sub-point one level deeper than the previous hangs under it; a shallower one goes back up.
function addSubpoint(nodes: SubpointNode[], block: SubpointBlock): void {
  let siblings = nodes;
  for (let level = 1; level < block.level; level++) {
    const parent = siblings.at(-1);
    if (!parent) break;
    siblings = parent.children;
  }
  siblings.push({ block, children: [] });
}

interface RenderContext {
  labels: BodyLabels;
  idPrefix: string;
  headingLevel: 2 | 3 | 4;
  noteNumbers: Map<string, number>;
  anchors: ParagraphAnchors | undefined;
  media: MediaViews;
  locale: string;
}

export function DocumentBody({ body, labels = ENGLISH_BODY_LABELS, idPrefix = "", headingLevel = 2, anchors, media = {}, locale = "en" }: DocumentBodyProps) {
  // Numbered as the translation workspace and the side-by-side view number them (lib/translation/footnotes.ts).
  const footnotes = numberFootnotes(body);
  const context: RenderContext = { labels, idPrefix, headingLevel, noteNumbers: new Map(Object.entries(footnotes.byBlock)), anchors, media, locale };
  return (
    <div className="document-body" data-body="">
      {groupBlocks(body).map((group, index) => renderGroup(group, context, index))}
      <TranslatorNotes notes={footnotes.notes} labels={labels} idPrefix={idPrefix} className="mt-10" />
    </div>
  );
}

function renderGroup(group: Group, context: RenderContext, index: number): ReactNode {
  const { idPrefix } = context;
  switch (group.kind) {
    case "numbered": {
      const anchor = context.anchors?.[group.block.id];
      const anchorId = anchor === undefined ? null : `${idPrefix}${paragraphAnchorId(anchor)}`;
      return (
        <div
          key={group.block.id}
          id={anchorId ?? `${idPrefix}b-${group.block.id}`}
          data-block="numbered"
          data-number={group.number}
          className="numbered mt-5 grid grid-cols-[2rem_1fr] gap-x-1 first:mt-0 sm:grid-cols-[2.25rem_1fr]"
        >
          <span className="numbered-number tabular-nums font-semibold text-ink">
            {anchorId ? (
              <a href={`#${anchorId}`} className="paragraph-link no-underline hover:underline" title={context.labels.paragraphLink}>
                {group.number}.
              </a>
            ) : (
              `${group.number}.`
            )}
          </span>
          <div className="min-w-0">
            <p>
              <BodyText block={group.block} context={context} />
            </p>
            {group.children.map((child, childIndex) => renderGroup(child, context, childIndex))}
          </div>
        </div>
      );
    }
    case "subpoints":
      return <SubpointList key={group.nodes[0]?.block.id ?? index} nodes={group.nodes} context={context} />;
    case "note":
      return <Note key={group.block.id} block={group.block} context={context} />;
    case "qa":
      return (
        <div key={group.question?.id ?? group.answers[0]?.id ?? index} data-qa="" className="qa mt-8 first:mt-0">
          {group.question ? (
            <div
              id={`${idPrefix}b-${group.question.id}`}
              data-block="question"
              className="question grid grid-cols-[2rem_1fr] gap-x-1 border-l-4 border-brand bg-wash py-3 pr-4 pl-3 font-semibold text-ink"
            >
              <span className="qa-label text-brand">
                {context.labels.question}
              </span>
              <p>
                <BodyText block={group.question} context={context} />
              </p>
            </div>
          ) : null}
          {group.answers.map((answer, answerIndex) => (
            <div
              key={answer.id}
              id={`${idPrefix}b-${answer.id}`}
              data-block="answer"
              className="answer mt-3 grid grid-cols-[2rem_1fr] gap-x-1 pl-4"
            >
              <span className="qa-label font-semibold text-muted">{answerIndex === 0 ? context.labels.answer : ""}</span>
              <p>
                <BodyText block={answer} context={context} />
              </p>
            </div>
          ))}
        </div>
      );
    case "heading": {
      const Heading = `h${context.headingLevel}` as const;
      return (
        <Heading
          key={group.block.id}
          id={`${idPrefix}b-${group.block.id}`}
          data-block="heading"
          className="mt-10 mb-3 text-xl font-semibold text-ink first:mt-0"
        >
          <BodyText block={group.block} context={context} />
        </Heading>
      );
    }
    case "paragraph":
      return (
        <p key={group.block.id} id={`${idPrefix}b-${group.block.id}`} data-block="paragraph" className="mt-5 first:mt-0">
          <BodyText block={group.block} context={context} />
        </p>
      );
    case "media": {
      const view = context.media[group.block.mediaId];
      const id = `${idPrefix}b-${group.block.id}`;
      if (group.block.kind === "image") {
        return view?.kind === "image" ? <Photo key={group.block.id} id={id} image={view} labels={context.labels} /> : null;
      }
      return view?.kind === "document" ? (
        <Attachment key={group.block.id} id={id} file={view} labels={context.labels} readerLocale={context.locale} />
      ) : null;
    }
  }
}

function SubpointList({ nodes, context }: { nodes: SubpointNode[]; context: RenderContext }) {
  return (
    <ul role="list" className="subpoints mt-3 space-y-2">
      {nodes.map((node) => (
        <li
          key={node.block.id}
          id={`${context.idPrefix}b-${node.block.id}`}
          data-block="subpoint"
          data-level={node.block.level}
          data-marker={node.block.marker}
          className="grid grid-cols-[1.25rem_1fr] gap-x-1"
        >
          <span className="subpoint-marker text-muted" aria-hidden="true">
            {node.block.marker}
          </span>
          <div className="min-w-0">
            <p>
              <BodyText block={node.block} context={context} />
            </p>
            {node.children.length > 0 ? <SubpointList nodes={node.children} context={context} /> : null}
          </div>
        </li>
      ))}
    </ul>
  );
}

function Note({ block, context }: { block: NoteBlock; context: RenderContext }) {
  return (
    <div
      id={`${context.idPrefix}b-${block.id}`}
      role="note"
      data-block="note"
      className="note mt-3 grid grid-cols-[1.25rem_1fr] gap-x-1 text-[0.9375rem] text-ink/90"
    >
      <span aria-hidden="true" className="text-muted">
        ※
      </span>
      <div className="min-w-0">
        <p>
          <BodyText block={block} context={context} />
        </p>
        {block.list ? <NoteListItems list={block.list} /> : null}
      </div>
    </div>
  );
}

// BlockText with this body's labels and note numbers.
function BodyText({ block, context }: { block: TextBlock; context: RenderContext }) {
  return <BlockText block={block} labels={context.labels} idPrefix={context.idPrefix} footnote={context.noteNumbers.get(block.id)} />;
}

/**
 * A block's own text as the reader sees it: a note's spoken label, the text, and the reference mark of its translator's
 * note (`footnote`, numbered by lib/translation/footnotes.ts) when it has one.
 */
export function BlockText({ block, labels, idPrefix, footnote }: { block: TextBlock; labels: BodyLabels; idPrefix: string; footnote: number | undefined }) {
  return (
    <>
      {block.kind === "note" ? <span className="sr-only">{labels.note}: </span> : null}
      <Text text={block.text} />
      {footnote === undefined ? null : (
        <sup className="ml-0.5">
          <a id={`${idPrefix}tn-ref-${footnote}`} href={`#${idPrefix}tn-${footnote}`} className="text-brand underline underline-offset-2" aria-label={`${labels.translatorNote} ${footnote}`}>
            {footnote}
          </a>
        </sup>
      )}
    </>
  );
}

/** The lines a ※ note lists under its text. */
export function NoteListItems({ list }: { list: NoteList }) {
  return (
    <ul role="list" className="mt-1 space-y-1">
      {list.items.map((item, index) => (
        <li key={index} data-note-item="" className="grid grid-cols-[1.25rem_1fr] gap-x-1">
          <span aria-hidden="true" className="text-muted">
            {list.marker}
          </span>
          <span className="min-w-0">
            <Text text={item} />
          </span>
        </li>
      ))}
    </ul>
  );
}

/** The translator's notes at the end of a body, each linking back to its mark in the text. */
export function TranslatorNotes({
  notes,
  labels,
  idPrefix,
  className,
  lang,
}: {
  notes: readonly Footnote[];
  labels: BodyLabels;
  idPrefix: string;
  /** Space above, which differs between the article and the side-by-side view. */
  className: string;
  lang?: string;
}) {
  if (notes.length === 0) return null;
  return (
    <aside lang={lang} className={`${className} border-t border-rule pt-4 text-[0.9375rem]`} aria-labelledby={`${idPrefix}translator-notes`}>
      <h2 id={`${idPrefix}translator-notes`} className="text-base font-semibold">
        {labels.translatorNotes}
      </h2>
      <ol className="mt-2 space-y-2" role="list">
        {notes.map(({ number, text }) => (
          <li key={number} id={`${idPrefix}tn-${number}`} data-translator-note={number} className="grid grid-cols-[1.75rem_1fr] gap-x-1">
            <span className="tabular-nums text-muted">{number}.</span>
            <p>
              <span className="font-semibold">{labels.translatorNote}: </span>
              <Text text={text} />{" "}
              <a href={`#${idPrefix}tn-ref-${number}`} className="text-brand underline underline-offset-2 no-print" aria-label={labels.backToText}>
                ↩
              </a>
            </p>
          </li>
        ))}
      </ol>
    </aside>
  );
}

/** User text as React text; only http(s) addresses become links. */
export function Text({ text }: { text: string }) {
  return (
    <>
      {splitLinks(text).map((segment, index) =>
        segment.kind === "link" ? (
          <a key={index} href={segment.href} rel="noopener noreferrer" className="break-words text-brand underline underline-offset-2">
            {segment.text}
          </a>
        ) : (
          segment.text
        ),
      )}
    </>
  );
}
