import type { Messages } from "@/lib/i18n/messages";
import type { RelatedDocument } from "@/lib/public/document-page";
import { documentPath } from "@/lib/public/paths";

export function RelatedDocuments({ items, locale, messages: t }: { items: RelatedDocument[]; locale: string; messages: Messages }) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="related-heading" className="related-documents mt-10" data-related="">
      <h2 id="related-heading" className="text-lg font-semibold text-ink">
        {t.article.related}
      </h2>
      <ul role="list" className="mt-3 divide-y divide-rule border-y border-rule">
        {items.map((item) => (
          <li key={item.slug} className="flex flex-col gap-0.5 py-3 sm:flex-row sm:gap-6">
            <span className="shrink-0 text-sm tabular-nums text-muted sm:w-28">
              {item.publicDate ? <time dateTime={item.publicDate}>{item.publicDate}</time> : null}
            </span>
            <a
              href={documentPath(item.locale, item.kind, item.slug)}
              lang={item.locale === locale ? undefined : item.locale}
              hrefLang={item.locale === locale ? undefined : item.locale}
              className="font-semibold text-brand underline-offset-4 hover:underline"
            >
              {item.title}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
