import "server-only";
import type { MetadataRoute } from "next";
import { siteLocales } from "@/lib/i18n/locales";
import { siteOrigin } from "./site";

/**
 * Crawlers read the public site, its feeds and the API; not the workspace, sign-in, search results (one page per
 * query, already noindex) or the view beacon.
 */
export function robotsRules(): MetadataRoute.Robots {
  const origin = siteOrigin();
  return {
    rules: [
      {
        userAgent: "*",
        allow: "/",
        disallow: ["/workspace", "/login", "/bench-static", "/api/auth", "/api/views", "/api/revalidate", ...siteLocales().map((locale) => `/${locale}/search`)],
      },
    ],
    sitemap: new URL("/sitemap.xml", origin).href,
  };
}
