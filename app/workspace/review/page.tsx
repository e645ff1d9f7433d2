import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guards";
import { formatOfficeTime } from "@/lib/time/office-time";
import { env } from "@/lib/env";
import { languageNameFor } from "@/lib/i18n/locale-names";
import { loadReviewInbox, parseReviewFilter } from "@/lib/workspace/review-inbox";
import { KIND_NAMES } from "@/components/workspace/editorial/state-badge";
import type { SearchParams } from "@/lib/validation/search-params";
import { FilterSelect } from "@/components/workspace/filter-form";

export const metadata: Metadata = { title: "Awaiting review" };

const AGE_LABELS = { any: "Any time", "1d": "Over a day", "3d": "Over 3 days", "7d": "Over a week" } as const;
const DAY = 24 * 60 * 60 * 1000;

function waiting(since: Date, now: Date): string {
  const days = Math.floor((now.getTime() - since.getTime()) / DAY);
  if (days >= 1) return `waiting ${days} ${days === 1 ? "day" : "days"}`;
  const hours = Math.floor((now.getTime() - since.getTime()) / (60 * 60 * 1000));
  return hours >= 1 ? `waiting ${hours} ${hours === 1 ? "hour" : "hours"}` : "waiting under an hour";
}

/** One inbox for reviewers: every submitted edition and translation, oldest first, filtered by kind, language, who and age. */
export default async function ReviewInboxPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePermission("/workspace/review", "review.inbox");
  const now = new Date();
  const inbox = await loadReviewInbox(user, parseReviewFilter(await searchParams), now);
  const zone = env().CHANCERY_TIME_ZONE;
  const { filter } = inbox;

  return (
    <>
      <PageHeader
        title="Awaiting review"
        description="Every edition and translation submitted for review, oldest first. Open one to publish it or send it back with a comment."
      />
      <form method="get" action="/workspace/review" className="mb-4 flex flex-wrap items-end gap-4" role="search" aria-label="Filter the inbox">
        <FilterSelect id="review-what" name="what" label="What" defaultValue={filter.what === "all" ? "" : filter.what} className="w-44">
          <option value="">Editions and translations</option>
          <option value="editions">Editions</option>
          <option value="translations">Translations</option>
        </FilterSelect>
        <FilterSelect id="review-kind" name="kind" label="Kind" defaultValue={filter.kind ?? ""} className="w-40">
          <option value="">Any kind</option>
          <option value="PRESS_RELEASE">Press releases</option>
          <option value="INTERVIEW">Interviews</option>
        </FilterSelect>
        <FilterSelect id="review-locale" name="locale" label="Language" defaultValue={filter.locale ?? ""} className="w-40">
          <option value="">Any language</option>
          {inbox.locales.map((locale) => (
            <option key={locale} value={locale}>
              {languageNameFor(locale, "en")}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect id="review-who" name="who" label="Submitted by" defaultValue={filter.submittedBy ?? ""} className="w-48">
          <option value="">Anyone</option>
          {inbox.submitters.map((person) => (
            <option key={person.id} value={person.id}>
              {person.name}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect id="review-age" name="age" label="Waiting" defaultValue={filter.age === "any" ? "" : filter.age} className="w-40">
          {Object.entries(AGE_LABELS).map(([value, label]) => (
            <option key={value} value={value === "any" ? "" : value}>
              {label}
            </option>
          ))}
        </FilterSelect>
        <button type="submit" className={buttonClasses("secondary")}>
          Show
        </button>
      </form>

      {inbox.items.length === 0 ? (
        <p className="border-y border-rule py-6 text-muted" data-review-empty="">
          {inbox.total === 0 ? "Nothing is awaiting review." : "Nothing awaiting review matches this filter."}
        </p>
      ) : (
        <section aria-labelledby="review-heading">
          <h2 id="review-heading" className="mb-2 font-semibold text-ink">
            {inbox.items.length} of {inbox.total} awaiting review
          </h2>
          <ul role="list" className="divide-y divide-rule border-y border-rule bg-white">
            {inbox.items.map((item) => (
              <li key={item.key} className="grid gap-x-4 gap-y-1 px-4 py-3 sm:grid-cols-[minmax(0,1fr)_auto]" data-review-item={item.type} data-locale={item.locale}>
                <div className="min-w-0 space-y-1">
                  <h3 className="font-semibold">
                    <Link href={item.href} lang={item.originalLocale} className="text-brand underline underline-offset-2">
                      {item.title}
                    </Link>
                    {item.translatedTitle ? (
                      <span lang={item.locale} className="ml-2 font-normal text-muted">
                        {item.translatedTitle}
                      </span>
                    ) : null}
                  </h3>
                  <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-muted">
                    <Badge tone={item.type === "translation" ? "info" : "neutral"}>
                      {item.type === "translation" ? `${languageNameFor(item.locale, "en")} translation` : `${languageNameFor(item.locale, "en")} original`}
                    </Badge>
                    <span>
                      {KIND_NAMES[item.kind]} · edition {item.editionNumber} · submitted by {item.submittedBy?.name ?? "someone"} {formatOfficeTime(item.submittedAt, zone)} ·{" "}
                      {waiting(item.submittedAt, now)}
                    </span>
                  </p>
                  {item.blockedBy ? <p className="text-sm text-amber-900">{item.blockedBy}</p> : null}
                </div>
                <div className="sm:self-center">
                  <Link href={item.href} className={buttonClasses(item.blockedBy ? "secondary" : "primary", "sm")} aria-label={`Review: ${item.title}${item.type === "translation" ? ` (${item.locale})` : ""}`}>
                    Review
                  </Link>
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
