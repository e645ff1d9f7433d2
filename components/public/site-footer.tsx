import type { Messages } from "@/lib/i18n/messages";
import { subscribePath } from "@/lib/alerts/alert-paths";
import { alertWords } from "@/lib/alerts/alert-words";
import { homePath, listPath } from "@/lib/public/paths";

export function SiteFooter({ locale, messages: t }: { locale: string; messages: Messages }) {
  return (
    <footer className="mt-16 border-t-4 border-brand bg-wash">
      <div className="mx-auto grid max-w-5xl gap-6 px-4 py-8 text-sm text-muted sm:grid-cols-[2fr_1fr] sm:px-6">
        <div className="space-y-2">
          <p className="font-semibold text-ink">
            {t.site.ministry} · {t.site.country}
          </p>
          <p>{t.footer.about}</p>
          <p>{t.footer.translations}</p>
        </div>
        <ul role="list" className="site-footer-links space-y-1 sm:justify-self-end">
          <li>
            <a className="underline underline-offset-2 hover:text-brand" href={homePath(locale)}>
              {t.nav.home}
            </a>
          </li>
          <li>
            <a className="underline underline-offset-2 hover:text-brand" href={listPath(locale, "PRESS_RELEASE")}>
              {t.kinds.PRESS_RELEASE.many}
            </a>
          </li>
          <li>
            <a className="underline underline-offset-2 hover:text-brand" href={listPath(locale, "INTERVIEW")}>
              {t.kinds.INTERVIEW.many}
            </a>
          </li>
          <li>
            <a className="underline underline-offset-2 hover:text-brand" href={subscribePath(locale)} data-alerts-link="">
              {alertWords(locale).link}
            </a>
          </li>
        </ul>
      </div>
      <div className="border-t border-rule">
        <p className="mx-auto max-w-5xl px-4 py-4 text-xs text-muted sm:px-6">© {t.footer.rights}</p>
      </div>
    </footer>
  );
}
