/** Above an embargoed text: when it may be used, and that the link is personal. English: the press list's language. */
export function EmbargoBanner({ until, untilIso, recipient }: { until: string; untilIso: string; recipient: { name: string; outlet: string } }) {
  return (
    <div role="note" aria-label="Embargo" className="mx-auto mb-8 max-w-3xl border-4 border-accent bg-white px-5 py-4" data-embargo-banner="">
      <p className="text-xl font-bold uppercase tracking-wide text-accent">
        Embargoed until <time dateTime={untilIso}>{until}</time>
      </p>
      <p className="mt-1 text-ink">Not for publication, broadcast or posting before this time.</p>
      <p className="mt-2 text-sm text-muted">
        Sent personally to {recipient.name}
        {recipient.outlet ? ` (${recipient.outlet})` : ""}. Please do not forward this link: each opening is recorded.
      </p>
    </div>
  );
}
