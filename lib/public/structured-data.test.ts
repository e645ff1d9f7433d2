import { describe, expect, it } from "vitest";
import { publicDocument } from "@/test-support/fixtures/public-document";
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

  it("names the lead image, at most 1280 px wide, with its size, caption and credit; none without one", () => {
    const leadImage = {
      kind: "image" as const,
      id: "cmedia000001",
      alt: "Two ministers shaking hands",
      caption: "The ministers before the talks",
      credit: "MOFA",
      lang: "en",
      width: 2400,
      height: 1600,
      base: "/media/cmedia000001/0123456789abcdef",
      fallback: "jpg" as const,
    };
    expect(newsArticleJsonLd(publicDocument({ leadImage }), context).image).toEqual({
      "@type": "ImageObject",
      url: "https://mofa.example/media/cmedia000001/0123456789abcdef/w1280.jpg",
      width: 1280,
      height: 853,
      caption: "The ministers before the talks",
      creditText: "MOFA",
    });
    expect(newsArticleJsonLd(publicDocument(), context).image).toBeUndefined();
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
