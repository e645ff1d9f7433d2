import { feedResponse } from "@/lib/public/feeds/feed-response";
import type { FeedFormat, PublicKind } from "@/lib/public/paths";

/** The GET handler of one feed address (`/en/press-releases/feed.atom`…). */
export function feedRoute(kind: PublicKind | null, format: FeedFormat) {
  return async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }): Promise<Response> {
    return feedResponse(request, (await params).locale, kind, format);
  };
}
