import type { CurrentUser } from "@/lib/auth/current-user";
import { requestAddress } from "@/lib/auth/request-address";
import { getCurrentUser } from "@/lib/auth/session";

/** Who is asking and from where: what every server action learns about its request before anything else. */
export type RequestContext = { user: CurrentUser | null; ipAddress: string | null };

export type RequestContextReader = () => Promise<RequestContext>;

async function fromRequest(): Promise<RequestContext> {
  const [user, ipAddress] = await Promise.all([getCurrentUser(), requestAddress()]);
  return { user, ipAddress };
}

let reader: RequestContextReader = fromRequest;

export function readRequestContext(): Promise<RequestContext> {
  return reader();
}

/**
 * Tests call server actions directly, outside any request: they say who is asking. Refused outside vitest, so no
 * code path in the running app can swap the session reader.
 */
export function setRequestContextForTests(fake: RequestContextReader | null): void {
  if (!process.env.VITEST) throw new Error("setRequestContextForTests is for tests only");
  reader = fake ?? fromRequest;
}
