import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EditionPageNoticeBox, EditionPageProvider } from "@/components/workspace/editorial/edition-page-bridge";
import { pickerOptions } from "@/components/workspace/editorial/picker-options";
import { publicDateLabel } from "@/components/workspace/editorial/public-date-label";
import { EditionEditor } from "@/components/workspace/editorial/edition-editor";
import { EditionsTable } from "@/components/workspace/editorial/editions-table";
import { ReadOnlyEdition } from "@/components/workspace/editorial/read-only-edition";
import { KIND_NAMES, StateBadge } from "@/components/workspace/editorial/state-badge";
import { CorrectForm } from "@/components/workspace/editorial/correct-form";
import { WorkflowPanel, type TransitionName } from "@/components/workspace/editorial/workflow-panel";
import { EmbargoPanel, type EmbargoMove } from "@/components/workspace/embargo/embargo-panel";
import { EmbargoRecipients } from "@/components/workspace/embargo/embargo-recipients";
import { listPressListChoices, loadEmbargoStatus } from "@/lib/embargo/embargo-status";
import { embargoAction, extendEmbargoAction, liftEmbargoAction } from "../embargo/actions";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { DescriptionList } from "@/components/ui/description-list";
import { BackLink, PageHeader } from "@/components/ui/page-header";
import { Panel } from "@/components/ui/panel";
import { requirePermission, requireUser } from "@/lib/auth/guards";
import { availableTransitions, can, explain, roleTakes, TRANSITION_ACTIONS, type UserTransitionName } from "@/lib/auth/policy";
import { formatOfficeTime, utcToOfficeTime } from "@/lib/time/office-time";
import { isIn, PUBLICLY_VISIBLE, TRANSLATABLE, USER_TRANSITIONS } from "@/lib/workflow/workflow";
import { env } from "@/lib/env";
import { languageNameFor } from "@/lib/i18n/locale-names";
import { documentPath } from "@/lib/public/paths";
import { listTaxonomy } from "@/lib/taxonomy/list-taxonomy";
import { listDocumentChoices, loadWorkspaceDocument } from "@/lib/workspace/documents";
import { libraryChoices, mediaViewsFor } from "@/lib/media/library";
import { mediaIdsOf } from "@/lib/media/media-views";
import { PreviewLinksPanel } from "@/components/workspace/editorial/preview-links-panel";
import { RetrospectiveReviewForm } from "@/components/workspace/editorial/retrospective-review-form";
import { retrospectiveReviewOf, retrospectiveReviewSubject } from "@/lib/editorial/retrospective-review";
import { listPreviewLinks } from "@/lib/preview/preview-links";
import { siteOrigin } from "@/lib/public/site";
import {
  approveRetrospectiveAction,
  correctAction,
  createPreviewLinkAction,
  deleteEditionAction,
  forcePublishAction,
  publishAction,
  recallAction,
  rejectAction,
  revokePreviewLinkAction,
  saveEditionAction,
  scheduleAction,
  submitAction,
  unscheduleAction,
  unwithdrawAction,
  withdrawAction,
} from "../actions";
import { ReviewNotesSection } from "@/components/workspace/review-notes/review-notes-section";
import { loadWorkspaceReviewNotes } from "@/lib/review-notes/note-views";
import { openNotesByBlock } from "@/lib/review-notes/note-places";
import { addReviewNoteAction, reopenReviewNoteAction, resolveReviewNoteAction } from "../notes/actions";

export const metadata: Metadata = { title: "Edition" };

const HOUR = 3_600_000;
const EMBARGO_MOVES = ["embargo", "extendEmbargo", "liftEmbargo"] as const satisfies readonly EmbargoMove[];

export default async function EditionPage({ params }: { params: Promise<{ documentId: string }> }) {
  const { documentId } = await params;
  const path = `/workspace/documents/${encodeURIComponent(documentId)}`;
  const viewer = await requireUser(path);
  const shown = await loadWorkspaceDocument(viewer, documentId);
  if (!shown) notFound();
  const { document, current, live } = shown;
  const subject = current.subject;
  const user = await requirePermission(path, "edition.view", subject);

  const config = env();
  const zone = config.CHANCERY_TIME_ZONE;
  const when = (date: Date) => formatOfficeTime(date, zone);
  const now = new Date();
  const zoneName = when(now).split(" ").at(-1) ?? zone;
  const interview = document.kind === "INTERVIEW";
  // What the schedule and embargo forms offer: office time, the next whole hour but one, nothing in the past.
  const times = { zone, zoneName, suggested: utcToOfficeTime(new Date(Math.ceil(now.getTime() / HOUR) * HOUR + HOUR), zone), min: utcToOfficeTime(now, zone) };
  // Imported and seeded editions have no person behind them.
  const you = (person: { id: string; name: string } | null) => (person ? (person.id === user.id ? "you" : person.name) : "the system");

  const edit = explain(user, "edition.edit", subject);
  const available = availableTransitions(user, subject);
  const transitions = available.map((transition) => transition.name as TransitionName);
  // Moves this person's role makes, that lead somewhere no offered move leads, refused here for a reason worth reading.
  const embargoMoves = available.map((transition) => transition.name).filter((name): name is EmbargoMove => (EMBARGO_MOVES as readonly string[]).includes(name));
  const unavailable = USER_TRANSITIONS.filter(
    (transition) =>
      (transition.from as readonly string[]).includes(current.state) &&
      // Embargo moves are the schedule's twins: said once, by the schedule's reason, unless there is an embargo.
      (subject.embargoed || !(EMBARGO_MOVES as readonly string[]).includes(transition.name)) &&
      !available.includes(transition) &&
      // Force publishing also leads to published, but the reason there is no Publish button is still worth saying.
      (transition.name === "publish" || !available.some((offered) => offered.to === transition.to)) &&
      roleTakes(user, TRANSITION_ACTIONS[transition.name as UserTransitionName]),
  ).flatMap((transition) => {
    const decision = explain(user, TRANSITION_ACTIONS[transition.name as UserTransitionName], subject);
    return decision.allowed ? [] : [{ name: transition.name, label: transition.label, reason: decision.reason }];
  });
  const canDelete = can(user, "edition.delete", subject);
  const canCorrect = isIn(PUBLICLY_VISIBLE, current.state) && can(user, "edition.correct", subject);
  const publicUrl = live || isIn(PUBLICLY_VISIBLE, current.state) ? documentPath(document.originalLocale, document.kind, document.slug) : null;
  const translations = isIn(TRANSLATABLE, current.state) ? config.CHANCERY_LOCALES.filter((locale) => locale !== document.originalLocale) : [];

  const embargoStatus = await loadEmbargoStatus(user, current.id);
  const pressLists = embargoMoves.includes("embargo") ? await listPressListChoices(user) : [];
  const retrospective = current.forcePublished ? await retrospectiveReviewOf(current.id) : null;
  const approval = retrospective ? explain(user, "edition.approveRetrospective", retrospectiveReviewSubject(retrospective)) : null;
  const canShare = can(user, "edition.sharePreview", subject);
  const canRevoke = can(user, "edition.revokePreview", subject);
  const previewLinks = canShare || canRevoke ? await listPreviewLinks(current.id, now) : [];

  const reviewNotes = await loadWorkspaceReviewNotes(user, { editionId: current.id, locale: document.originalLocale, body: current.body, subject });

  const editor = edit.allowed
    ? await Promise.all([listTaxonomy(user), listDocumentChoices(user, { exclude: document.id })]).then(([taxonomy, documents]) =>
        pickerOptions(taxonomy, documents),
      )
    : null;

  // The photos and files the edition shows, and (for someone who may edit it) what the library offers.
  const library = edit.allowed ? await libraryChoices() : null;
  const media = { ...(await mediaViewsFor([...mediaIdsOf(current.body), ...(current.leadImageId ? [current.leadImageId] : [])], "")), ...library?.views };

  return (
    <EditionPageProvider>
      <BackLink href="/workspace/documents">All documents</BackLink>
      <PageHeader
        title={current.title || "(untitled)"}
        eyebrow={
          <span className="flex flex-wrap items-center gap-2">
            <span>
              {KIND_NAMES[document.kind]} · written in {languageNameFor(document.originalLocale, "en")} · edition {current.number}
            </span>
            <span data-edition-state={current.state}>
              <StateBadge state={current.state} />
            </span>
          </span>
        }
        actions={
          <>
            <ButtonLink href={`${path}/history`} variant="secondary">
              History
            </ButtonLink>
            {publicUrl ? (
              <ButtonLink href={publicUrl} variant="secondary" target="_blank" rel="noopener">
                View on the site
              </ButtonLink>
            ) : null}
          </>
        }
      />
      <EditionPageNoticeBox />

      <div className="mb-6 space-y-3">
        {current.state === "DRAFT" && current.rejectionComment ? (
          <Alert tone="warning" title="Sent back by an editor" className="whitespace-pre-line">
            <p data-rejection-comment="">{current.rejectionComment}</p>
            <p className="mt-2 text-sm text-muted">Change what it asks, then submit it for review again.</p>
          </Alert>
        ) : null}
        {retrospective && !retrospective.approvedAt ? (
          <Alert tone={retrospective.dueAt <= now ? "error" : "warning"} title={`Force published: awaiting retrospective review${retrospective.dueAt <= now ? " (overdue)" : ""}, due ${when(retrospective.dueAt)}`}>
            <p>Published without a second editor&apos;s review. Reason given: “{retrospective.reason}”.</p>
            {approval?.allowed ? (
              <RetrospectiveReviewForm reviewId={retrospective.id} action={approveRetrospectiveAction} />
            ) : approval ? (
              <p className="mt-1 text-sm">{approval.reason}</p>
            ) : null}
          </Alert>
        ) : null}
        {retrospective?.approvedAt ? (
          <Alert tone="info" title={`Reviewed after force publishing: approved by ${retrospective.approvedBy?.name ?? "an editor"}, ${when(retrospective.approvedAt)}`}>
            {retrospective.approvalNote ? <p>“{retrospective.approvalNote}”</p> : null}
          </Alert>
        ) : null}

        {current.state === "SCHEDULED" && current.scheduledAt && subject.embargoed ? (
          <Alert tone="warning" title={`Under embargo until ${when(current.scheduledAt)}`}>
            Its press list has it; readers see nothing until then, when it publishes itself. The text is frozen: extend the embargo, or lift it to
            publish now.
          </Alert>
        ) : current.state === "SCHEDULED" && current.scheduledAt ? (
          <Alert tone="info" title={`Scheduled: goes live at ${when(current.scheduledAt)}`}>
            The text is frozen until then. To change it, unschedule it first (it goes back to the review queue).
          </Alert>
        ) : null}
        {current.state === "WITHDRAWN" ? (
          <Alert tone="warning" title={`Withdrawn${current.withdrawnAt ? ` on ${when(current.withdrawnAt)}` : ""}`}>
            Readers see the page with this notice: “{current.withdrawalReason}”.
          </Alert>
        ) : null}
        {live ? (
          <Alert tone="info" title={`This is edition ${current.number}, a correction in progress`}>
            Edition {live.number} is {live.state === "WITHDRAWN" ? "withdrawn" : "published"}; readers see it until this edition is published.
          </Alert>
        ) : null}
        {/* Published, withdrawn and scheduled editions say why above; the rest say it here. */}
        {!edit.allowed && (current.state === "DRAFT" || current.state === "SUBMITTED") ? <p className="text-muted">{edit.reason}</p> : null}
      </div>

      <div className="mb-8 grid items-start gap-6 lg:grid-cols-3">
        <Panel title="Workflow" description={`What you can do with edition ${current.number} now.`} className="lg:col-span-2">
          <WorkflowPanel
            editionId={current.id}
            lockVersion={current.lockVersion}
            transitions={transitions}
            canDelete={canDelete}
            unavailable={unavailable}
            schedule={times}
            publication={{
              title: current.title,
              languages: current.readableLocales.map((locale) => languageNameFor(locale, "en")),
              change: current.number > 1 ? { type: current.changeType, note: current.changeNote } : null,
            }}
            actions={{
              submit: submitAction,
              recall: recallAction,
              reject: rejectAction,
              publish: publishAction,
              forcePublish: forcePublishAction,
              schedule: scheduleAction,
              unschedule: unscheduleAction,
              withdraw: withdrawAction,
              unwithdraw: unwithdrawAction,
              delete: deleteEditionAction,
            }}
          />
          {embargoMoves.length > 0 ? (
            <div className="mt-3">
              <EmbargoPanel
                editionId={current.id}
                lockVersion={current.lockVersion}
                moves={embargoMoves}
                pressLists={pressLists}
                time={{ ...times, current: current.scheduledAt && subject.embargoed ? utcToOfficeTime(current.scheduledAt, zone) : undefined }}
                actions={{ embargo: embargoAction, extendEmbargo: extendEmbargoAction, liftEmbargo: liftEmbargoAction }}
              />
            </div>
          ) : null}
          {canCorrect ? (
            <div className="mt-5 border-t border-rule pt-4">
              <h3 className="mb-1 font-semibold text-ink">Correct this document</h3>
              <p className="mb-3 text-sm text-muted">Starts edition {shown.editions[0]!.number + 1} as a draft copy of this one. Readers see this edition until the new one is published.</p>
              <CorrectForm documentId={document.id} action={correctAction} />
            </div>
          ) : null}
        </Panel>
        {canShare || previewLinks.length > 0 ? (
          <Panel title="Preview links">
            <PreviewLinksPanel
              editionId={current.id}
              canShare={canShare}
              canRevoke={canRevoke}
              create={createPreviewLinkAction}
              revoke={revokePreviewLinkAction}
              links={previewLinks.map((link) => ({
                id: link.id,
                url: link.path ? new URL(link.path, siteOrigin()).href : null,
                created: when(link.createdAt),
                expires: when(link.expiresAt),
                createdBy: link.createdBy ? you({ id: "", name: link.createdBy }) : null,
                status: link.status,
              }))}
            />
          </Panel>
        ) : null}
        <Panel title="This edition">
          <DescriptionList
            items={[
              { term: "Edition", detail: `${current.number} of ${shown.editions.length}` },
              { term: "Public date", detail: current.publicDate ?? `${publicDateLabel(null)} (readers see none)` },
              { term: "Started", detail: `by ${you(current.createdBy)}, ${when(current.createdAt)}` },
              { term: "Last changed", detail: <span data-last-edited="">by {you(current.lastEditedBy)}, {when(current.lastEditedAt ?? current.createdAt)}</span> },
              ...(current.submittedBy && current.state !== "DRAFT" ? [{ term: "Submitted by", detail: you(current.submittedBy) }] : []),
              ...(current.publishedAt ? [{ term: "Published", detail: `${when(current.publishedAt)}${current.publishedBy ? ` by ${you(current.publishedBy)}` : ""}` }] : []),
              ...(current.forcePublished ? [{ term: "Without review", detail: current.forcePublishReason ?? "—" }] : []),
              ...(current.number > 1 && !edit.allowed
                ? [{ term: "Change", detail: current.changeType === "MINOR" ? "Minor (readers are not told)" : `Major: “${current.changeNote ?? "no note yet"}”` }]
                : []),
              ...(translations.length > 0
                ? [
                    {
                      term: "Translations",
                      detail: (
                        <span className="flex flex-wrap gap-x-3">
                          {translations.map((locale) => (
                            <Link key={locale} href={`${path}/translate/${locale}`} className="text-brand underline underline-offset-2">
                              {languageNameFor(locale, "en")}
                            </Link>
                          ))}
                        </span>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        </Panel>
      </div>

      {edit.allowed && editor ? (
        <section aria-labelledby="editor-heading" className="border border-rule bg-white px-4 pt-4 sm:px-6">
          <div className="mb-4">
            <h2 id="editor-heading" className="text-xl font-semibold text-ink">
              Edit edition {current.number}
            </h2>
            {current.state === "SUBMITTED" && can(user, "edition.publish", subject) ? (
              <p className="mt-1 text-sm text-muted">
                Reviewing: a change you save here makes you its last editor, and then another editor must publish it (or you force publish it,
                giving a reason).
              </p>
            ) : null}
          </div>
          <EditionEditor
          key={`${current.id}:${current.state}`}
          action={saveEditionAction}
          editionId={current.id}
          editionNumber={current.number}
          lockVersion={current.lockVersion}
          kind={document.kind}
          locale={document.originalLocale}
          timeZone={zone}
          initial={{
            title: current.title,
            slug: document.slug,
            summary: current.summary,
            publicDate: current.publicDate ?? "",
            interviewee: document.interviewee ?? "",
            outlet: document.outlet ?? "",
            sourceUrl: document.sourceUrl ?? "",
            tags: shown.tags,
            related: shown.related.map((related) => related.id),
            body: current.body,
            changeType: current.changeType,
            changeNote: current.changeNote ?? "",
          }}
          slugEditable={document.firstPublishedAt === null}
          slugHint={
            document.firstPublishedAt === null
              ? `/${document.originalLocale}/${interview ? "interviews" : "press-releases"}/… — it can change until the document is first published.`
              : "Fixed since the document was first published: links to it exist."
          }
          options={editor}
          media={media}
          library={library?.choices}
          leadImageId={current.leadImageId}
          openNotes={openNotesByBlock(reviewNotes.groups)}
          />
        </section>
      ) : (
        <ReadOnlyEdition
          title={current.title}
          summary={current.summary}
          body={current.body}
          media={media}
          locale={document.originalLocale}
          interview={interview ? { interviewee: document.interviewee, outlet: document.outlet, sourceUrl: document.sourceUrl } : null}
        />
      )}

      <ReviewNotesSection
        notes={reviewNotes}
        viewerId={user.id}
        timeZone={zone}
        description={`Comments on the ${languageNameFor(document.originalLocale, "en")} text of edition ${current.number}, beside the paragraphs they are about. Readers never see them.`}
        actions={{ add: addReviewNoteAction, resolve: resolveReviewNoteAction, reopen: reopenReviewNoteAction }}
      />

      {embargoStatus ? <EmbargoRecipients status={embargoStatus} when={when} /> : null}

      <Panel title="Editions" description="Every version of this document that went through the workflow, newest first." className="mt-8">
        <EditionsTable
          rows={shown.editions.map((edition) => ({
            id: edition.id,
            number: edition.number,
            state: edition.state,
            current: edition.id === current.id,
            started: `${when(edition.createdAt)} by ${you(edition.createdBy)}`,
            published: edition.publishedAt ? `${when(edition.publishedAt)}${edition.forcePublished ? " (without review)" : ""}` : null,
            change: edition.number === 1 ? "First edition" : edition.changeType === "MINOR" ? "Minor change" : edition.changeNote ? `“${edition.changeNote}”` : "Major change (no note yet)",
          }))}
        />
      </Panel>
    </EditionPageProvider>
  );
}
