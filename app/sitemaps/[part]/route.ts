import { conditionalResponse, plainTextResponse } from "@/lib/public/http-cache";
import { SITEMAP_CACHE_CONTROL, sitemapPart } from "@/lib/public/sitemap";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ part: string }> }): Promise<Response> {
  const match = /^([1-9]\d{0,5})\.xml$/.exec((await params).part);
  const xml = match ? await sitemapPart(Number(match[1])) : null;
  if (!xml) return plainTextResponse(404, "No such sitemap.");
  return conditionalResponse(request, { body: xml, contentType: "application/xml; charset=utf-8", lastModified: null, cacheControl: SITEMAP_CACHE_CONTROL });
}
