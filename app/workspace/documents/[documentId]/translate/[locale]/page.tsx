import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { TranslationEditor } from "@/components/workspace/translation/translation-editor";
import { StartTranslation } from "@/components/workspace/translation/start-translation";
import { TagNamesTableHead, TaxonomyNamesForm } from "@/components/workspace/translation/taxonomy-names-form";
import { DocumentBody } from "@/components/body/document-body";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { Panel } from "@/components/ui/panel";
import { requireUser } from "@/lib/auth/guards";
import { can, PermissionDeniedError } from "@/lib/auth/policy";
import { formatOfficeTime } from "@/lib/time/office-time";
import { editionStateLabel, isIn, PUBLICLY_VISIBLE, translationStateLabel } from "@/lib/workflow/workflow";
import { env } from "@/lib/env";
import { languageNameFor } from "@/lib/i18n/locale-names";
import { isSiteLocale, siteLocales } from "@/lib/i18n/locales";
import { messages } from "@/lib/i18n/messages";
import { documentPath } from "@/lib/public/paths";
import { translatableEditionOf } from "@/lib/translation/subjects";
import { getTranslationWorkspace, type TranslationWorkspace, type WorkspaceTaxonomyName } from "@/lib/translation/workspace";
import {
  publishTranslationAction,
  rejectTranslationAction,
  saveTranslationAction,
  startTranslationAction,
  submitTranslationAction,
  translateTaxonomyNamesAction,
  translateMediaTextsAction,
} from "./actions";
import { MediaTextsForm } from "@/components/workspace/translation/media-texts-form";
import { mediaToTranslate } from "@/lib/media/translation-media";
import { KIND_NAMES } from "@/components/workspace/editorial/state-badge";
import { ReviewNotesSection } from "@/components/workspace/review-notes/review-notes-section";
import { loadWorkspaceReviewNotes } from "@/lib/review-notes/note-views";
import { openNotesByBlock } from "@/lib/review-notes/note-places";
import { addReviewNoteAction, reopenReviewNoteAction, resolveReviewNoteAction } from "../../../notes/actions";
import { DomainError } from "@/lib/errors";

export const metadata: Metadata = { title: "Translate" };

type Params = Promise<{ documentId: string; locale: string }>;

const TAXONOMY_TYPES: Record<WorkspaceTaxonomyName["type"], string> = {
  person: "Person",
  country: "Country",
  organisation: "Organisation",
  topic: "Topic",
  event: "Event",
};

async function loadWorkspace(documentId: string, locale: string, path: string) {
  const user = await requireUser(path);
  if (!isSiteLocale(locale)) notFound();
  const edition = await translatableEditionOf(documentId);
  if (!edition) notFound();
  try {
    return { user, workspace: await getTranslationWorkspace(user, { editionId: edition.id, locale }) };
  } catch (error) {
    if (error instanceof PermissionDeniedError) forbidden();
    if (error instanceof DomainError) notFound();
    throw error;
  }
}

/**
 * The translation workspace of a document's current edition (its latest one in progress or published) into one of the
 * site's languages: the original on the left, the translation on the right, block by block.
 */
export default async function TranslatePage({ params }: { params: Params }) {
  const { documentId, locale } = await params;
  const path = `/workspace/documents/${encodeURIComponent(documentId)}/translate/${encodeURIComponent(locale)}`;
  const { user, workspace } = await loadWorkspace(documentId, locale, path);
  const timeZone = env().CHANCERY_TIME_ZONE;
  const localeLabel = languageNameFor(locale, "en");
  const sourceLocaleLabel = languageNameFor(workspace.source.locale, "en");
  const { translation, edition } = workspace;
  const media = await mediaToTranslate(edition.id, workspace.source.body, locale);
  const translateMedia = can(user, "media.translate", { type: "mediaText", locale });
  const reviewNotes = await loadWorkspaceReviewNotes(user, { editionId: edition.id, locale, body: workspace.source.body });
  const otherLocales = siteLocales().filter((other) => other !== workspace.document.originalLocale && other !== locale);
  const readersSee =
    translation?.published && isIn(PUBLICLY_VISIBLE, edition.state)
      ? documentPath(locale, workspace.document.kind, workspace.document.slug)
      : null;

  return (
    <>
      <PageHeader
        eyebrow={
          <>
            {KIND_NAMES[workspace.document.kind]} · edition {edition.number} ({editionStateLabel(edition.state)}) · from {sourceLocaleLabel} into{" "}
            <strong className="text-ink">{localeLabel}</strong>
          </>
        }
        title={<span lang={workspace.source.locale}>{workspace.source.title}</span>}
        description={<TranslationSummary workspace={workspace} timeZone={timeZone} />}
        actions={
          <>
            <Link href={`/workspace/documents/${encodeURIComponent(documentId)}`} className="text-sm text-brand underline underline-offset-2">
              The document
            </Link>
            {readersSee ? (
              <a href={readersSee} className="text-sm text-brand underline underline-offset-2">
                The public page
              </a>
            ) : null}
          </>
        }
      />

      {otherLocales.length > 0 ? (
        <nav aria-label="Other languages" className="-mt-3 mb-4 text-sm text-muted">
          Other languages:{" "}
          {otherLocales.map((other, index) => (
            <span key={other}>
              {index > 0 ? " · " : ""}
              <Link href={`/workspace/documents/${encodeURIComponent(documentId)}/translate/${other}`} className="text-brand underline underline-offset-2">
                {languageNameFor(other, "en")}
              </Link>
            </span>
          ))}
        </nav>
      ) : null}

      <div className="mb-6 space-y-3">
        {workspace.rejection ? (
          <Alert tone="warning" title={`Sent back by ${workspace.rejection.by ?? "an editor"} on ${formatOfficeTime(workspace.rejection.at, timeZone)}`}>
            <p className="whitespace-pre-line" data-rejection-comment="">
              {workspace.rejection.comment}
            </p>
          </Alert>
        ) : null}
        {workspace.newerEdition ? (
          <Alert tone="info" title={`A newer edition (edition ${workspace.newerEdition.number}, ${editionStateLabel(workspace.newerEdition.state)}) exists`}>
            This is the edition readers see now. When the newer one is published, this translation is carried over to it and the paragraphs that changed
            are marked for updating.
          </Alert>
        ) : null}
      </div>

      {translation && workspace.lockVersion !== null && workspace.form ? (
        <TranslationEditor
          openNotes={openNotesByBlock(reviewNotes.groups)}
          workspace={{
            documentId: workspace.document.id,
            kind: workspace.document.kind,
            localizationId: translation.localizationId,
            lockVersion: workspace.lockVersion,
            state: workspace.state,
            locale,
            localeLabel,
            sourceLocale: workspace.source.locale,
            sourceLocaleLabel,
            title: workspace.title,
            summary: workspace.summary,
            sourceChangeNote: workspace.edition.changeNote,
            rows: workspace.rows,
            form: workspace.form,
            edit: workspace.permissions.edit,
            markOfficial: workspace.permissions.markOfficial,
            transitions: workspace.transitions,
            timeZone,
          }}
          actions={{
            save: saveTranslationAction,
            submit: submitTranslationAction,
            reject: rejectTranslationAction,
            publish: publishTranslationAction,
          }}
        >
          <TaxonomyNames
            workspace={workspace}
            localeLabel={localeLabel}
            sourceLocaleLabel={sourceLocaleLabel}
            canManage={can(user, "taxonomy.manage")}
          />
          {media.length > 0 ? (
            <div className="mt-6">
              <h3 className="font-semibold text-ink">Photos and files</h3>
              <p className="text-sm text-muted">
                Captions, credits, alt texts and titles belong to the library item: translating them here translates them for every document that shows
                it. Readers see the original&rsquo;s words until they are translated.
              </p>
              <MediaTextsForm
                items={media}
                documentId={workspace.document.id}
                locale={locale}
                localeLabel={localeLabel}
                editable={translateMedia}
                action={translateMediaTextsAction}
              />
            </div>
          ) : null}
        </TranslationEditor>
      ) : (
        <div className="space-y-6">
          <Panel title="Not translated yet" description={`Nobody has started the ${localeLabel} translation of this edition.`}>
            {workspace.permissions.edit.allowed ? (
              <StartTranslation editionId={edition.id} locale={locale} localeLabel={localeLabel} start={startTranslationAction} />
            ) : (
              <p className="text-muted">{workspace.permissions.edit.reason}</p>
            )}
          </Panel>
          <Panel title={`The original (${sourceLocaleLabel})`}>
            <div lang={workspace.source.locale} className="max-w-3xl">
              {workspace.source.summary ? <p className="mb-4 border-l-4 border-rule pl-3">{workspace.source.summary}</p> : null}
              <DocumentBody body={workspace.source.body} labels={messages(workspace.source.locale).body} headingLevel={3} />
            </div>
          </Panel>
        </div>
      )}

      <ReviewNotesSection
        notes={reviewNotes}
        viewerId={user.id}
        timeZone={timeZone}
        description={`Comments on the ${localeLabel} translation, by the original's paragraphs. Readers never see them.`}
        actions={{ add: addReviewNoteAction, resolve: resolveReviewNoteAction, reopen: reopenReviewNoteAction }}
      />
    </>
  );
}

function TranslationSummary({ workspace, timeZone }: { workspace: TranslationWorkspace; timeZone: string }) {
  const { translation } = workspace;
  const tone = workspace.state === "PUBLISHED" ? "success" : workspace.state === "SUBMITTED" ? "info" : "neutral";
  return (
    <span className="flex flex-wrap items-center gap-x-3 gap-y-1">
      <Badge tone={tone}>
        <span data-translation-state={workspace.state}>Translation {translationStateLabel(workspace.state)}</span>
      </Badge>
      {translation?.translationKind ? <span>{translation.translationKind === "OFFICIAL" ? "Official" : "Unofficial"}</span> : null}
      {translation?.lastEditedBy ? (
        <span>
          Last saved by {translation.lastEditedBy.name}, {formatOfficeTime(translation.lastEditedAt ?? translation.updatedAt, timeZone)}
        </span>
      ) : null}
      {translation?.published ? (
        <span>
          Readers see revision {translation.published.revisionNumber}
          {translation.published.publishedAt ? `, published ${formatOfficeTime(translation.published.publishedAt, timeZone)}` : ""}
        </span>
      ) : null}
    </span>
  );
}

function TaxonomyNames({
  workspace,
  localeLabel,
  sourceLocaleLabel,
  canManage,
}: {
  workspace: TranslationWorkspace;
  localeLabel: string;
  sourceLocaleLabel: string;
  canManage: boolean;
}) {
  const names = workspace.taxonomy;
  const translateNames = workspace.permissions.translateNames;
  return (
    <div>
      <h3 className="font-semibold text-ink">Tags</h3>
      <p className="text-sm text-muted">
        People, countries, organisations, topics and events are named once for every document
        {translateNames ? `: naming them in ${localeLabel} here names them everywhere.` : "."}{" "}
        {canManage ? (
          <Link href="/workspace/taxonomy" className="text-brand underline underline-offset-2">
            {translateNames ? "Everything else about them is in Taxonomy" : "Translate their names in Taxonomy"}
          </Link>
        ) : translateNames ? null : (
          "An editor translates their names in Taxonomy."
        )}
      </p>
      {names.length === 0 ? (
        <p className="mt-2 text-sm text-muted">This document has no tags.</p>
      ) : translateNames ? (
        <TaxonomyNamesForm
          documentId={workspace.document.id}
          locale={workspace.locale}
          localeLabel={localeLabel}
          sourceLocale={workspace.source.locale}
          sourceLocaleLabel={sourceLocaleLabel}
          names={names}
          action={translateTaxonomyNamesAction}
        />
      ) : (
        <table className="mt-2 w-full max-w-3xl text-left text-sm">
          <TagNamesTableHead sourceLocaleLabel={sourceLocaleLabel} localeLabel={localeLabel} />
          <tbody>
            {names.map((name) => (
              <tr key={`${name.type}-${name.id}`} data-taxonomy={name.type}>
                <td className="border-b border-rule py-1 pr-3 text-muted">{TAXONOMY_TYPES[name.type]}</td>
                <td className="border-b border-rule py-1 pr-3">{name.source ?? <span className="text-muted">—</span>}</td>
                <td className="border-b border-rule py-1">{name.translated ?? <span className="text-muted italic">not translated yet</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
