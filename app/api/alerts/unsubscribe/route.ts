import { readBody, seeOther } from "@/lib/alerts/alert-responses";
import { unsubscribe } from "@/lib/alerts/unsubscribe";
import { isSiteLocale } from "@/lib/i18n/locales";

/*
 * One-click unsubscribe (RFC 8058): a mail client POSTs `List-Unsubscribe=One-Click` to the address in the
 * List-Unsubscribe header, with no cookies and no session; the token in the address names the subscriber. The
 * unsubscribe page's button posts here too and is sent on to the page saying it is done. GET does nothing: link
 * scanners fetch every address in a mail.
 */
export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const { input } = await readBody(request);
  const done = await unsubscribe(token);
  const locale = typeof input.locale === "string" && isSiteLocale(input.locale) ? input.locale : null;
  if (locale) return done ? seeOther(`/${locale}/alerts/unsubscribed`) : seeOther(`/${locale}/alerts/unsubscribe?token=${encodeURIComponent(token)}`);
  return new Response(done ? "Unsubscribed.\n" : "This unsubscribe link is not valid.\n", {
    status: done ? 200 : 400,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}
