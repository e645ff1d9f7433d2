import { conditionalResponse } from "@/lib/public/http-cache";
import { SITEMAP_CACHE_CONTROL, sitemapRoot } from "@/lib/public/sitemap";

// Next's sitemap convention writes no sitemap index, which a large archive needs (lib/public/sitemap.ts).
export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  const { xml } = await sitemapRoot();
  return conditionalResponse(request, { body: xml, contentType: "application/xml; charset=utf-8", lastModified: null, cacheControl: SITEMAP_CACHE_CONTROL });
}
