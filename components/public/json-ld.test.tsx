import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { newsArticleJsonLd } from "@/lib/public/structured-data";
import { publicDocument } from "@/test-support/fixtures/public-document";
import { JsonLd } from "./json-ld";

const HOSTILE_TITLE = `Statement </script><script>alert(1)</script> <!-- & "quotes" \u2028`;

/** The JSON-LD a page carries, read back as a search engine does: the text of each script element, as JSON. */
function readJsonLd(html: string): unknown[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((match) => JSON.parse(match[1]!));
}

describe("JsonLd", () => {
  it("a title containing </script> can never close the script element, and parses back unchanged", () => {
    const data = newsArticleJsonLd(publicDocument({ title: HOSTILE_TITLE }), {
      url: "https://mofa.example/en/press-releases/korea-azerbaijan",
      originalUrl: null,
      publisherName: "Ministry of Foreign Affairs",
      siteUrl: "https://mofa.example/",
      description: HOSTILE_TITLE,
      timeZone: "Asia/Seoul",
    });
    const html = renderToStaticMarkup(<JsonLd data={data} />);
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    expect(html).not.toContain("<script>alert");
    expect(html).not.toContain("<!--");
    const [parsed] = readJsonLd(html) as { headline: string; description: string; "@type": string }[];
    expect(parsed).toMatchObject({ "@type": "NewsArticle", headline: HOSTILE_TITLE, description: HOSTILE_TITLE });
  });
});
