import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { z } from "zod";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requireUser } from "@/lib/auth/guards";
import { formatOfficeTime } from "@/lib/time/office-time";
import { editionStateLabel, translationStateLabel } from "@/lib/workflow/workflow";
import { env } from "@/lib/env";
import { languageNameFor } from "@/lib/i18n/locale-names";
import { translatableLocales } from "@/lib/translation/translatable-locales";
import { translationQueue, type TranslationQueueItem } from "@/lib/translation/queue";
import { KIND_NAMES } from "@/components/workspace/editorial/state-badge";
import { readSearchParams, type SearchParams } from "@/lib/validation/search-params";
import { hasTranslationLanguages } from "@/lib/auth/policy";
import { FilterSelect } from "@/components/workspace/filter-form";

export const metadata: Metadata = { title: "Translations" };

const PAGE_SIZE = 50;
/** The queue is read whole to count it; past this, the counts say "at least". */
const READ_LIMIT = 500;

const querySchema = z.object({
  locale: z.string().optional(),
  need: z.enum(["all", "missing", "stale"]).catch("all"),
  page: z
    .string()
    .optional()
    .transform((value) => Number.parseInt(value ?? "", 10)),
});

function needsUpdate(item: TranslationQueueItem): boolean {
  return item.stale > 0 || item.titleStatus === "stale" || item.summaryStatus === "stale";
}

/** "1 block needs updating", "The title needs updating", "2 blocks, the title and the summary need updating". */
function describeUpdates(item: TranslationQueueItem): string | null {
  const parts = [
    item.stale > 0 ? `${item.stale} ${item.stale === 1 ? "block" : "blocks"}` : null,
    item.titleStatus === "stale" ? "the title" : null,
    item.summaryStatus === "stale" ? "the summary" : null,
  ].filter((part): part is string => part !== null);
  if (parts.length === 0) return null;
  const list = parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
  const singular = parts.length === 1 && (item.stale === 1 || item.stale === 0);
  return `${list.charAt(0).toUpperCase()}${list.slice(1)} ${singular ? "needs" : "need"} updating`;
}

function needsTranslation(item: TranslationQueueItem): boolean {
  return item.missing > 0 || item.titleStatus === "untranslated" || item.summaryStatus === "untranslated";
}

/**
 * The translation desk's to-do list: documents missing a translation into one of this person's languages, or whose
 * translation has blocks the original changed since, newest first.
 */
export default async function TranslationsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser("/workspace/translations");
  const locales = translatableLocales(user);
  if (locales.length === 0) forbidden();

  const query = readSearchParams(await searchParams, querySchema);
  const locale = query.locale !== undefined && locales.includes(query.locale) ? query.locale : undefined;
  const need = query.need;
  const requestedPage = query.page;

  const queue = await translationQueue(user, { locale, limit: READ_LIMIT });
  const counts = {
    documents: new Set(queue.items.map((item) => item.documentId)).size,
    notStarted: queue.items.filter((item) => item.localizationId === null).length,
    missing: queue.items.filter(needsTranslation).length,
    stale: queue.items.filter(needsUpdate).length,
  };
  const shown = queue.items.filter((item) => (need === "missing" ? needsTranslation(item) : need === "stale" ? needsUpdate(item) : true));
  const pageCount = Math.max(1, Math.ceil(shown.length / PAGE_SIZE));
  const page = Number.isFinite(requestedPage) ? Math.min(Math.max(requestedPage, 1), pageCount) : 1;
  const items = shown.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const zone = env().CHANCERY_TIME_ZONE;
  const hrefFor = (next: number) => {
    const params = new URLSearchParams();
    if (locale) params.set("locale", locale);
    if (need !== "all") params.set("need", need);
    if (next > 1) params.set("page", String(next));
    const search = params.toString();
    return `/workspace/translations${search ? `?${search}` : ""}`;
  };
  const atLeast = queue.total > queue.items.length ? "at least " : "";

  return (
    <>
      <PageHeader
        title="Translations"
        description={
          hasTranslationLanguages(user.role)
            ? `What is waiting to be translated into ${locales.map((code) => languageNameFor(code, "en")).join(", ")}, or updated because the original changed. Newest first.`
            : "What is waiting to be translated into the site's languages, or updated because the original changed. Newest first."
        }
      />

      <dl className="mb-6 grid max-w-3xl grid-cols-2 gap-3 sm:grid-cols-4" data-queue-counts="">
        {[
          ["Documents", counts.documents, "documents"],
          ["Not started", counts.notStarted, "not-started"],
          ["Text missing", counts.missing, "missing"],
          ["Needing updates", counts.stale, "stale"],
        ].map(([label, value, key]) => (
          <div key={key} className="border border-rule bg-white px-3 py-2" data-count={key}>
            <dt className="text-sm text-muted">{label}</dt>
            <dd className="text-2xl font-semibold text-ink tabular-nums">
              {atLeast && key === "documents" ? "≥ " : ""}
              {value}
            </dd>
          </div>
        ))}
      </dl>

      <form method="get" action="/workspace/translations" className="mb-4 flex flex-wrap items-end gap-4" role="search" aria-label="Filter the queue">
        <FilterSelect id="queue-locale" name="locale" label="Language" defaultValue={locale ?? ""} className="w-56">
          <option value="">{locales.length > 1 ? "All my languages" : languageNameFor(locales[0]!, "en")}</option>
          {locales.length > 1
            ? locales.map((code) => (
                <option key={code} value={code}>
                  {languageNameFor(code, "en")}
                </option>
              ))
            : null}
        </FilterSelect>
        <FilterSelect id="queue-need" name="need" label="Show" defaultValue={need === "all" ? "" : need} className="w-56">
          <option value="">Everything to do</option>
          <option value="missing">Not translated yet</option>
          <option value="stale">Needs updating</option>
        </FilterSelect>
        <button type="submit" className={buttonClasses("secondary")}>
          Show
        </button>
      </form>

      {items.length === 0 ? (
        <p className="border-y border-rule py-6 text-muted" data-queue-empty="">
          {need === "all" ? "Nothing to translate: every document is translated and up to date." : "Nothing here with this filter."}
        </p>
      ) : (
        <section aria-labelledby="queue-heading">
          <h2 id="queue-heading" className="mb-2 font-semibold text-ink">
            {shown.length} {shown.length === 1 ? "translation" : "translations"} to do
          </h2>
          <ul role="list" className="divide-y divide-rule border-y border-rule bg-white">
            {items.map((item) => {
              const href = `/workspace/documents/${encodeURIComponent(item.documentId)}/translate/${encodeURIComponent(item.locale)}`;
              const verb = item.localizationId === null ? "Start" : needsUpdate(item) ? "Update" : "Continue";
              const updates = describeUpdates(item);
              return (
                <li
                  key={`${item.documentId}-${item.locale}`}
                  className="grid gap-x-4 gap-y-2 px-4 py-3 sm:grid-cols-[minmax(0,1fr)_auto]"
                  data-queue-item={item.slug}
                  data-locale={item.locale}
                  data-missing={item.missing}
                  data-stale={item.stale}
                >
                  <div className="min-w-0 space-y-1">
                    <h3 className="font-semibold">
                      <Link href={href} lang={item.originalLocale} className="text-brand underline underline-offset-2">
                        {item.title || "(untitled)"}
                      </Link>
                    </h3>
                    <p className="text-sm text-muted">
                      {KIND_NAMES[item.kind]} · edition {item.editionNumber} ({editionStateLabel(item.editionState)}) · from{" "}
                      {languageNameFor(item.originalLocale, "en")} into <strong className="text-ink">{languageNameFor(item.locale, "en")}</strong> · last
                      changed {formatOfficeTime(item.updatedAt, zone)}
                    </p>
                    <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
                      <Badge tone={item.localizationId === null ? "neutral" : needsUpdate(item) ? "warning" : "info"}>{translationStateLabel(item.state)}</Badge>
                      <span className="tabular-nums" data-count-missing="">
                        {item.missing === 0
                          ? `All ${item.total} ${item.total === 1 ? "block" : "blocks"} translated`
                          : `${item.missing} of ${item.total} ${item.total === 1 ? "block" : "blocks"} not translated`}
                        {item.titleStatus === "untranslated" ? ", nor the title" : ""}
                      </span>
                      {updates ? (
                        <span className="font-semibold tabular-nums text-amber-900" data-count-stale="">
                          {updates}
                        </span>
                      ) : null}
                    </p>
                  </div>
                  <div className="sm:self-center">
                    <Link href={href} className={buttonClasses(needsUpdate(item) || item.localizationId === null ? "primary" : "secondary", "sm")} aria-label={`${verb}: ${item.title}`}>
                      {verb}
                    </Link>
                  </div>
                </li>
              );
            })}
          </ul>
        </section>
      )}
      <Pagination page={page} pageCount={pageCount} hrefFor={hrefFor} label="Queue pages" />
    </>
  );
}
