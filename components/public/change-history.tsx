import type { Messages } from "@/lib/i18n/messages";

/** The page's public history: one line per major change ("Updated 2024-03-02: Corrected the date of the forum."). */
export function ChangeHistory({ entries, messages: t }: { entries: { date: string; note: string }[]; messages: Messages }) {
  if (entries.length === 0) return null;
  return (
    <ul role="list" className="change-history mt-3 space-y-1 text-sm text-muted" data-change-history="">
      {entries.map((entry, index) => (
        <li key={`${entry.date}-${index}`}>
          <span className="font-semibold text-ink">
            {t.article.updated} <time dateTime={entry.date}>{entry.date}</time>:
          </span>{" "}
          {entry.note}
        </li>
      ))}
    </ul>
  );
}
