import { createHmac, timingSafeEqual } from "node:crypto";
import { revalidateTag } from "next/cache";
import { z } from "zod";
import { resolveAuthSecret } from "@/lib/auth/secret";
import { invalidateSharedTags } from "@/lib/cache/shared-invalidation";
import { env, nextServer } from "@/lib/env";

/**
 * Cache tags of the public site. Public queries (lib/public/) tag what they read with these; editorial services call
 * `revalidateDocument` after every change readers can see (publish, withdraw, correct, translation publish).
 */
export const PUBLIC_TAGS = {
  /** Every list, feed and home page. */
  lists: "public:lists",
  document: (documentId: string) => `public:document:${documentId}`,
} as const;

function tagsOf(documentId: string): string[] {
  return [PUBLIC_TAGS.lists, PUBLIC_TAGS.document(documentId)];
}

/** Purges the document's tags; false when called outside a request (no cache store to purge there). */
function purgeInThisRequest(documentId: string): boolean {
  for (const tag of tagsOf(documentId)) {
    try {
      revalidateTag(tag, { expire: 0 });
    } catch (error) {
      if (error instanceof Error && /static generation store|incrementalCache|outside a request/i.test(error.message)) return false;
      throw error;
    }
  }
  return true;
}

const notifications = new Set<Promise<void>>();

function track(notification: Promise<void>): void {
  const tracked = notification.finally(() => notifications.delete(tracked));
  notifications.add(tracked);
}

export function revalidateDocument(documentId: string): void {
  const shared = invalidateSharedTags(tagsOf(documentId));
  if (shared) track(shared.catch((error: unknown) => console.error(`[revalidate] could not invalidate ${documentId} in Redis: ${(error as Error).message}`)));
  if (purgeInThisRequest(documentId)) return;
  // The shared cache is every instance's, and has just been told.
  if (shared) return;
  // Outside a request — the in-server scheduler's timer, or `npm run publish-due` from a cron — Next.js has no cache
  // store at hand, so ask the running server to purge through its own endpoint (app/api/revalidate).
  track(notifyServer([documentId]));
}

/** For command-line tasks: wait until the running server has been told about every change before exiting. */
export async function settleRevalidations(): Promise<void> {
  await Promise.all([...notifications]);
}

export const revalidationRequestSchema = z.object({ documentIds: z.array(z.string().min(1).max(64)).min(1).max(500) });

export const REVALIDATION_SIGNATURE_HEADER = "x-chancery-signature";

export function signRevalidation(body: string, secret: string = resolveAuthSecret(env())): string {
  return createHmac("sha256", secret).update(body).digest("hex");
}

export function isValidRevalidationSignature(body: string, signature: string | null): boolean {
  if (!signature || !/^[0-9a-f]{64}$/.test(signature)) return false;
  return timingSafeEqual(Buffer.from(signature, "hex"), Buffer.from(signRevalidation(body), "hex"));
}

let commandLineNotifies = false;

/** A command-line task whose changes a running server must hear about (`npm run publish-due`, `npm run import`). */
export function notifyRunningServer(): void {
  commandLineNotifies = true;
}

/**
 * Where to send refresh requests: the server's own address (NEXTAUTH_URL), from inside the server (its scheduler) or
 * from a command that asked to notify it. Seeding and first-start imports run before any server exists: no requests.
 */
function serverUrl(): string | null {
  if (!nextServer.running() && !commandLineNotifies) return null;
  return env().NEXTAUTH_URL ?? null;
}

async function notifyServer(documentIds: string[]): Promise<void> {
  const base = serverUrl();
  if (!base) return;
  const body = JSON.stringify({ documentIds });
  // The scheduler's first run happens while the server is still starting to listen: try again for a few seconds.
  const attempts = 4;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      const response = await fetch(new URL("/api/revalidate", base), {
        method: "POST",
        headers: { "content-type": "application/json", [REVALIDATION_SIGNATURE_HEADER]: signRevalidation(body) },
        body,
        signal: AbortSignal.timeout(5000),
      });
      if (!response.ok) console.error(`[revalidate] the server refused to refresh ${documentIds.join(", ")}: HTTP ${response.status}`);
      return;
    } catch (error) {
      if (attempt === attempts) {
        // No server running (a cron run while the site is down): its caches are rebuilt from the database anyway.
        console.error(`[revalidate] could not reach ${base} to refresh ${documentIds.join(", ")}: ${(error as Error).message}`);
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, attempt * 1000));
    }
  }
}

/** Used by app/api/revalidate inside a request, where purging works. */
export function purgeDocuments(documentIds: string[]): void {
  for (const documentId of documentIds) purgeInThisRequest(documentId);
}
