import { DocumentBody } from "@/components/body/document-body";
import { Photo } from "@/components/body/media-blocks";
import type { Messages } from "@/lib/i18n/messages";
import { formatCount } from "@/lib/i18n/messages";
import type { PublicDocument } from "@/lib/public/document-page";
import { listPath, homePath, sideBySidePath } from "@/lib/public/paths";
import { translationMessages } from "@/lib/public/translation-messages";
import { ChangeHistory } from "./change-history";
import { RelatedDocuments } from "./related-documents";
import { TranslationNotice } from "./translation-notice";
import { ViewBeacon } from "./view-beacon";
import { WithdrawalNotice } from "./withdrawal-notice";

export interface DocumentArticleProps {
  document: PublicDocument;
  messages: Messages;
  /** The original language's own name, for the translation notice; null when the original is not on this site. */
  originalName: string | null;
  /** Where the original can be read, or null. */
  originalHref: string | null;
  /** The page's full address, printed at the foot of a paper copy. */
  canonicalUrl: string;
  /** Count this reading in the document's views, and show the count (not for an embargoed preview). */
  countViews?: boolean;
  /** Shown through a preview link: a banner says it is not published, and no view is counted. */
  preview?: { expiresOn: string };
}

/** A press release or interview as the ministry prints it: title, date and views, lede, numbered body, notices. */
export function DocumentArticle({ document, messages: t, originalName, originalHref, canonicalUrl, countViews = true, preview }: DocumentArticleProps) {
  const kind = t.kinds[document.kind];
  const notice = (position: "top" | "bottom") =>
    document.translation ? (
      <TranslationNotice
        kind={document.translation.kind}
        credit={document.translation.credit}
        behindOriginalSince={document.translation.behindOriginalSince}
        originalName={originalName}
        originalLocale={document.translation.original?.locale ?? null}
        originalHref={originalHref}
        position={position}
        messages={t}
      />
    ) : null;

  return (
    <article className="mx-auto max-w-3xl" data-document={document.slug} data-kind={document.kind}>
      {preview ? (
        <div role="note" className="mb-6 border-2 border-amber-700 bg-amber-50 px-4 py-3 text-amber-950" data-preview-banner="">
          <p className="font-semibold">{t.preview.banner}</p>
          <p className="text-sm">{t.preview.detail(preview.expiresOn)}</p>
        </div>
      ) : null}
      <nav aria-label={t.nav.breadcrumb} className="no-print mb-6 text-sm text-muted">
        <ol role="list" className="flex flex-wrap items-center gap-x-2">
          <li>
            <a href={homePath(document.locale)} className="underline underline-offset-2 hover:text-brand">
              {t.nav.home}
            </a>
          </li>
          <li aria-hidden="true">›</li>
          <li>
            <a href={listPath(document.locale, document.kind)} className="underline underline-offset-2 hover:text-brand">
              {kind.many}
            </a>
          </li>
        </ol>
      </nav>

      <header>
        <p className="text-sm font-semibold uppercase tracking-wide text-brand">{kind.one}</p>
        <h1 className="mt-2 text-[1.625rem] font-bold leading-tight tracking-tight text-ink sm:text-[2rem]">{document.title}</h1>
        <dl className="document-meta mt-4 flex flex-wrap gap-x-6 gap-y-1 border-y border-rule py-3 text-sm" aria-label={t.article.details}>
          {document.publicDate ? (
            <div className="flex gap-2">
              <dt className="text-muted">{t.article.date}</dt>
              <dd className="font-semibold tabular-nums" data-meta="date">
                <time dateTime={document.publicDate}>{document.publicDate}</time>
              </dd>
            </div>
          ) : null}
          {countViews ? (
            <div className="flex gap-2">
              <dt className="text-muted">{t.article.views}</dt>
              <dd className="font-semibold tabular-nums" data-meta="views">
                {formatCount(document.viewCount, document.locale)}
              </dd>
            </div>
          ) : null}
          {document.kind === "INTERVIEW" && document.outlet ? (
            <div className="flex gap-2">
              <dt className="text-muted">{t.article.outlet}</dt>
              <dd className="font-semibold" data-meta="outlet">
                {document.outlet}
              </dd>
            </div>
          ) : null}
          {document.kind === "INTERVIEW" && document.interviewee ? (
            <div className="flex gap-2">
              <dt className="text-muted">{t.article.interviewee}</dt>
              <dd className="font-semibold" data-meta="interviewee">
                {document.interviewee}
              </dd>
            </div>
          ) : null}
        </dl>
        <ChangeHistory entries={document.history} messages={t} languageName={(locale) => originalName ?? locale} />
      </header>

      <div className="mt-6 space-y-4">
        {document.withdrawal ? (
          <WithdrawalNotice kindLabel={kind.one} date={document.withdrawal.date} reason={document.withdrawal.reason} messages={t} />
        ) : null}
        {notice("top")}
        {document.translation && originalHref && originalName ? (
          <p className="no-print text-sm">
            <a href={sideBySidePath(document.locale, document.kind, document.slug)} className="text-brand underline underline-offset-2" data-side-by-side-link="">
              {translationMessages(document.locale).sideBySideLink(originalName)}
            </a>
          </p>
        ) : null}
      </div>

      {document.summary ? (
        <p className="lede mt-6 border-l-4 border-rule pl-4 text-[1.125rem] leading-relaxed text-ink" data-lede="">
          {document.summary}
        </p>
      ) : null}
      {document.kind === "INTERVIEW" && document.sourceUrl ? (
        <p className="mt-3 text-sm">
          <a href={document.sourceUrl} rel="noopener noreferrer" className="text-brand underline underline-offset-2">
            {t.article.readAtSource}
            {document.outlet ? ` (${document.outlet})` : ""}
          </a>
        </p>
      ) : null}

      {document.leadImage && !document.body.some((block) => block.kind === "image" && block.mediaId === document.leadImage?.id) ? (
        <Photo image={document.leadImage} labels={t.body} className="mt-8" />
      ) : null}

      <div className="mt-8 text-[1.0625rem] text-ink">
        <DocumentBody body={document.body} labels={t.body} anchors={document.anchors} media={document.media} locale={document.locale} />
      </div>

      {document.translation ? <div className="mt-10">{notice("bottom")}</div> : null}

      {document.countries.length > 0 || document.topics.length > 0 ? (
        <dl className="mt-10 space-y-2 text-sm">
          {document.countries.length > 0 ? (
            <div className="flex flex-wrap gap-2">
              <dt className="text-muted">{t.article.countries}:</dt>
              {document.countries.map((country) => (
                <dd key={country.code}>
                  <a
                    href={listPath(document.locale, document.kind, `?country=${country.code}`)}
                    className="rounded-sm border border-rule px-2 py-0.5 text-ink hover:border-brand hover:text-brand"
                  >
                    {country.name}
                  </a>
                </dd>
              ))}
            </div>
          ) : null}
          {document.topics.length > 0 ? (
            <div className="flex flex-wrap gap-2">
              <dt className="text-muted">{t.article.topics}:</dt>
              {document.topics.map((topic) => (
                <dd key={topic.slug}>
                  <a
                    href={listPath(document.locale, document.kind, `?topic=${encodeURIComponent(topic.slug)}`)}
                    className="rounded-sm border border-rule px-2 py-0.5 text-ink hover:border-brand hover:text-brand"
                  >
                    {topic.name}
                  </a>
                </dd>
              ))}
            </div>
          ) : null}
        </dl>
      ) : null}

      <RelatedDocuments items={document.related} locale={document.locale} messages={t} />

      <p className="print-only mt-8 text-xs">{canonicalUrl}</p>
      {countViews && !preview ? <ViewBeacon documentId={document.id} /> : null}
    </article>
  );
}
