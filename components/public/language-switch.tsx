export interface LanguageOption {
  locale: string;
  /** The language's own name ("한국어", "English"). */
  name: string;
  /** null: the page has no version in this language (shown, but not as a link). */
  href: string | null;
}

/**
 * Links to the same page in the other languages. On a document page the options are exactly the languages it is
 * published in; elsewhere, every language of the site.
 */
export function LanguageSwitch({
  current,
  options,
  label,
  currentLabel,
  unavailableLabel,
}: {
  current: string;
  options: LanguageOption[];
  label: string;
  currentLabel: string;
  unavailableLabel: string;
}) {
  if (options.length < 2) return null;
  return (
    <nav aria-label={label} className="language-switch">
      <ul role="list" className="flex items-center gap-1 text-sm">
        {options.map((option) =>
          option.locale === current ? (
            <li key={option.locale}>
              <span
                lang={option.locale}
                aria-current="true"
                className="block rounded-sm bg-white px-2 py-1 font-semibold text-brand-dark"
              >
                {option.name}
                <span className="sr-only"> ({currentLabel})</span>
              </span>
            </li>
          ) : option.href === null ? (
            <li key={option.locale}>
              <span lang={option.locale} title={unavailableLabel} className="block cursor-default px-2 py-1 text-white/70" data-unavailable="">
                {option.name}
                <span className="sr-only"> ({unavailableLabel})</span>
              </span>
            </li>
          ) : (
            <li key={option.locale}>
              <a
                href={option.href}
                hrefLang={option.locale}
                lang={option.locale}
                className="block rounded-sm px-2 py-1 text-white underline-offset-4 hover:underline"
              >
                {option.name}
              </a>
            </li>
          ),
        )}
      </ul>
    </nav>
  );
}
