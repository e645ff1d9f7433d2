import type { Messages } from "@/lib/i18n/messages";
import { homePath, listPath, type PublicKind } from "@/lib/public/paths";
import { MAX_QUERY_LENGTH, searchPath } from "@/lib/search/search-query";
import { LanguageSwitch, type LanguageOption } from "./language-switch";
import { TextSizeControl } from "./text-size-control";

export type Section = "home" | PublicKind | null;

export interface SiteHeaderProps {
  locale: string;
  messages: Messages;
  languages: LanguageOption[];
  /** The menu entry to mark as current. */
  section: Section;
}

export function SiteHeader({ locale, messages: t, languages, section }: SiteHeaderProps) {
  const menu: { key: Exclude<Section, null>; href: string; label: string }[] = [
    { key: "home", href: homePath(locale), label: t.nav.home },
    { key: "PRESS_RELEASE", href: listPath(locale, "PRESS_RELEASE"), label: t.kinds.PRESS_RELEASE.many },
    { key: "INTERVIEW", href: listPath(locale, "INTERVIEW"), label: t.kinds.INTERVIEW.many },
  ];
  return (
    <header>
      <div className="skip-links">
        <a
          href="#content"
          className="sr-only left-2 top-2 z-50 rounded-sm bg-white px-4 py-2 font-semibold text-brand-dark shadow-lg focus:not-sr-only focus:absolute"
        >
          {t.skip.toContent}
        </a>
        <a
          href="#menu"
          className="sr-only left-2 top-2 z-50 rounded-sm bg-white px-4 py-2 font-semibold text-brand-dark shadow-lg focus:not-sr-only focus:absolute"
        >
          {t.skip.toMenu}
        </a>
      </div>
      <div className="site-tools bg-brand-dark text-white">
        <div className="mx-auto flex max-w-5xl items-center justify-end gap-4 px-4 py-1.5 sm:justify-between sm:px-6">
          <p className="hidden text-xs text-white/85 sm:block">{t.site.country}</p>
          <div className="flex items-center gap-4">
            <LanguageSwitch current={locale} options={languages} label={t.language.label} currentLabel={t.language.current} />
            <TextSizeControl labels={t.textSize} />
          </div>
        </div>
      </div>
      <div className="border-b border-rule bg-white">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-4 px-4 py-5 sm:px-6 sm:py-6">
          <a href={homePath(locale)} className="group flex items-center gap-3 rounded-sm">
            <Emblem />
            <span className="flex flex-col">
              <span className="text-lg font-bold leading-tight tracking-tight text-ink sm:text-2xl">{t.site.ministry}</span>
              <span className="text-sm text-muted">{t.site.section}</span>
            </span>
          </a>
          <SearchBox locale={locale} messages={t} />
        </div>
        <nav id="menu" aria-label={t.nav.label} tabIndex={-1} className="border-t border-rule">
          <ul role="list" className="mx-auto flex max-w-5xl gap-1 overflow-x-auto px-2 sm:px-4">
            {menu.map((item) => (
              <li key={item.key}>
                <a
                  href={item.href}
                  aria-current={item.key === section ? "page" : undefined}
                  className={`block whitespace-nowrap border-b-[3px] px-3 py-3 text-[0.9375rem] font-semibold ${
                    item.key === section ? "border-brand text-brand" : "border-transparent text-ink hover:border-rule hover:text-brand"
                  }`}
                >
                  {item.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}

/** A GET form to the results page (app/(public)/[locale]/search): it works without JavaScript. */
function SearchBox({ locale, messages: t }: { locale: string; messages: Messages }) {
  return (
    <form role="search" method="get" action={searchPath(locale)} aria-label={t.search.label} className="flex w-full print:hidden sm:ml-auto sm:w-auto">
      <label htmlFor="site-search-q" className="sr-only">
        {t.search.field}
      </label>
      <input
        id="site-search-q"
        type="search"
        name="q"
        maxLength={MAX_QUERY_LENGTH}
        enterKeyHint="search"
        className="h-10 min-w-0 flex-1 rounded-l-sm border border-r-0 border-muted bg-white px-3 text-[0.9375rem] text-ink sm:w-64 sm:flex-none"
      />
      <button type="submit" className="h-10 shrink-0 rounded-r-sm bg-brand px-4 text-[0.9375rem] font-semibold text-white hover:bg-brand-dark">
        {t.search.submit}
      </button>
    </form>
  );
}

/** A plain mark, not the state emblem: the site is the press office's, and the emblem is the ministry's to place. */
function Emblem() {
  return (
    <svg aria-hidden="true" viewBox="0 0 40 40" className="h-10 w-10 shrink-0 sm:h-12 sm:w-12">
      <rect width="40" height="40" rx="4" className="fill-brand" />
      <circle cx="20" cy="20" r="11" fill="none" stroke="#fff" strokeWidth="2.5" />
      <path d="M9 20h22M20 9c-4 3.5-4 18.5 0 22M20 9c4 3.5 4 18.5 0 22" fill="none" stroke="#fff" strokeWidth="1.6" />
    </svg>
  );
}
