import type { Messages } from "@/lib/i18n/messages";
import { monthName } from "@/lib/i18n/messages";
import type { ListFilterOptions } from "@/lib/public/document-lists";
import type { ListFilters } from "@/lib/public/list-filters";

/**
 * A GET form: it works without JavaScript, and a filtered list has an address one can bookmark or share.
 * Country and topic appear once editors have tagged documents with them.
 */
export function ListFiltersForm({
  action,
  filters,
  options,
  locale,
  messages: t,
}: {
  action: string;
  filters: ListFilters;
  options: ListFilterOptions;
  locale: string;
  messages: Messages;
}) {
  const field = "flex flex-col gap-1 text-sm";
  const select =
    "h-10 w-full min-w-0 rounded-sm border border-muted bg-white px-2 text-[0.9375rem] text-ink focus-visible:border-brand";
  // Keep a filter value the options no longer list (an old link), so the form shows what the list shows.
  const years = filters.year !== undefined && !options.years.includes(filters.year) ? [filters.year, ...options.years] : options.years;
  return (
    <form method="get" action={action} className="list-filters mb-6 rounded-sm border border-rule bg-wash p-4">
      <fieldset>
        <legend className="mb-3 text-sm font-semibold text-ink">{t.filters.legend}</legend>
        <div className="grid grid-cols-2 gap-3 sm:grid-cols-4 lg:flex lg:flex-wrap lg:items-end">
          <label className={`${field} lg:w-32`}>
            <span>{t.filters.year}</span>
            <select name="year" defaultValue={filters.year ?? ""} className={select}>
              <option value="">{t.filters.anyYear}</option>
              {years.map((year) => (
                <option key={year} value={year}>
                  {year}
                </option>
              ))}
            </select>
          </label>
          <label className={`${field} lg:w-36`}>
            <span>{t.filters.month}</span>
            <select name="month" defaultValue={filters.month ?? ""} className={select}>
              <option value="">{t.filters.anyMonth}</option>
              {Array.from({ length: 12 }, (_, index) => index + 1).map((month) => (
                <option key={month} value={month}>
                  {monthName(month, locale)}
                </option>
              ))}
            </select>
          </label>
          {options.countries.length > 0 || filters.country ? (
            <label className={`${field} lg:w-48`}>
              <span>{t.filters.country}</span>
              <select name="country" defaultValue={filters.country ?? ""} className={select}>
                <option value="">{t.filters.anyCountry}</option>
                {options.countries.map((country) => (
                  <option key={country.code} value={country.code}>
                    {country.name}
                  </option>
                ))}
                {filters.country && !options.countries.some((country) => country.code === filters.country) ? (
                  <option value={filters.country}>{filters.country}</option>
                ) : null}
              </select>
            </label>
          ) : null}
          {options.topics.length > 0 || filters.topic ? (
            <label className={`${field} lg:w-48`}>
              <span>{t.filters.topic}</span>
              <select name="topic" defaultValue={filters.topic ?? ""} className={select}>
                <option value="">{t.filters.anyTopic}</option>
                {options.topics.map((topic) => (
                  <option key={topic.slug} value={topic.slug}>
                    {topic.name}
                  </option>
                ))}
                {filters.topic && !options.topics.some((topic) => topic.slug === filters.topic) ? (
                  <option value={filters.topic}>{filters.topic}</option>
                ) : null}
              </select>
            </label>
          ) : null}
          <div className="col-span-2 flex items-center gap-4 sm:col-span-4 lg:col-span-1">
            <button
              type="submit"
              className="h-10 rounded-sm bg-brand px-5 text-[0.9375rem] font-semibold text-white hover:bg-brand-dark"
            >
              {t.filters.apply}
            </button>
            <a href={action} className="text-sm text-brand underline underline-offset-2">
              {t.filters.clear}
            </a>
          </div>
        </div>
      </fieldset>
    </form>
  );
}
