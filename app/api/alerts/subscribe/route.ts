import { subscribePath, subscribeSentPath } from "@/lib/alerts/alert-paths";
import { localeOf, readBody, seeOther } from "@/lib/alerts/alert-responses";
import { alertWords } from "@/lib/alerts/alert-words";
import { requestSubscription } from "@/lib/alerts/request-subscription";
import { describeRefusal } from "@/lib/errors";

// The public subscribe form. No session: anyone may ask, and the answer never says whether the address is known.
export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
  const { input, json } = await readBody(request);
  const locale = localeOf(input);
  try {
    await requestSubscription({ ...input, email: input.email ?? "", locale: input.locale ?? locale });
  } catch (error) {
    const refusal = describeRefusal(error);
    if (!refusal) throw error;
    if (!json) return seeOther(subscribePath(locale, "?error=invalid"));
    return Response.json({ ok: false, error: alertWords(locale).invalid, fieldErrors: refusal.fieldErrors }, { status: 400 });
  }
  return json ? Response.json({ ok: true, next: subscribeSentPath(locale) }) : seeOther(subscribeSentPath(locale));
}
