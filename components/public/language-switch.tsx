export interface LanguageOption {
  locale: string;
  /** The language's own name ("한국어", "English"). */
  name: string;
  /** null: the page has no version in this language (not offered). */
  href: string | null;
}

/**
 * Links to the same page in the other languages. It offers exactly the languages the page exists in: on a document
 * page those it is published in, elsewhere every language of the site. A language without a version is not offered.
 */
export function LanguageSwitch({
  current,
  options,
  label,
  currentLabel,
}: {
  current: string;
  options: LanguageOption[];
  label: string;
  currentLabel: string;
}) {
  const offered = options.filter((option) => option.locale === current || option.href !== null);
  if (offered.length < 2) return null;
  return (
    <nav aria-label={label} className="language-switch">
      <ul role="list" className="flex items-center gap-1 text-sm">
        {offered.map((option) =>
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
          ) : (
            <li key={option.locale}>
              <a
                href={option.href ?? undefined}
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
