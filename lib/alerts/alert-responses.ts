import "server-only";
import { formDataToInput, type ActionInput } from "@/lib/actions/form-input";
import { defaultLocale, isSiteLocale } from "@/lib/i18n/locales";

/** The alert endpoints take a plain form (no JavaScript) or JSON (the enhanced form). */
export async function readBody(request: Request): Promise<{ input: ActionInput; json: boolean }> {
  const json = (request.headers.get("content-type") ?? "").includes("application/json");
  if (json) {
    const body = (await request.json().catch(() => null)) as unknown;
    return { input: body && typeof body === "object" && !Array.isArray(body) ? (body as ActionInput) : {}, json };
  }
  const form = await request.formData().catch(() => null);
  return { input: form ? formDataToInput(form) : {}, json };
}

export function localeOf(input: ActionInput): string {
  return typeof input.locale === "string" && isSiteLocale(input.locale) ? input.locale : defaultLocale();
}

/** After a form's POST: the page to show, fetched with GET. Relative, so it stays on whatever host served the form. */
export function seeOther(path: string): Response {
  return new Response(null, { status: 303, headers: { Location: path, "Cache-Control": "no-store" } });
}
