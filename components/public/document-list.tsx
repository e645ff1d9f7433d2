import type { Messages } from "@/lib/i18n/messages";
import { formatCount } from "@/lib/i18n/messages";
import type { ListedDocument } from "@/lib/public/document-lists";
import { languageNameFor } from "@/lib/i18n/locale-names";
import { documentPath } from "@/lib/public/paths";
import { translationMessages } from "@/lib/public/translation-messages";
import { variantUrl, widthsFor } from "@/lib/media/media-view";
import { OutletMeta, UnofficialMark } from "@/components/public/document-meta";

export function DocumentList({
  items,
  locale,
  messages: t,
  headingLevel = 2,
  showSummary = true,
  showViews = true,
  compact = false,
}: {
  items: ListedDocument[];
  locale: string;
  messages: Messages;
  headingLevel?: 2 | 3;
  showSummary?: boolean;
  showViews?: boolean;
  /** Date above the title instead of beside it (a narrow column). */
  compact?: boolean;
}) {
  const Heading = `h${headingLevel}` as const;
  return (
    <ul role="list" className="document-list divide-y divide-rule border-y border-rule" data-document-list="">
      {items.map((item) => (
        <li
          key={item.id}
          className={compact ? "py-4" : "py-4 sm:grid sm:grid-cols-[7.5rem_1fr] sm:gap-x-6"}
          data-document-item={item.slug}
        >
          <p className="text-sm tabular-nums text-muted sm:pt-0.5">
            {item.publicDate ? <time dateTime={item.publicDate}>{item.publicDate}</time> : null}
          </p>
          <div className="min-w-0">
            {item.leadImage ? (
              // Decorative beside the title that names the document; the article shows it with its alt text and caption.
              // eslint-disable-next-line @next/next/no-img-element -- sized variants come from the media library
              <img
                src={variantUrl(item.leadImage, widthsFor(item.leadImage.width)[0]!, "webp")}
                alt=""
                width={112}
                height={Math.round((112 * item.leadImage.height) / Math.max(1, item.leadImage.width))}
                loading="lazy"
                className="float-right ml-4 h-auto w-28 border border-rule"
                data-lead-image=""
              />
            ) : null}
            <Heading className="text-[1.0625rem] font-semibold leading-snug">
              {/* Not translated yet: the original, in its own language, at its own address. */}
              <a
                href={documentPath(item.locale, item.kind, item.slug)}
                {...(item.untranslated ? { lang: item.locale, hrefLang: item.locale } : {})}
                className="text-ink underline-offset-4 hover:text-brand hover:underline"
              >
                {item.title}
              </a>
            </Heading>
            {showSummary && item.summary ? (
              <p lang={item.untranslated ? item.locale : undefined} className="mt-1 line-clamp-2 text-[0.9375rem] text-muted">
                {item.summary}
              </p>
            ) : null}
            <p className="mt-1.5 flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted">
              <OutletMeta label={t.article.outlet} outlet={item.outlet} />
              {showViews ? (
                <span>
                  {t.article.views} {formatCount(item.viewCount, locale)}
                </span>
              ) : null}
              {item.untranslated ? (
                <span className="rounded-sm border border-rule px-1.5 text-ink" data-untranslated="">
                  {translationMessages(locale).notYetTranslated(languageNameFor(item.locale, locale))}
                </span>
              ) : null}
              <UnofficialMark label={t.translation.unofficialTitle} translationKind={item.translationKind} />
            </p>
          </div>
        </li>
      ))}
    </ul>
  );
}
