"use client";
// Shown when a page fails to render (the database is unreachable, say). A client component by necessity: Next.js
// error boundaries run in the browser so "Try again" can re-render without a full reload.
import { useParams } from "next/navigation";
import { errorText } from "@/lib/i18n/error-text";

export default function PublicError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const params = useParams<{ locale?: string }>();
  const locale = typeof params.locale === "string" ? params.locale : "en";
  const t = errorText(locale);
  return (
    <main id="content" className="mx-auto w-full max-w-2xl flex-1 px-4 py-16 sm:px-6" data-error-page="">
      <p className="text-sm font-semibold text-brand">
        <a href={`/${locale}`} className="underline-offset-4 hover:underline">
          {t.ministry}
        </a>
      </p>
      <h1 className="mt-4 text-[1.75rem] font-bold tracking-tight text-ink">{t.title}</h1>
      <p className="mt-4 text-[1.0625rem] text-ink">{t.body}</p>
      <div className="mt-8 flex flex-wrap items-center gap-6">
        <button
          type="button"
          onClick={() => reset()}
          className="h-11 rounded-sm bg-brand px-5 font-semibold text-white hover:bg-brand-dark"
        >
          {t.retry}
        </button>
        <a href={`/${locale}`} className="font-semibold text-brand underline underline-offset-4">
          {t.home}
        </a>
      </div>
    </main>
  );
}
