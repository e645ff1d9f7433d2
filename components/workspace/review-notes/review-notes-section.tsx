import { Panel } from "@/components/ui/panel";
import type { ActionResult } from "@/lib/actions/define-action";
import { formatOfficeTime } from "@/lib/time/office-time";
import type { WorkspaceReviewNotes } from "@/lib/review-notes/note-views";
import { ReviewNotesPanel } from "./review-notes-panel";

type Action = (formData: FormData) => Promise<ActionResult<unknown>>;

/** The "Review notes" panel of an edition's page or a translation workspace, from the notes its page loaded. */
export function ReviewNotesSection({
  notes,
  viewerId,
  timeZone,
  description,
  actions,
}: {
  notes: WorkspaceReviewNotes;
  viewerId: string;
  timeZone: string;
  description: string;
  actions: { add: Action; resolve: Action; reopen: Action };
}) {
  const when = (date: Date) => formatOfficeTime(date, timeZone);
  const name = (person: { id: string; name: string } | null) => (person ? (person.id === viewerId ? "you" : person.name) : "someone no longer on the desk");
  return (
    <div id="review-notes" className="mt-8 scroll-mt-4">
      <Panel title={`Review notes${notes.open > 0 ? ` (${notes.open} open)` : ""}`} description={description}>
        <ReviewNotesPanel
          editionId={notes.editionId}
          locale={notes.locale}
          targets={notes.targets}
          add={notes.add}
          actions={actions}
          groups={notes.groups.map((group) => ({
            blockId: group.blockId,
            label: group.label,
            quote: group.quote,
            notes: group.notes.map((note) => ({
              id: note.id,
              author: name(note.author),
              written: when(note.createdAt),
              revision: note.revisionNumber === null ? null : `revision ${note.revisionNumber}`,
              body: note.body,
              resolved: note.resolved ? { by: name(note.resolved.by), at: when(note.resolved.at) } : null,
              removedBlock: note.removedBlock,
              mayResolve: note.mayResolve,
              mayReopen: note.mayReopen,
            })),
          }))}
        />
      </Panel>
    </div>
  );
}
