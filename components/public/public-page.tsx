import type { ReactNode } from "react";
import type { Messages } from "@/lib/i18n/messages";
import type { LanguageOption } from "./language-switch";
import { SiteFooter } from "./site-footer";
import { SiteHeader, type Section } from "./site-header";

/** Header, main landmark (the skip link's target) and footer around a page's content. */
export function PublicPage({
  locale,
  messages,
  languages,
  section,
  children,
}: {
  locale: string;
  messages: Messages;
  languages: LanguageOption[];
  section: Section;
  children: ReactNode;
}) {
  return (
    <>
      <SiteHeader locale={locale} messages={messages} languages={languages} section={section} />
      <main id="content" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 pt-8 focus:outline-none sm:px-6 sm:pt-10">
        {children}
      </main>
      <SiteFooter locale={locale} messages={messages} />
    </>
  );
}
