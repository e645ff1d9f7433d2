import { revalidateTag } from "next/cache";

/**
 * Cache tags of the public site. Public queries (lib/public/) tag what they read with these; editorial services call
 * `revalidateDocument` after every change readers can see (publish, withdraw, correct, translation publish).
 */
export const PUBLIC_TAGS = {
  /** Every list, feed and home page. */
  lists: "public:lists",
  document: (documentId: string) => `public:document:${documentId}`,
} as const;

export function revalidateDocument(documentId: string): void {
  for (const tag of [PUBLIC_TAGS.lists, PUBLIC_TAGS.document(documentId)]) {
    try {
      revalidateTag(tag, { expire: 0 });
    } catch (error) {
      // Outside a Next.js server (CLI scripts, tests) there is no cache to revalidate; the next request reads fresh data.
      if (!(error instanceof Error) || !/static generation store|incrementalCache|outside a request/i.test(error.message)) throw error;
    }
  }
}
