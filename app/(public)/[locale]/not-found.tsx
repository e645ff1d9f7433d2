import type { Metadata } from "next";
import { locale as rootLocale } from "next/root-params";
import { PublicPage } from "@/components/public/public-page";
import { defaultLocale, isSiteLocale } from "@/lib/i18n/locales";
import { messages } from "@/lib/i18n/messages";
import { homePath, listPath } from "@/lib/public/paths";
import { everyLanguage } from "./_views/shared";

async function currentLocale(): Promise<string> {
  const value: unknown = await rootLocale();
  return typeof value === "string" && isSiteLocale(value) ? value : defaultLocale();
}

export async function generateMetadata(): Promise<Metadata> {
  const t = messages(await currentLocale());
  return { title: t.notFound.title, robots: { index: false } };
}

export default async function NotFound() {
  const locale = await currentLocale();
  const t = messages(locale);
  return (
    <PublicPage locale={locale} messages={t} languages={everyLanguage(homePath)} section={null}>
      <div className="mx-auto max-w-2xl py-8" data-not-found="">
        <p className="text-sm font-semibold tracking-wide text-muted">404</p>
        <h1 className="mt-2 text-[1.75rem] font-bold tracking-tight text-ink">{t.notFound.title}</h1>
        <p className="mt-4 text-[1.0625rem] text-ink">{t.notFound.body}</p>
        <ul role="list" className="mt-6 space-y-2">
          <li>
            <a href={homePath(locale)} className="font-semibold text-brand underline underline-offset-4">
              {t.notFound.home}
            </a>
          </li>
          <li>
            <a href={listPath(locale, "PRESS_RELEASE")} className="text-brand underline underline-offset-4">
              {t.kinds.PRESS_RELEASE.many}
            </a>
          </li>
          <li>
            <a href={listPath(locale, "INTERVIEW")} className="text-brand underline underline-offset-4">
              {t.kinds.INTERVIEW.many}
            </a>
          </li>
        </ul>
      </div>
    </PublicPage>
  );
}
