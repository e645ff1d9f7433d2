import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { PaginationNav } from "@/components/public/pagination-nav";
import { PublicPage } from "@/components/public/public-page";
import { messages } from "@/lib/i18n/messages";
import type { SearchParams } from "@/lib/validation/search-params";
import { searchDocuments } from "@/lib/search/search-documents";
import { isCanonicalSearch, parseSearchParams, searchPath, searchQueryString } from "@/lib/search/search-query";
import { everyLanguage, requireSiteLocale } from "../_views/shared";
import { SearchForm } from "./search-form";
import { SearchResults } from "./search-results";

// Every query is its own page: rendered per request and read straight from the database, not through the public
// data cache, whose entries (one per query, on disk) anyone could multiply without bound.
export const dynamic = "force-dynamic";

type Params = Promise<{ locale: string }>;
type Search = Promise<SearchParams>;

export async function generateMetadata({ params, searchParams }: { params: Params; searchParams: Search }): Promise<Metadata> {
  const { locale: requested } = await params;
  const locale = requireSiteLocale(requested);
  const query = parseSearchParams(await searchParams);
  const t = messages(locale);
  const title = query.text ? t.search.titleFor(query.text) : t.search.title;
  return {
    title: query.text && query.page > 1 ? `${title} (${t.pagination.page(query.page)})` : title,
    // Result pages repeat documents indexed at their own address, in endless combinations.
    robots: { index: false, follow: true },
    alternates: { canonical: searchPath(locale, searchQueryString(query)) },
  };
}

export default async function SearchPage({ params, searchParams }: { params: Params; searchParams: Search }) {
  const { locale: requested } = await params;
  const locale = requireSiteLocale(requested);
  const raw = await searchParams;
  const query = parseSearchParams(raw);
  // One address per search: the form's empty kind, stray spaces and unknown parameters go to the clean URL.
  if (!isCanonicalSearch(raw, query)) redirect(searchPath(locale, searchQueryString(query)));

  await connection();
  const results = await searchDocuments({ query: query.text, locale, kind: query.kind, page: query.page });
  const { window, terms } = results;
  if (terms.length > 0 && window.page !== query.page) redirect(searchPath(locale, searchQueryString(query, { page: window.page })));

  const t = messages(locale);
  return (
    <PublicPage
      locale={locale}
      messages={t}
      // Each language searches its own texts: the same words, from the first page.
      languages={everyLanguage((other) => searchPath(other, searchQueryString(query, { page: 1 })))}
      section={null}
    >
      <h1 className="text-[1.75rem] font-bold tracking-tight text-ink sm:text-[2rem]">{t.search.title}</h1>
      <div className="mt-6">
        <SearchForm locale={locale} query={query} messages={t} />
      </div>
      {terms.length === 0 ? (
        <p className="mb-3 text-[0.9375rem] text-muted" data-search-empty="">
          {query.text ? t.search.noWords : t.search.prompt}
        </p>
      ) : window.total === 0 ? (
        <div className="mb-3" data-search-empty="">
          <p className="text-[1.0625rem] font-semibold text-ink" data-search-count={0}>
            {t.search.noResults(query.text)}
          </p>
          <p className="mt-2 max-w-2xl text-[0.9375rem] text-muted">{t.search.tips}</p>
        </div>
      ) : (
        <>
          <p className="mb-3 text-sm text-muted" data-search-count={window.total}>
            <span className="font-semibold text-ink">{t.search.results(window.total, query.text, results.more)}</span>
            {window.pageCount > 1 ? ` · ${t.filters.showing(window.first, window.last, window.total)}` : null}
          </p>
          <SearchResults items={results.items} terms={terms} locale={locale} messages={t} />
        </>
      )}
      <PaginationNav
        page={window.page}
        pageCount={window.pageCount}
        hrefFor={(page) => searchPath(locale, searchQueryString(query, { page }))}
        messages={t}
      />
    </PublicPage>
  );
}
