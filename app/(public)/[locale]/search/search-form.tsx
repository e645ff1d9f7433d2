import type { Messages } from "@/lib/i18n/messages";
import { KIND_SEGMENTS, PUBLIC_KINDS } from "@/lib/public/paths";
import { MAX_QUERY_LENGTH, searchPath, type SearchQuery } from "@/lib/search/search-query";

/** The results page's own search form, filled in with the search shown; a GET form, so it works without JavaScript. */
export function SearchForm({ locale, query, messages: t }: { locale: string; query: SearchQuery; messages: Messages }) {
  const field = "flex min-w-0 flex-col gap-1 text-sm";
  const control = "h-10 w-full min-w-0 rounded-sm border border-muted bg-white px-2 text-[0.9375rem] text-ink focus-visible:border-brand";
  return (
    <form
      role="search"
      method="get"
      action={searchPath(locale)}
      aria-label={t.search.again}
      className="mb-6 rounded-sm border border-rule bg-wash p-4 print:hidden"
    >
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <label className={`${field} flex-1`}>
          <span>{t.search.field}</span>
          <input type="search" name="q" defaultValue={query.text} maxLength={MAX_QUERY_LENGTH} enterKeyHint="search" className={`${control} px-3`} />
        </label>
        <label className={`${field} sm:w-60`}>
          <span>{t.search.kind}</span>
          <select name="kind" defaultValue={query.kind ? KIND_SEGMENTS[query.kind] : ""} className={control}>
            <option value="">{t.search.anyKind}</option>
            {PUBLIC_KINDS.map((kind) => (
              <option key={kind} value={KIND_SEGMENTS[kind]}>
                {t.kinds[kind].many}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="h-10 shrink-0 rounded-sm bg-brand px-6 text-[0.9375rem] font-semibold text-white hover:bg-brand-dark">
          {t.search.submit}
        </button>
      </div>
    </form>
  );
}
