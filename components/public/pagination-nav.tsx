import type { Messages } from "@/lib/i18n/messages";
import { pageLinks } from "@/lib/public/pagination";

/** Previous, numbered and next page links; `hrefFor(page)` builds each address (keeping the filters). */
export function PaginationNav({
  page,
  pageCount,
  hrefFor,
  messages: t,
}: {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
  messages: Messages;
}) {
  if (pageCount <= 1) return null;
  const link = "flex h-10 min-w-10 items-center justify-center rounded-sm border border-rule px-3 text-sm font-semibold";
  return (
    <nav aria-label={t.pagination.label} className="pagination mt-8">
      <p className="sr-only">{t.pagination.pageOf(page, pageCount)}</p>
      <ul role="list" className="flex flex-wrap items-center gap-1.5">
        {page > 1 ? (
          <li>
            <a href={hrefFor(page - 1)} rel="prev" className={`${link} text-brand hover:bg-wash`}>
              <span aria-hidden="true">‹&nbsp;</span>
              {t.pagination.previous}
            </a>
          </li>
        ) : null}
        {pageLinks(page, pageCount).map((item) =>
          item.kind === "gap" ? (
            <li key={item.key} aria-hidden="true" className="px-1 text-muted">
              …
            </li>
          ) : (
            <li key={item.page}>
              {item.current ? (
                <a aria-current="page" href={hrefFor(item.page)} aria-label={t.pagination.page(item.page)} className={`${link} border-brand bg-brand text-white`}>
                  {item.page}
                </a>
              ) : (
                <a href={hrefFor(item.page)} aria-label={t.pagination.page(item.page)} className={`${link} text-ink hover:bg-wash`}>
                  {item.page}
                </a>
              )}
            </li>
          ),
        )}
        {page < pageCount ? (
          <li>
            <a href={hrefFor(page + 1)} rel="next" className={`${link} text-brand hover:bg-wash`}>
              {t.pagination.next}
              <span aria-hidden="true">&nbsp;›</span>
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
