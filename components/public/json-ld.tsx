import { serializeJsonLd } from "@/lib/public/structured-data";

/**
 * Structured data for search engines. A data block, never executed (and so allowed by any script-src policy). It
 * is the one place HTML is set directly: the content is JSON built by lib/public/structured-data.ts, with "<", ">"
 * and "&" escaped by serializeJsonLd, so no user text in it can close the element. React would HTML-escape text
 * children, which is not valid JSON inside a <script>.
 */
export function JsonLd({ data }: { data: Record<string, unknown> }) {
  // eslint-disable-next-line react/no-danger -- JSON with "<" escaped (see above), not HTML
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
