import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/auth-options";
import { refuseMalformedAuthRequest } from "@/lib/auth/auth-request";

/** next-auth's standard endpoints: /api/auth/csrf, /api/auth/callback/credentials, /api/auth/signout, /api/auth/session. */
type RouteContext = { params: Promise<{ nextauth: string[] }> };

async function handler(request: Request, context: RouteContext): Promise<Response> {
  const refusal = await refuseMalformedAuthRequest(request.clone(), (await context.params).nextauth);
  if (refusal) return refusal;
  // The options are built per request so that `next build` never resolves the secret.
  return (NextAuth(authOptions()) as (request: Request, context: RouteContext) => Promise<Response>)(request, context);
}

export { handler as GET, handler as POST };
