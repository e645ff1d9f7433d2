import type { MetadataRoute } from "next";
import { robotsRules } from "@/lib/public/robots";

// Per request: the sitemap's address comes from NEXTAUTH_URL at run time, not at build time.
export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  return robotsRules();
}
