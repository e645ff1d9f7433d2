import type { Messages } from "@/lib/i18n/messages";

/**
 * The page's public history: one line per major change ("Updated 2024-03-02: Corrected the date of the forum."). A
 * note not translated into the page's language is shown as written, marked with its language and a line saying so.
 */
export function ChangeHistory({
  entries,
  messages: t,
  languageName,
}: {
  entries: { date: string; note: string; noteLocale?: string }[];
  messages: Messages;
  /** The name, in the page's language, of a note's language. */
  languageName: (locale: string) => string;
}) {
  if (entries.length === 0) return null;
  return (
    <ul role="list" className="change-history mt-3 space-y-1 text-sm text-muted" data-change-history="">
      {entries.map((entry, index) => (
        <li key={`${entry.date}-${index}`}>
          <span className="font-semibold text-ink">
            {t.article.updated} <time dateTime={entry.date}>{entry.date}</time>:
          </span>{" "}
          {entry.noteLocale ? (
            <>
              <span lang={entry.noteLocale}>{entry.note}</span>{" "}
              <span className="italic" data-note-in-original="">
                {t.article.noteInOriginal(languageName(entry.noteLocale))}
              </span>
            </>
          ) : (
            entry.note
          )}
        </li>
      ))}
    </ul>
  );
}
