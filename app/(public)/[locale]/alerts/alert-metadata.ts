import type { Metadata } from "next";
import { alertWords, type AlertPageWords } from "@/lib/alerts/alert-words";
import { requireSiteLocale } from "../_views/shared";

type Params = Promise<{ locale: string }>;

/**
 * generateMetadata for the pages of the alert flow: titled in the reader's language, never indexed; pages whose
 * address holds a token (`private`) also send no Referer, so the token does not travel to the next site.
 */
export function alertMetadata(title: (words: AlertPageWords) => string, options: { private?: boolean } = {}) {
  return async ({ params }: { params: Params }): Promise<Metadata> => {
    const { locale } = await params;
    return {
      title: title(alertWords(requireSiteLocale(locale))),
      robots: { index: false, follow: !options.private },
      ...(options.private ? { referrer: "no-referrer" as const } : {}),
    };
  };
}
