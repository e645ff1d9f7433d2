// The small facts under a document's title in a list (the public lists and the search results alike).

/** "Outlet: The Korea Herald" (an interview's); nothing when there is none. */
export function OutletMeta({ label, outlet }: { label: string; outlet: string | null | undefined }) {
  if (!outlet) return null;
  return (
    <span>
      {label}: {outlet}
    </span>
  );
}

/** The mark of an unofficial translation; nothing for an official one or the original. */
export function UnofficialMark({ label, translationKind }: { label: string; translationKind: string | null | undefined }) {
  if (translationKind !== "UNOFFICIAL") return null;
  return <span className="rounded-sm border border-rule px-1.5 text-ink">{label}</span>;
}
