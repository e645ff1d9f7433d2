import { describe, expect, it } from "vitest";
import { publicDocument } from "@/lib/testing/public-document";
import { articlePublishedDate, newsArticleJsonLd, serializeJsonLd } from "./structured-data";

const context = {
  url: "https://mofa.example/en/press-releases/korea-azerbaijan",
  originalUrl: "https://mofa.example/ko/press-releases/korea-azerbaijan",
  publisherName: "Ministry of Foreign Affairs",
  siteUrl: "https://mofa.example/",
  description: "The two sides met.",
  timeZone: "Asia/Seoul",
};

describe("NewsArticle structured data", () => {
  it("names headline, dates, language and publisher, and the original of a translation", () => {
    const data = newsArticleJsonLd(publicDocument(), context);
    expect(data).toMatchObject({
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      headline: "ROK and Azerbaijan Hold 3rd Policy Consultation",
      inLanguage: "en",
      datePublished: "2017-11-20T01:00:00.000Z",
      dateModified: "2017-11-22T05:00:00.000Z",
      publisher: { "@type": "GovernmentOrganization", name: "Ministry of Foreign Affairs" },
      translationOfWork: { "@type": "NewsArticle", inLanguage: "ko", url: "https://mofa.example/ko/press-releases/korea-azerbaijan" },
    });
  });

  it("an original has no translationOfWork, and is modified when first published unless corrected", () => {
    const data = newsArticleJsonLd(publicDocument({ locale: "ko", translation: null }), { ...context, originalUrl: null });
    expect(data.translationOfWork).toBeUndefined();
    expect(data.dateModified).toBe("2017-11-20T01:00:00.000Z");
    const corrected = newsArticleJsonLd(publicDocument({ locale: "ko", translation: null, history: [{ date: "2017-11-22", note: "Fixed." }] }), context);
    expect(corrected.dateModified).toBe("2017-11-22T05:00:00.000Z");
  });

  it("an archive imported years later keeps its own date as datePublished", () => {
    expect(articlePublishedDate("2017-11-20", "2026-12-03T02:00:00.000Z", "Asia/Seoul")).toBe("2017-11-20");
    // 01:00 UTC on the 20th is 10:00 on the 20th in Seoul.
    expect(articlePublishedDate("2017-11-20", "2017-11-20T01:00:00.000Z", "Asia/Seoul")).toBe("2017-11-20T01:00:00.000Z");
  });

  it("serializeJsonLd escapes every <, > and & and the line separators", () => {
    const json = serializeJsonLd({ text: "<a>&\u2028\u2029" });
    expect(json).toBe('{"text":"\\u003ca\\u003e\\u0026\\u2028\\u2029"}');
    expect(JSON.parse(json)).toEqual({ text: "<a>&\u2028\u2029" });
  });
});
