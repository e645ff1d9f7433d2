import "server-only";
import { env } from "@/lib/env";

/** The site's public origin, for absolute URLs in hreflang alternates and canonical links. */
export function siteOrigin(): URL {
  const configured = env().NEXTAUTH_URL;
  if (configured) return new URL(new URL(configured).origin);
  return new URL(`http://localhost:${env().PORT}`);
}
