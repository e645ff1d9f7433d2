/** Where a block's notes are on the page (the Review notes panel's group for it). */
export function reviewNotesAnchor(blockId: string | null): string {
  return blockId === null ? "review-notes-edition" : `review-notes-${blockId}`;
}

/** Beside a block in the editor: its open review notes, linking to them. */
export function ReviewNotesLink({ blockId, count }: { blockId: string; count: number }) {
  return (
    <a
      href={`#${reviewNotesAnchor(blockId)}`}
      data-block-notes={count}
      className="inline-flex items-center rounded-sm border border-amber-300 bg-amber-50 px-2 py-0.5 text-sm text-ink underline-offset-2 hover:underline"
    >
      {count === 1 ? "1 open note" : `${count} open notes`}
    </a>
  );
}
