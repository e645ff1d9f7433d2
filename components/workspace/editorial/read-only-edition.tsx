import { DocumentBody } from "@/components/body/document-body";
import type { Body } from "@/lib/body/schema";
import { messages } from "@/lib/i18n/messages";
import type { MediaViews } from "@/lib/media/media-view";

/** An edition's text as it stands, for those who may not (or may no longer) change it. */
export function ReadOnlyEdition({
  title,
  summary,
  body,
  media,
  locale,
  interview,
}: {
  title: string;
  summary: string;
  body: Body;
  media?: MediaViews;
  locale: string;
  interview: { interviewee: string | null; outlet: string | null; sourceUrl: string | null } | null;
}) {
  return (
    <article lang={locale} className="border border-rule bg-white px-6 py-5" data-read-only-edition="">
      <h2 className="text-2xl font-semibold text-ink">{title || "(untitled)"}</h2>
      {summary ? <p className="mt-2 text-lg text-muted">{summary}</p> : null}
      {interview && (interview.interviewee || interview.outlet) ? (
        <p className="mt-2 text-sm text-muted">
          {[interview.interviewee, interview.outlet].filter(Boolean).join(" · ")}
          {interview.sourceUrl ? (
            <>
              {" · "}
              <a href={interview.sourceUrl} className="text-brand underline underline-offset-2" rel="noopener noreferrer" target="_blank">
                original
              </a>
            </>
          ) : null}
        </p>
      ) : null}
      <div className="mt-5 max-w-3xl text-[1.0625rem] leading-[1.75] text-ink">
        {body.length > 0 ? <DocumentBody body={body} media={media} locale={locale} labels={messages(locale).body} idPrefix="read-" headingLevel={3} /> : <p className="text-muted">The body is empty.</p>}
      </div>
    </article>
  );
}
