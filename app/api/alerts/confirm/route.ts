import { confirmPath } from "@/lib/alerts/alert-paths";
import { readBody, seeOther } from "@/lib/alerts/alert-responses";
import { confirmSubscription } from "@/lib/alerts/confirm-subscription";
import { defaultLocale } from "@/lib/i18n/locales";

// The confirm page's button. The token is the proof: it was mailed to the address it confirms.
export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
  const { input } = await readBody(request);
  const token = typeof input.token === "string" ? input.token : "";
  const result = await confirmSubscription(token);
  // A bad or expired link goes back to the page that explains it.
  if (!result.ok) return seeOther(confirmPath(defaultLocale(), token));
  return seeOther(`/${result.locale}/alerts/confirmed`);
}
