import { Badge } from "@/components/ui/badge";
import { Panel } from "@/components/ui/panel";
import { Table, Td, Th } from "@/components/ui/table";
import { formatOfficeTime } from "@/lib/time/office-time";
import { languageNameFor } from "@/lib/i18n/locale-names";
import type { ReviewNoteView } from "@/lib/review-notes/note-views";

/** Every review note on a document, with the edition and revision it was written on, for its history page. */
export function ReviewNotesHistory({ notes, originalLocale, timeZone }: { notes: readonly ReviewNoteView[]; originalLocale: string; timeZone: string }) {
  const when = (date: Date) => formatOfficeTime(date, timeZone);
  return (
    <Panel title="Review notes" description="What the desk said about each text, and the revision it was said about. Readers never see these." className="mt-8">
      {notes.length === 0 ? (
        <p className="text-muted">No review notes were written on this document.</p>
      ) : (
        <Table caption={`${notes.length} ${notes.length === 1 ? "review note" : "review notes"}`} captionHidden>
          <thead>
            <tr>
              <Th>Written on</Th>
              <Th>About</Th>
              <Th>Note</Th>
              <Th>By</Th>
              <Th>State</Th>
            </tr>
          </thead>
          <tbody>
            {notes.map((note) => (
              <tr key={note.id} data-review-note={note.id}>
                <Td className="whitespace-nowrap">
                  Edition {note.editionNumber}
                  {note.revisionNumber === null ? "" : `, revision ${note.revisionNumber}`}
                  {note.locale === originalLocale ? "" : <span className="block text-sm text-muted">{languageNameFor(note.locale, "en")} translation</span>}
                </Td>
                <Td className="text-sm">{note.blockId === null ? "The whole edition" : note.quote ? `“${note.quote}”` : "A block"}</Td>
                <Td className="whitespace-pre-line">{note.body}</Td>
                <Td className="text-sm">
                  {note.author?.name ?? "someone no longer on the desk"}
                  <span className="block text-muted">{when(note.createdAt)}</span>
                </Td>
                <Td className="text-sm">
                  {note.resolved ? (
                    <>
                      <Badge tone="success">Resolved</Badge>
                      <span className="block text-muted">
                        by {note.resolved.by?.name ?? "someone no longer on the desk"}, {when(note.resolved.at)}
                      </span>
                    </>
                  ) : (
                    <Badge tone="warning">Open</Badge>
                  )}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </Panel>
  );
}
