import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { DocumentList } from "@/components/public/document-list";
import { ListFiltersForm } from "@/components/public/list-filters-form";
import { PaginationNav } from "@/components/public/pagination-nav";
import { PublicPage } from "@/components/public/public-page";
import { defaultLocale } from "@/lib/i18n/locales";
import { messages, monthName } from "@/lib/i18n/messages";
import { getDocumentList, getListFilterOptions } from "@/lib/public/document-lists";
import { hasFilters, listQuery, type ListFilters } from "@/lib/public/list-filters";
import { listFiltersOfView, kindOfListSegment } from "@/lib/public/list-views";
import { FeedLinks } from "@/components/public/feed-links";
import { feedMessages } from "@/lib/public/feeds/feed-messages";
import { feedPath, listPath, type PublicKind } from "@/lib/public/paths";
import { siteOrigin } from "@/lib/public/site";
import { subscribePath } from "@/lib/alerts/alert-paths";
import { alertWords } from "@/lib/alerts/alert-words";
import { alternates, everyLanguage, feedAlternates, requireSiteLocale, socialMetadata } from "./shared";

/** The route's parameters: the kind's segment and the canonical query string as one segment (lib/public/list-views.ts). */
export type ListParams = Promise<{ locale: string; kind: string; view: string }>;

/** What a list route asks for; an address the proxy would not have rewritten to is not found. */
async function resolveList(params: ListParams): Promise<{ locale: string; kind: PublicKind; filters: ListFilters }> {
  const { locale: requested, kind: segment, view } = await params;
  const locale = requireSiteLocale(requested);
  const kind = kindOfListSegment(segment);
  const filters = listFiltersOfView(view);
  if (!kind || !filters) notFound();
  return { locale, kind, filters };
}

function heading(kind: PublicKind, locale: string, filters: ListFilters): string {
  const t = messages(locale);
  const parts: string[] = [];
  if (filters.year !== undefined) parts.push(filters.month !== undefined ? `${monthName(filters.month, locale)} ${filters.year}` : String(filters.year));
  if (filters.page > 1) parts.push(t.pagination.page(filters.page));
  return parts.length > 0 ? `${t.kinds[kind].many} (${parts.join(", ")})` : t.kinds[kind].many;
}

export async function listMetadata(params: ListParams): Promise<Metadata> {
  const { locale, kind, filters } = await resolveList(params);
  const t = messages(locale);
  const query = listQuery(filters);
  const title = heading(kind, locale, filters);
  const description = `${t.kinds[kind].many} — ${t.site.ministry}, ${t.site.country}.`;
  return {
    title,
    description,
    alternates: {
      ...alternates(listPath(locale, kind, query), everyLanguage((other) => listPath(other, kind, query)), defaultLocale()),
      // The feeds of what this list shows (its country, topic or person), whatever page or date range is open.
      types: feedAlternates(locale, kind, filters, `${t.kinds[kind].many} — ${t.site.ministry}`),
    },
    ...socialMetadata({ title, description, url: new URL(listPath(locale, kind, query), siteOrigin()).href, locale, siteName: t.site.ministry }),
    // Filtered views are the same documents again; only the plain list (and its pages) should be indexed.
    robots: hasFilters(filters) ? { index: false, follow: true } : undefined,
  };
}

/** The subscribe page with what this list shows already ticked. */
function alertQuery(kind: PublicKind, filters: ListFilters): string {
  const query = new URLSearchParams({ kind });
  if (filters.topic) query.set("topic", filters.topic);
  if (filters.country) query.set("country", filters.country);
  return `?${query.toString()}`;
}

export async function ListView({ params }: { params: ListParams }) {
  const { locale, kind, filters } = await resolveList(params);
  const [list, options] = await Promise.all([getDocumentList(kind, locale, filters), getListFilterOptions(kind, locale)]);
  if (list.window.page !== filters.page) redirect(listPath(locale, kind, listQuery(filters, { page: list.window.page })));

  const t = messages(locale);
  const { window } = list;
  const query = listQuery(filters);
  return (
    <PublicPage locale={locale} messages={t} languages={everyLanguage((other) => listPath(other, kind, query))} section={kind}>
      <div className="flex flex-wrap items-baseline justify-between gap-x-6 gap-y-2">
        <h1 className="text-[1.75rem] font-bold tracking-tight text-ink sm:text-[2rem]">{t.kinds[kind].many}</h1>
        <a href={subscribePath(locale, alertQuery(kind, filters))} className="no-print text-sm text-brand underline underline-offset-2" data-alerts-link="">
          {alertWords(locale).listLink(t.kinds[kind].many)}
        </a>
      </div>
      <div className="mt-6">
        <ListFiltersForm action={listPath(locale, kind)} filters={filters} options={options} locale={locale} messages={t} />
      </div>
      <p className="mb-3 text-sm text-muted" data-list-count={window.total}>
        {window.total > 0
          ? `${t.filters.results(window.total, t.kinds[kind])} · ${t.filters.showing(window.first, window.last, window.total)}`
          : hasFilters(filters)
            ? t.filters.noResults
            : t.kinds[kind].none}
      </p>
      {list.items.length > 0 ? <DocumentList items={list.items} locale={locale} messages={t} headingLevel={2} /> : null}
      <PaginationNav
        page={window.page}
        pageCount={window.pageCount}
        hrefFor={(page) => listPath(locale, kind, listQuery(filters, { page }))}
        messages={t}
      />
      <FeedLinks atomHref={feedPath(locale, kind, "atom", filters)} rssHref={feedPath(locale, kind, "rss", filters)} messages={feedMessages(locale)} />
    </PublicPage>
  );
}
