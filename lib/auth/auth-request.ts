// Requests to next-auth's endpoints that next-auth itself would fail on with a 500: refused here with a 4xx.

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\b/i;
const FORM_TYPE = /^application\/x-www-form-urlencoded\b/i;
/** Sign-in and sign-out forms are a few hundred bytes. */
export const MAX_AUTH_BODY_BYTES = 16 * 1024;

function problem(status: number, message: string, headers: Record<string, string> = {}): Response {
  return Response.json({ error: message }, { status, headers: { "Cache-Control": "no-store", ...headers } });
}

/**
 * Null when next-auth can handle the request; otherwise the 4xx to answer. Reads the body of a POST (the request
 * given must be a clone the caller does not forward).
 */
export async function refuseMalformedAuthRequest(request: Request, segments: readonly string[]): Promise<Response | null> {
  const [first, second] = segments;
  if (first === "callback" && second === "credentials" && request.method !== "POST") {
    return problem(405, "Sign in by POSTing the form fields csrfToken, email and password.", { Allow: "POST" });
  }
  if (request.method !== "POST") return null;
  const type = request.headers.get("content-type") ?? "";
  const text = await request.text();
  if (new TextEncoder().encode(text).byteLength > MAX_AUTH_BODY_BYTES) return problem(413, "The request body is too large.");
  if (JSON_TYPE.test(type)) {
    try {
      const parsed: unknown = JSON.parse(text || "{}");
      if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) return problem(400, "The body must be a JSON object.");
    } catch {
      return problem(400, "The body is not valid JSON.");
    }
  } else if (!FORM_TYPE.test(type) && text.trim() !== "") {
    return problem(415, "Send the fields as application/x-www-form-urlencoded or JSON.");
  }
  return null;
}
