import type { Metadata } from "next";
import { z } from "zod";
import { AlertSubscribeForm } from "@/components/public/alert-subscribe-form";
import { PublicPage } from "@/components/public/public-page";
import { listAlertChoices } from "@/lib/alerts/alert-choices";
import { SUBSCRIBE_ENDPOINT, subscribePath } from "@/lib/alerts/alert-paths";
import { alertWords } from "@/lib/alerts/alert-words";
import { env } from "@/lib/env";
import { messages } from "@/lib/i18n/messages";
import { readSearchParams, type SearchParams } from "@/lib/validation/search-params";
import { PUBLIC_KINDS } from "@/lib/public/paths";
import { everyLanguage, requireSiteLocale } from "../_views/shared";

export const dynamic = "force-dynamic";

type Params = Promise<{ locale: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params;
  return { title: alertWords(requireSiteLocale(locale)).title };
}

const alertQuerySchema = z.object({
  kind: z.string().optional(),
  topic: z.string().optional(),
  country: z.string().optional(),
  error: z.string().optional(),
});

export default async function AlertsPage({ params, searchParams }: { params: Params; searchParams: Promise<SearchParams> }) {
  const { locale: requested } = await params;
  const locale = requireSiteLocale(requested);
  const query = readSearchParams(await searchParams, alertQuerySchema);
  const t = messages(locale);
  const words = alertWords(locale);
  const choices = await listAlertChoices(locale);
  // Coming from a list: what that list showed is ticked (?kind=PRESS_RELEASE&topic=<slug>&country=<code>).
  const kind = query.kind;
  const topic = choices.topics.find((entry) => entry.slug === query.topic);
  const country = choices.countries.find((entry) => entry.code === query.country?.toUpperCase());
  return (
    <PublicPage locale={locale} messages={t} languages={everyLanguage((other) => subscribePath(other))} section={null}>
      <div className="mx-auto max-w-3xl">
        <h1 className="text-[1.75rem] font-bold tracking-tight text-ink sm:text-[2rem]">{words.title}</h1>
        <p className="mt-3 text-[1.0625rem] text-ink">{words.intro}</p>
        <div className="mt-8">
          <AlertSubscribeForm
            endpoint={SUBSCRIBE_ENDPOINT}
            locale={locale}
            digestTime={env().CHANCERY_ALERT_DIGEST_TIME}
            failedWithoutScript={query.error === "invalid"}
            chosen={{
              kinds: kind && (PUBLIC_KINDS as readonly string[]).includes(kind) ? [kind] : [],
              topics: topic ? [topic.id] : [],
              countries: country ? [country.id] : [],
            }}
            options={{
              kinds: PUBLIC_KINDS.map((value) => ({ value, label: t.kinds[value].many })),
              topics: choices.topics.map((entry) => ({ value: entry.id, label: entry.name })),
              countries: choices.countries.map((entry) => ({ value: entry.id, label: entry.name })),
              languages: choices.languages.map((entry) => ({ value: entry.locale, label: entry.name })),
            }}
          />
        </div>
      </div>
    </PublicPage>
  );
}
