import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { RestoreRevisionButton } from "@/components/workspace/editorial/restore-revision-button";
import { RevisionDiffView } from "@/components/workspace/editorial/revision-diff-view";
import { StateBadge } from "@/components/workspace/editorial/state-badge";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/inputs";
import { BackLink, PageHeader } from "@/components/ui/page-header";
import { Panel } from "@/components/ui/panel";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePermission, requireUser } from "@/lib/auth/guards";
import { can } from "@/lib/auth/policy";
import { loadPublishedRecords } from "@/lib/editions/content-hash";
import { formatOfficeTime, utcToOfficeTime } from "@/lib/time/office-time";
import { compareRevisions, listRevisions, type RevisionComparison, type RevisionSummary } from "@/lib/editions/revisions";
import { env } from "@/lib/env";
import { loadWorkspaceDocument } from "@/lib/workspace/documents";
import { listWorkflowEvents, type WorkflowEvent } from "@/lib/workspace/workflow-events";
import { auditActionLabel } from "@/components/workspace/audit/audit-labels";
import { restoreRevisionAction } from "../../actions";
import { ReviewNotesHistory } from "@/components/workspace/review-notes/review-notes-history";
import { listDocumentReviewNotes } from "@/lib/review-notes/note-views";
import { DomainError } from "@/lib/errors";
import { readSearchParams, type SearchParams } from "@/lib/validation/search-params";

export const metadata: Metadata = { title: "History" };

type Entry = RevisionSummary & { editionId: string; editionNumber: number; label: string };

/** Which two revisions to compare, by id. */
const comparisonSchema = z.object({ from: z.string().default(""), to: z.string().default("") });

export default async function HistoryPage({
  params,
  searchParams,
}: {
  params: Promise<{ documentId: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { documentId } = await params;
  const query = readSearchParams(await searchParams, comparisonSchema);
  const documentPath = `/workspace/documents/${encodeURIComponent(documentId)}`;
  const path = `${documentPath}/history`;
  const viewer = await requireUser(path);
  const shown = await loadWorkspaceDocument(viewer, documentId);
  if (!shown) notFound();
  const { current } = shown;
  const user = await requirePermission(path, "edition.view", current.subject);
  const zone = env().CHANCERY_TIME_ZONE;

  // The original's revisions, edition by edition (newest first): a correction starts as a copy of the live text.
  const lists = await Promise.all(shown.editions.map((edition) => listRevisions(user, { editionId: edition.id })));
  const entries: Entry[] = lists.flatMap((list) =>
    list.revisions.map((revision) => ({
      ...revision,
      editionId: list.editionId,
      editionNumber: list.editionNumber,
      label: `edition ${list.editionNumber}, revision ${revision.number}`,
    })),
  );
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const previous = (entry: Entry) => entries[entries.indexOf(entry) + 1];

  const to = byId.get(query.to) ?? entries[0];
  const from = byId.get(query.from) ?? (to ? previous(to) : undefined);
  let comparison: RevisionComparison | null = null;
  let compareProblem: string | null = null;
  if (from && to && from.id !== to.id) {
    try {
      comparison = await compareRevisions(user, { fromRevisionId: from.id, toRevisionId: to.id });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      compareProblem = error.message;
    }
  }
  const records = await loadPublishedRecords(documentId);
  const reviewNotes = await listDocumentReviewNotes(documentId);
  // Saves and workflow moves in one list, newest first: publishing is an event of its own, not a change of the text.
  const events = await listWorkflowEvents(user, documentId);
  const timeline: Array<{ at: Date; revision: Entry; event?: never } | { at: Date; event: WorkflowEvent; revision?: never }> = [
    ...entries.map((revision) => ({ at: revision.createdAt, revision })),
    ...events.map((event) => ({ at: event.at, event })),
  ].sort((a, b) => b.at.getTime() - a.at.getTime());
  const person = (actor: { id: string; name: string } | null) => (actor ? (actor.id === user.id ? "you" : actor.name) : "the system");
  const mayRestore = can(user, "revision.restore", current.subject);
  const latestOfCurrent = entries.find((entry) => entry.editionId === current.id);
  const who = (entry: Entry) => (entry.author ? (entry.author.id === user.id ? "you" : entry.author.name) : "the system");
  const optionLabel = (entry: Entry) => `Edition ${entry.editionNumber}, revision ${entry.number} — ${utcToOfficeTime(entry.createdAt, zone).replace("T", " ")}, ${who(entry)}`;
  // Both ends of the comparison are chosen from the same list of revisions.
  const revisionSelect = (name: "from" | "to", label: string, chosen: Entry | undefined) => (
    <Field id={name} label={label}>
      {(control) => (
        <Select {...control} name={name} defaultValue={chosen?.id} className="max-w-none">
          {entries.map((entry) => (
            <option key={entry.id} value={entry.id}>
              {optionLabel(entry)}
            </option>
          ))}
        </Select>
      )}
    </Field>
  );

  return (
    <>
      <BackLink href={documentPath}>Back to the document</BackLink>
      <PageHeader
        title={current.title || "(untitled)"}
        eyebrow={
          <span className="flex items-center gap-2">
            History of the text · edition {current.number} <StateBadge state={current.state} />
          </span>
        }
        description="Every save of the original text made a revision. Compare any two, and bring an old one back as a new revision."
      />

      <Panel title="Compare two revisions" className="mb-8">
        {entries.length < 2 ? (
          <p className="text-muted">
            {entries.length === 0 ? "No revision of this text was recorded (it was loaded without its history)." : "There is only one revision so far: nothing to compare."}
          </p>
        ) : (
          <>
            <form key={`${from?.id}:${to?.id}`} method="get" className="mb-4 grid gap-4 lg:grid-cols-[1fr_1fr_auto] lg:items-end" aria-label="Choose two revisions">
              {revisionSelect("from", "Older", from)}
              {revisionSelect("to", "Newer", to)}
              <Button type="submit" variant="secondary">
                Compare
              </Button>
            </form>
            {compareProblem ? <Alert tone="error">{compareProblem}</Alert> : null}
            {from && to && from.id === to.id ? <p className="text-muted">Choose two different revisions.</p> : null}
            {comparison && from && to ? (
              <>
                <h3 className="mb-2 font-semibold text-ink">
                  From {from.label} to {to.label}
                </h3>
                <RevisionDiffView diff={comparison.diff} before={from.label} after={to.label} />
              </>
            ) : null}
          </>
        )}
      </Panel>

      <Panel
        title="Published records"
        description="Each edition's fingerprint (SHA-256 of its original text, dates and change note) recorded when it went live, checked against what is stored now."
        className="mb-8"
      >
        {records.length === 0 ? (
          <p className="text-muted">No edition of this document has been published.</p>
        ) : (
          <Table caption="Fingerprints of published editions" captionHidden>
            <thead>
              <tr>
                <Th>Edition</Th>
                <Th>Published</Th>
                <Th>Fingerprint</Th>
                <Th>Check</Th>
              </tr>
            </thead>
            <tbody>
              {records.map((record) => (
                <tr key={record.editionId} data-testid={`record-${record.number}`}>
                  <Td className="whitespace-nowrap">
                    Edition {record.number} <StateBadge state={record.state as Parameters<typeof StateBadge>[0]["state"]} />
                  </Td>
                  <Td className="whitespace-nowrap">{record.publishedAt ? formatOfficeTime(record.publishedAt, zone) : "—"}</Td>
                  <Td>
                    <code className="break-all text-xs" title={record.recorded ?? undefined}>
                      {record.recorded ?? "not recorded (published before fingerprints were kept)"}
                    </code>
                  </Td>
                  <Td>
                    {record.intact === null ? (
                      <span className="text-muted">—</span>
                    ) : record.intact ? (
                      <span className="text-green-800">Unchanged since publication</span>
                    ) : (
                      <strong className="text-red-800">Changed since publication (now {record.current.slice(0, 12)}…)</strong>
                    )}
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Panel>

      <Panel
        title="Revisions and workflow"
        description="Newest first: every save of the text, and every move through the workflow (submitted, sent back, published…). Restoring copies an old text into the edition in progress as a new revision."
      >
        {timeline.length === 0 ? (
          <p className="text-muted">None.</p>
        ) : (
        <Table caption={`${entries.length} ${entries.length === 1 ? "revision" : "revisions"}, ${events.length} workflow ${events.length === 1 ? "event" : "events"}`} captionHidden>
          <thead>
            <tr>
              <Th>What</Th>
              <Th>When</Th>
              <Th>Who</Th>
              <Th>Note</Th>
              <Th>
                <span className="sr-only">Actions</span>
              </Th>
            </tr>
          </thead>
          <tbody>
            {timeline.map(({ revision: entry, event }) => {
              if (event) {
                return (
                  <tr key={event.id} data-workflow-event={event.action}>
                    <Td className="whitespace-nowrap font-semibold">
                      Edition {event.editionNumber}: {auditActionLabel(event.action).toLowerCase()}
                    </Td>
                    <Td className="whitespace-nowrap">{formatOfficeTime(event.at, zone)}</Td>
                    <Td>{person(event.actor)}</Td>
                    <Td>{event.reason ?? "—"}</Td>
                    <Td />
                  </tr>
                );
              }
              const before = previous(entry);
              return (
                <tr key={entry.id}>
                  <Td className="whitespace-nowrap">
                    Edition {entry.editionNumber}, revision {entry.number} saved
                  </Td>
                  <Td className="whitespace-nowrap">{formatOfficeTime(entry.createdAt, zone)}</Td>
                  <Td>{who(entry)}</Td>
                  <Td>{entry.note ?? "—"}</Td>
                  <Td>
                    <div className="flex flex-wrap items-start gap-3">
                      {before ? (
                        <Link href={`${path}?from=${before.id}&to=${entry.id}`} className="text-sm text-brand underline underline-offset-2">
                          Compare with the one before
                        </Link>
                      ) : null}
                      {mayRestore && entry.id !== latestOfCurrent?.id ? (
                        <RestoreRevisionButton
                          action={restoreRevisionAction}
                          revisionId={entry.id}
                          editionId={current.id}
                          lockVersion={current.lockVersion}
                          label={entry.label}
                        />
                      ) : null}
                    </div>
                  </Td>
                </tr>
              );
            })}
          </tbody>
        </Table>
        )}
      </Panel>

      <ReviewNotesHistory notes={reviewNotes} originalLocale={shown.document.originalLocale} timeZone={zone} />
    </>
  );
}
