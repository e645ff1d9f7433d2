/** A few real entries from the samples so filters and tag suggestions have something to show. */
export const DEMO_TAXONOMY = {
  countries: [
    { code: "KR", names: { en: "Republic of Korea", ko: "대한민국" } },
    { code: "AZ", names: { en: "Azerbaijan", ko: "아제르바이잔" } },
    { code: "KZ", names: { en: "Kazakhstan", ko: "카자흐스탄" } },
    { code: "KG", names: { en: "Kyrgyzstan", ko: "키르기스스탄" } },
    { code: "TJ", names: { en: "Tajikistan", ko: "타지키스탄" } },
    { code: "TM", names: { en: "Turkmenistan", ko: "투르크메니스탄" } },
    { code: "UZ", names: { en: "Uzbekistan", ko: "우즈베키스탄" } },
  ],
  topics: [
    { slug: "central-asia", names: { en: "Central Asia", ko: "중앙아시아" } },
    { slug: "bilateral-relations", names: { en: "Bilateral relations", ko: "양자관계" } },
    { slug: "korean-peninsula", names: { en: "Korean Peninsula", ko: "한반도" } },
  ],
  organisations: [
    { slug: "mofa", names: { en: "Ministry of Foreign Affairs", ko: "외교부" } },
    { slug: "apa", names: { en: "APA Information Agency", ko: "APA 통신" } },
  ],
  events: [
    {
      slug: "korea-central-asia-cooperation-forum-13",
      names: { en: "13th Korea-Central Asia Cooperation Forum", ko: "제13차 한-중앙아 협력 포럼" },
      places: { en: "Seoul", ko: "서울" },
      startsOn: "2020-11-25",
    },
    {
      slug: "korea-central-asia-cooperation-forum-14",
      names: { en: "14th Korea-Central Asia Cooperation Forum", ko: "제14차 한-중앙아 협력 포럼" },
      places: { en: "Dushanbe", ko: "두샨베" },
      startsOn: "2021-10-14",
    },
  ],
};
