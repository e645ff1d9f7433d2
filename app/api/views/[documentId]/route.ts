import { after } from "next/server";
import { requestAddress } from "@/lib/auth/request-address";
import { recordView } from "@/lib/public/record-view";
import { isPlausibleDocumentId, judgeView } from "@/lib/public/view-counting";

// The view beacon: a 1×1 transparent GIF that every article page embeds. Counting happens here, after the response
// is sent, so the page itself stays cached and fast. Never cached: each load by a reader is a view.
export const dynamic = "force-dynamic";

const PIXEL = Buffer.from("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7", "base64");

export async function GET(request: Request, { params }: { params: Promise<{ documentId: string }> }): Promise<Response> {
  const { documentId } = await params;
  const verdict = judgeView(request.headers);
  if (verdict.count && isPlausibleDocumentId(documentId)) {
    const address = await requestAddress();
    after(async () => {
      try {
        await recordView(documentId, { address });
      } catch (error) {
        // A lost view is not worth an error page; the log says why it was lost.
        console.error("View beacon: could not count a view", error);
      }
    });
  }
  return new Response(new Uint8Array(PIXEL), {
    status: 200,
    headers: {
      "Content-Type": "image/gif",
      "Content-Length": String(PIXEL.length),
      "Cache-Control": "no-store, max-age=0",
      "X-Robots-Tag": "noindex, nofollow",
    },
  });
}
