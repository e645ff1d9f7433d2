import { isValidRevalidationSignature, purgeDocuments, REVALIDATION_SIGNATURE_HEADER, revalidationRequestSchema } from "@/lib/public/revalidate";

// Lets work that runs outside a request (the scheduler's timer, `npm run publish-due`) refresh the public pages:
// only callers holding the server's secret, which signs the body.
export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
  const body = await request.text();
  if (!isValidRevalidationSignature(body, request.headers.get(REVALIDATION_SIGNATURE_HEADER))) {
    return Response.json({ error: "bad signature" }, { status: 403 });
  }
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return Response.json({ error: "body must be JSON" }, { status: 400 });
  }
  const parsed = revalidationRequestSchema.safeParse(json);
  if (!parsed.success) return Response.json({ error: parsed.error.issues[0]?.message ?? "invalid body" }, { status: 400 });
  purgeDocuments(parsed.data.documentIds);
  return Response.json({ revalidated: parsed.data.documentIds.length });
}
