// A PublicDocument as lib/public/document-page.ts returns it, for tests of what is built from one (structured data).
import type { PublicDocument } from "@/lib/public/document-page";

/** A Korean original's unofficial English translation, first published on its own date; `overrides` change any field. */
export function publicDocument(overrides: Partial<PublicDocument> = {}): PublicDocument {
  return {
    id: "doc1",
    kind: "PRESS_RELEASE",
    slug: "korea-azerbaijan",
    locale: "en",
    originalLocale: "ko",
    title: "ROK and Azerbaijan Hold 3rd Policy Consultation",
    summary: "",
    body: [],
    anchors: {},
    publicDate: "2017-11-20",
    firstPublishedAt: "2017-11-20T01:00:00.000Z",
    modifiedAt: "2017-11-22T05:00:00.000Z",
    viewCount: 0,
    interviewee: null,
    outlet: null,
    sourceUrl: null,
    translation: { kind: "UNOFFICIAL", credit: null, original: { locale: "ko", available: true }, behindOriginalSince: null },
    withdrawal: null,
    history: [],
    languages: [],
    related: [],
    countries: [],
    topics: [],
    people: [],
    media: {},
    leadImage: null,
    ...overrides,
  };
}
