import { revalidateDocument } from "@/lib/public/revalidate";

/**
 * Refreshes the public pages of a document whose change has committed. The change stands whatever happens here: a
 * failure is logged, never reported as a failed publish (which would invite publishing twice), and the pages catch
 * up when their cache next expires.
 */
export function revalidateAfterCommit(documentId: string): void {
  try {
    revalidateDocument(documentId);
  } catch (error) {
    console.error(`[revalidate] could not refresh the public pages of document ${documentId}`, error);
  }
}
