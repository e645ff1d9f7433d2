// An archive for the machine-readable outputs (feeds, the API, the sitemap): what must appear in them, and
// documents in every state that must never appear, tagged with the same country, topic and person.
import type { PrismaClient } from "@/lib/db/generated/client";
import type { Block } from "@/lib/content/body/schema";
import { createPublishedDocument, releaseFixture, type DocumentFixture } from "./public-fixtures";

export const HOSTILE_TITLE = `Statement </script><script>alert("x")</script> <!-- & it's`;

const paragraph = (id: string, text: string): Block => ({ kind: "numbered", id, text });

/** The corrected release's bodies: a paragraph inserted before the second by a major correction. */
export const FIRST_BODY: Block[] = [paragraph("para-aaaa", "The forum opened."), paragraph("para-bbbb", "The ministers agreed.")];
export const CORRECTED_BODY: Block[] = [
  paragraph("para-aaaa", "The forum opened in Seoul."),
  paragraph("para-xxxx", "A paragraph added by the correction."),
  paragraph("para-bbbb", "The ministers agreed."),
];

export const MAJOR_CORRECTION_AT = "2021-10-11T03:00:00.000Z";
export const MINOR_CORRECTION_AT = "2021-10-12T03:00:00.000Z";

const tagged = { countries: ["AZ"], topics: ["central-asia"], people: ["Yoon Soon-gu"] };

export const LISTED_IN_EN = ["azerbaijan-consultation", "forum-corrected", "hostile-title", "plain-1", "plain-2", "plain-3"] as const;
export const NEVER_LISTED = ["draft-release", "submitted-release", "scheduled-release", "withdrawn-release"] as const;

export const SYNDICATION_FIXTURES: DocumentFixture[] = [
  releaseFixture("azerbaijan-consultation", "2021-10-14", {
    originalLocale: "ko",
    firstPublishedAt: "2021-10-14T01:00:00Z",
    original: { title: "제3차 한-아제르바이잔 정책협의회 개최", summary: "양측은 협력을 논의하였다.", body: "1. 윤순구 차관보는 정책협의회를 개최하였다.\n2. 양측은 협력에 합의하였다." },
    translations: [{ locale: "en", title: "ROK and Azerbaijan Hold 3rd Policy Consultation", summary: "The two sides discussed cooperation.", body: "1. Deputy Minister Yoon held the consultation.\n2. The two sides agreed to cooperate." }],
    ...tagged,
  }),
  releaseFixture("forum-corrected", "2021-10-10", {
    firstPublishedAt: "2021-10-10T01:00:00Z",
    original: { title: "Korea-Central Asia Forum", summary: "The forum met.", body: FIRST_BODY },
    corrections: [
      { publishedAt: MAJOR_CORRECTION_AT, changeNote: "Added the second paragraph.", body: CORRECTED_BODY },
      { publishedAt: MINOR_CORRECTION_AT, changeNote: null, changeType: "MINOR" },
    ],
  }),
  releaseFixture("hostile-title", "2021-10-09", { original: { title: HOSTILE_TITLE, summary: `<b>bold</b> & "quoted"`, body: "1. Text." } }),
  releaseFixture("plain-1", "2021-09-03"),
  releaseFixture("plain-2", "2021-09-02"),
  releaseFixture("plain-3", "2021-09-01"),
  releaseFixture("interview-one", "2021-10-12", { kind: "INTERVIEW", outlet: "Yonhap", original: { title: "Interview with the Minister", body: "Q: How was it?\nA: Good." } }),
  releaseFixture("draft-release", "2021-10-20", { state: "DRAFT", ...tagged }),
  releaseFixture("submitted-release", "2021-10-20", { state: "SUBMITTED", ...tagged }),
  releaseFixture("scheduled-release", "2021-10-20", { state: "SCHEDULED", ...tagged }),
  releaseFixture("withdrawn-release", "2021-10-13", { state: "WITHDRAWN", withdrawalReason: "Issued in error.", ...tagged }),
];

/** Writes the archive; document ids by slug, and the tagged person's id. */
export async function createSyndicationArchive(prisma: PrismaClient): Promise<{ ids: Record<string, string>; personId: string }> {
  const ids: Record<string, string> = {};
  for (const fixture of SYNDICATION_FIXTURES) ids[fixture.slug] = (await createPublishedDocument(prisma, fixture)).documentId;
  const person = await prisma.person.findFirstOrThrow({ select: { id: true } });
  return { ids, personId: person.id };
}
