import { Fragment } from "react";
import type { Messages } from "@/lib/i18n/messages";
import { documentPath } from "@/lib/public/paths";
import type { SearchResult } from "@/lib/search/search-documents";
import { highlightParts } from "@/lib/search/snippet";
import { OutletMeta, UnofficialMark } from "@/components/public/document-meta";

/** The searched words marked in a text; every piece is React text, never HTML. */
function Highlighted({ text, terms }: { text: string; terms: readonly string[] }) {
  return highlightParts(text, terms).map((part, index) =>
    part.match ? (
      <mark key={index} className="rounded-[2px] bg-amber-100 text-ink">
        {part.text}
      </mark>
    ) : (
      <Fragment key={index}>{part.text}</Fragment>
    ),
  );
}

/** Search results, laid out as the lists are (components/public/document-list.tsx), with the words found marked. */
export function SearchResults({ items, terms, locale, messages: t }: { items: SearchResult[]; terms: readonly string[]; locale: string; messages: Messages }) {
  return (
    <ul role="list" className="document-list divide-y divide-rule border-y border-rule" data-search-results="">
      {items.map((item) => (
        <li key={item.id} className="py-4 sm:grid sm:grid-cols-[7.5rem_1fr] sm:gap-x-6" data-search-result={item.slug}>
          <p className="text-sm tabular-nums text-muted sm:pt-0.5">
            {item.publicDate ? <time dateTime={item.publicDate}>{item.publicDate}</time> : null}
          </p>
          <div className="min-w-0">
            <h2 className="text-[1.0625rem] font-semibold leading-snug">
              <a href={documentPath(locale, item.kind, item.slug)} className="text-ink underline-offset-4 hover:text-brand hover:underline">
                <Highlighted text={item.title} terms={terms} />
              </a>
            </h2>
            {item.snippet ? (
              <p className="mt-1 text-[0.9375rem] text-muted" data-snippet="">
                <Highlighted text={item.snippet} terms={terms} />
              </p>
            ) : null}
            <p className="mt-1.5 flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted">
              <span>{t.kinds[item.kind].one}</span>
              <OutletMeta label={t.article.outlet} outlet={item.outlet} />
              <UnofficialMark label={t.translation.unofficialTitle} translationKind={item.translationKind} />
            </p>
          </div>
        </li>
      ))}
    </ul>
  );
}
