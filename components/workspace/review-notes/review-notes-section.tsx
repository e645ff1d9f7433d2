import { Panel } from "@/components/ui/panel";
import type { ActionResult } from "@/lib/actions/define-action";
import { formatOfficeTime } from "@/lib/time/office-time";
import type { ReviewNotesDesk } from "@/lib/review-notes/note-views";
import { ReviewNotesPanel } from "./review-notes-panel";

type Action = (formData: FormData) => Promise<ActionResult<unknown>>;

/** The "Review notes" panel of an edition's page or a translation workspace, from the notes its page loaded. */
export function ReviewNotesSection({
  desk,
  viewerId,
  timeZone,
  description,
  actions,
}: {
  desk: ReviewNotesDesk;
  viewerId: string;
  timeZone: string;
  description: string;
  actions: { add: Action; resolve: Action; reopen: Action };
}) {
  const when = (date: Date) => formatOfficeTime(date, timeZone);
  const name = (person: { id: string; name: string } | null) => (person ? (person.id === viewerId ? "you" : person.name) : "someone no longer on the desk");
  return (
    <div id="review-notes" className="mt-8 scroll-mt-4">
      <Panel title={`Review notes${desk.open > 0 ? ` (${desk.open} open)` : ""}`} description={description}>
        <ReviewNotesPanel
          editionId={desk.editionId}
          locale={desk.locale}
          targets={desk.targets}
          add={desk.add}
          actions={actions}
          groups={desk.groups.map((group) => ({
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
