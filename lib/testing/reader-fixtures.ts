// Extra published content for the reading site's browser tests and screenshots, on top of the five samples the first
// start imports: a Korean original with an unofficial English translation, a withdrawn release, a draft, a corrected
// release with its history, and a series long enough to paginate. Every slug starts with a word no sample title has.
import type { PrismaClient } from "@/lib/db/generated/client";
import { parseBody } from "@/lib/content/body/parse";
import type { Block } from "@/lib/content/body/schema";
import { createPublishedDocument, relateDocuments } from "./public-fixtures";

export const READER_FIXTURES = {
  /** Korean original, English unofficial translation with a translator's note. */
  translated: "policy-consultation-korea-azerbaijan-3rd",
  withdrawn: "minister-to-attend-asean-regional-forum",
  draft: "ministers-schedule-next-week",
  corrected: "korea-hosts-13th-korea-central-asia-cooperation-forum",
  /**
   * Korean original corrected on 2021-03-05 (Seoul) and an official English translation made from the first text
   * (so the page says the translation may not reflect the change); starts at 500 views and is opened by a counted
   * reader only in the view-counter journey.
   */
  counted: "korea-uzbekistan-vice-ministerial-strategic-dialogue",
  countedViews: 500,
  /** Eleven releases of 2019 tagged Central Asia: two pages of ten. */
  seriesTopic: "central-asia",
  seriesYear: 2019,
  seriesSize: 11,
  seriesSlug: (index: number) => `consular-consultation-2019-${String(index).padStart(2, "0")}`,
} as const;

const KOREAN_ORIGINAL = [
  "1. 윤순구 외교부 차관보는 11.20.(월) 방한 중인 할라프 할라포프 아제르바이잔 외교차관과 제3차 한-아제르바이잔 정책협의회를 개최하고, 양국 관계 발전 방안 및 한반도와 코카서스 지역 정세에 대해 폭넓게 의견을 교환하였다.",
  "ㅇ 양측은 수교 25주년을 맞아 정치, 경제, 문화 등 제반 분야에서 양국 간 우호협력 관계가 꾸준히 발전해 오고 있음을 평가하였다.",
  "2. 윤 차관보는 북핵 문제의 평화적 해결을 위한 우리 정부의 노력을 설명하고, 아제르바이잔 측의 지속적인 지지를 요청하였다.",
  "ㅇ 이에 대해 할라포프 차관은 우리 정부의 대북정책 방향에 대한 지지를 표명하였다.",
  "※ 참석자",
  "- 우리측: 윤순구 차관보 등",
  "- 아제르바이잔측: 할라프 할라포프 외교차관 등",
  "3. 금번 정책협의회는 양국 간 실질협력 증진 방안을 구체적으로 논의하는 계기가 되었다.",
].join("\n");

const ENGLISH_TRANSLATION = [
  "1. Deputy Minister for Political Affairs Yoon Soon-gu held the 3rd Korea-Azerbaijan Policy Consultation on Monday, November 20, with Deputy Foreign Minister Khalaf Khalafov of Azerbaijan, who was visiting Korea, and exchanged views on ways to develop bilateral relations and on the situation on the Korean Peninsula and in the Caucasus.",
  "o The two sides noted that friendly and cooperative relations have steadily developed in all areas, including politics, the economy and culture, as the two countries mark the 25th anniversary of diplomatic relations.",
  "2. Deputy Minister Yoon explained the Korean government's efforts for a peaceful resolution of the North Korean nuclear issue and asked for Azerbaijan's continued support.",
  "o In response, Deputy Foreign Minister Khalafov expressed support for the direction of the Korean government's policy toward North Korea.",
  "※ Participants",
  "- Korea: Deputy Minister Yoon Soon-gu and others",
  "- Azerbaijan: Deputy Foreign Minister Khalaf Khalafov and others",
  "3. The consultation served as an opportunity to discuss concrete ways to enhance substantive cooperation between the two countries.",
].join("\n");

const SERIES_COUNTRIES = [
  ["KZ", "Kazakhstan"],
  ["KG", "Kyrgyzstan"],
  ["TJ", "Tajikistan"],
  ["TM", "Turkmenistan"],
  ["UZ", "Uzbekistan"],
] as const;

function withTranslatorNote(body: Block[], index: number, note: string): Block[] {
  return body.map((block, position) => (position === index ? { ...block, translatorNote: note } : block));
}

/** Adds the reader fixtures (idempotent: does nothing when they are already there). Returns the documents' ids by slug. */
export async function seedReaderFixtures(prisma: PrismaClient): Promise<Record<string, string>> {
  const existing = await prisma.document.findUnique({ where: { slug: READER_FIXTURES.translated }, select: { id: true } });
  if (existing) return {};
  const ids: Record<string, string> = {};

  ids[READER_FIXTURES.translated] = (
    await createPublishedDocument(prisma, {
      slug: READER_FIXTURES.translated,
      originalLocale: "ko",
      publicDate: "2017-11-21",
      viewCount: 1234,
      countries: ["AZ"],
      topics: ["bilateral-relations"],
      original: {
        title: "제3차 한-아제르바이잔 정책협의회 개최",
        summary: "윤순구 차관보, 할라포프 아제르바이잔 외교차관과 양국 관계 및 지역 정세 논의",
        body: KOREAN_ORIGINAL,
      },
      translations: [
        {
          locale: "en",
          kind: "UNOFFICIAL",
          title: "Korea and Azerbaijan Hold 3rd Policy Consultation",
          summary: "Deputy Minister Yoon and Deputy Foreign Minister Khalafov discuss bilateral relations and the regional situation.",
          body: withTranslatorNote(
            parseBody(ENGLISH_TRANSLATION),
            0,
            "“차관보” is rendered as “Deputy Minister for Political Affairs”, the title the Ministry uses in English.",
          ),
        },
      ],
    })
  ).documentId;

  ids[READER_FIXTURES.withdrawn] = (
    await createPublishedDocument(prisma, {
      slug: READER_FIXTURES.withdrawn,
      publicDate: "2019-07-30",
      viewCount: 88,
      state: "WITHDRAWN",
      withdrawalReason: "Issued in error: the Minister's attendance had not been confirmed.",
      original: {
        title: "Minister to Attend the ASEAN Regional Forum",
        body: "1. The Minister of Foreign Affairs will attend the ASEAN Regional Forum in Bangkok.\n2. The Minister will hold bilateral meetings on the sidelines of the Forum.",
      },
    })
  ).documentId;

  await createPublishedDocument(prisma, {
    slug: READER_FIXTURES.draft,
    publicDate: "2030-01-01",
    state: "DRAFT",
    original: { title: "Draft: Minister's Schedule for Next Week", body: "1. Not for publication." },
  });

  ids[READER_FIXTURES.corrected] = (
    await createPublishedDocument(prisma, {
      slug: READER_FIXTURES.corrected,
      publicDate: "2020-11-25",
      viewCount: 2045,
      firstPublishedAt: "2020-11-25T08:00:00Z",
      corrections: [{ publishedAt: "2020-11-26T01:30:00Z", changeNote: "Corrected the number of participating countries in paragraph 2." }],
      countries: SERIES_COUNTRIES.map(([code]) => code),
      topics: ["central-asia"],
      original: {
        title: "Korea Hosts the 13th Korea-Central Asia Cooperation Forum",
        summary: "Foreign ministers of the five Central Asian countries attend the Forum in Seoul, held by video conference.",
        body: [
          "1. The Ministry of Foreign Affairs hosted the 13th Korea-Central Asia Cooperation Forum in Seoul on November 25.",
          "2. Foreign ministers and heads of delegation of the five Central Asian countries took part, by video conference.",
          "o They adopted a joint statement on cooperation in health, the digital economy and climate change.",
          "  - The statement is available at https://www.mofa.go.kr/eng/index.do.",
          "3. The 14th Forum will be held in Dushanbe, Tajikistan.",
        ].join("\n"),
      },
    })
  ).documentId;

  ids[READER_FIXTURES.counted] = (
    await createPublishedDocument(prisma, {
      slug: READER_FIXTURES.counted,
      originalLocale: "ko",
      publicDate: "2021-03-02",
      viewCount: READER_FIXTURES.countedViews,
      firstPublishedAt: "2021-03-02T01:00:00Z",
      corrections: [{ publishedAt: "2021-03-04T16:00:00Z", changeNote: "2항의 표현을 바로잡았습니다." }],
      countries: ["UZ"],
      original: {
        title: "제2차 한-우즈베키스탄 외교차관 전략대화 개최",
        body: "1. 최종건 외교부 제1차관은 우즈베키스탄 외교차관과 제2차 전략대화를 화상으로 개최하였다.\n2. 양측은 특별전략적동반자관계 발전 방안을 논의하였다.",
      },
      translations: [
        {
          locale: "en",
          kind: "OFFICIAL",
          translatorCredit: "Translated by the Press Office",
          // Hashes of a source text that no longer exists: the translation predates the correction.
          sourceHashes: { "@title": "superseded", superseded: "superseded" },
          title: "2nd Korea-Uzbekistan Vice-Ministerial Strategic Dialogue Held",
          body: "1. First Vice Minister of Foreign Affairs Choi Jong Kun held the 2nd Strategic Dialogue with the Deputy Foreign Minister of Uzbekistan by video conference.\n2. The two sides discussed ways to develop the special strategic partnership.",
        },
      ],
    })
  ).documentId;

  for (let index = 1; index <= READER_FIXTURES.seriesSize; index++) {
    const [code, name] = SERIES_COUNTRIES[(index - 1) % SERIES_COUNTRIES.length]!;
    const slug = READER_FIXTURES.seriesSlug(index);
    ids[slug] = (
      await createPublishedDocument(prisma, {
        slug,
        publicDate: `${READER_FIXTURES.seriesYear}-${String(index).padStart(2, "0")}-${String(10 + index).padStart(2, "0")}`,
        viewCount: 100 + index * 37,
        countries: [code],
        topics: [READER_FIXTURES.seriesTopic],
        original: {
          title: `Korea and ${name} Hold Consular Consultation (${index})`,
          summary: `The two sides discussed the safety of nationals and cooperation on consular matters with ${name}.`,
          body: [
            `1. The Director-General for Overseas Koreans and Consular Affairs held a consular consultation with ${name} in Seoul.`,
            "o The two sides discussed the safety and convenience of their nationals.",
            "2. They agreed to hold the next consultation next year.",
          ].join("\n"),
        },
      })
    ).documentId;
  }

  await relateDocuments(prisma, ids[READER_FIXTURES.corrected]!, ids[READER_FIXTURES.translated]!);
  const sample = await prisma.localization.findFirst({
    where: { title: { startsWith: "Deputy Minister for Political Affairs Hosts First Korea-Central Asia" } },
    select: { edition: { select: { documentId: true } } },
  });
  if (sample) await relateDocuments(prisma, ids[READER_FIXTURES.corrected]!, sample.edition.documentId);
  return ids;
}
