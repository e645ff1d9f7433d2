import type { Messages } from "@/lib/i18n/messages";

/**
 * Shown above and below a translation. An unofficial one says so plainly and links to the original, which prevails;
 * an official one only says where it was translated from.
 */
export function TranslationNotice({
  kind,
  originalName,
  originalLocale,
  originalHref,
  credit,
  behindOriginalSince,
  position,
  messages: t,
}: {
  kind: "OFFICIAL" | "UNOFFICIAL";
  originalName: string | null;
  originalLocale: string | null;
  /** null when the original cannot be read on this site. */
  originalHref: string | null;
  credit: string | null;
  /** The original changed on this date after the translation was made. */
  behindOriginalSince: string | null;
  position: "top" | "bottom";
  messages: Messages;
}) {
  const link =
    originalHref && originalName && originalLocale ? (
      <a href={originalHref} hrefLang={originalLocale} className="font-semibold text-brand underline underline-offset-2">
        {t.translation.readOriginal(originalName)}
      </a>
    ) : null;

  const behind = behindOriginalSince ? (
    <p className="mt-1 font-semibold" data-translation-behind="">
      {t.translation.behind(behindOriginalSince)}
    </p>
  ) : null;

  if (kind === "OFFICIAL") {
    if (!originalName && !credit && !link && !behind) return null;
    return (
      <div className="translation-notice text-sm text-muted" data-translation-notice="official" data-position={position}>
        <p>
          {originalName ? `${t.translation.officialNote(originalName)} ` : ""}
          {credit ? `${credit}. ` : ""}
          {link}
        </p>
        {behind ? <div className="text-ink">{behind}</div> : null}
      </div>
    );
  }
  return (
    <div
      role="note"
      aria-label={t.translation.unofficialTitle}
      className="translation-notice rounded-sm border border-l-4 border-[#8a6d00] border-l-[#8a6d00] bg-[#fff8e1] px-4 py-3 text-[0.9375rem] text-ink"
      data-translation-notice="unofficial"
      data-position={position}
    >
      <p>
        <strong className="font-semibold">{t.translation.unofficialTitle}.</strong> {t.translation.unofficialBody(originalName)}
        {credit ? ` ${credit}.` : ""}
      </p>
      {behind}
      {link ? <p className="mt-1">{link}</p> : null}
    </div>
  );
}
