// The reading site's interface text. Client-safe (plain data and formatters): a client leaf may import it.

export type KindKey = "PRESS_RELEASE" | "INTERVIEW";

export interface Messages {
  /** The title template's suffix ("%s — Ministry of Foreign Affairs"). */
  titleTemplate: string;
  site: {
    ministry: string;
    country: string;
    /** What the site is, for the masthead and the default description. */
    section: string;
    description: string;
    homeTitle: string;
    homeIntro: string;
  };
  skip: { toContent: string; toMenu: string };
  nav: { label: string; home: string; breadcrumb: string };
  kinds: Record<KindKey, { one: string; many: string; latest: string; all: string; none: string }>;
  language: { label: string; current: string };
  textSize: { label: string; standard: string; large: string; larger: string };
  article: {
    date: string;
    views: string;
    updated: string;
    /** After a change note shown in the original's language: "(in Korean, the language of the original)". */
    noteInOriginal: (language: string) => string;
    interviewee: string;
    outlet: string;
    readAtSource: string;
    related: string;
    countries: string;
    topics: string;
    details: string;
    print: string;
  };
  preview: {
    /** "Preview — not published". */
    banner: string;
    detail: (expiresOn: string) => string;
  };
  translation: {
    unofficialTitle: string;
    /** `originalLanguage` null: the original is not held on this site (an imported unofficial translation). */
    unofficialBody: (originalLanguage: string | null) => string;
    readOriginal: (originalLanguage: string) => string;
    officialNote: (originalLanguage: string) => string;
    behind: (date: string) => string;
  };
  withdrawn: { title: (kind: string, date: string) => string; reason: string };
  body: BodyLabelsMessages;
  filters: {
    legend: string;
    year: string;
    anyYear: string;
    month: string;
    anyMonth: string;
    country: string;
    anyCountry: string;
    topic: string;
    anyTopic: string;
    apply: string;
    clear: string;
    results: (count: number, kind: { one: string; many: string }) => string;
    showing: (first: number, last: number, total: number) => string;
    noResults: string;
  };
  pagination: {
    label: string;
    previous: string;
    next: string;
    page: (page: number) => string;
    pageOf: (page: number, count: number) => string;
  };
  notFound: { title: string; body: string; home: string };
  search: {
    /** The search landmark in the header. */
    label: string;
    field: string;
    submit: string;
    title: string;
    /** The page's <title> for a query. */
    titleFor: (query: string) => string;
    kind: string;
    anyKind: string;
    /** `more`: there are more than `count` (search stops counting at lib/search's SEARCH_COUNT_CAP). */
    results: (count: number, query: string, more?: boolean) => string;
    noResults: (query: string) => string;
    tips: string;
    /** The empty search page. */
    prompt: string;
    /** A query with no word of two letters or more (one Korean syllable is a word). */
    noWords: string;
    /** The search form on the results page, told apart from the header's. */
    again: string;
  };
  footer: { about: string; translations: string; rights: string };
}

/** The words the body renderer (components/body) prints around a body's text. */
export interface BodyLabelsMessages {
  /** Printed before a question ("Q"). */
  question: string;
  /** Printed before the first paragraph of an answer ("A"). */
  answer: string;
  /** Read out before a ※ note by screen readers. */
  note: string;
  /** Heading of the translator's notes at the end. */
  translatorNotes: string;
  /** Label of each translator's note and of its reference mark. */
  translatorNote: string;
  backToText: string;
  /** Title of a numbered paragraph's number, which links to the paragraph's anchor (#p3). */
  paragraphLink: string;
  /** Before a photo's credit ("Photo: Yonhap"). */
  photoCredit: string;
  /** A PDF's length; "{n}" is the number. Plain strings: the labels also reach client components. */
  pageCount: string;
  pageCountOne: string;
  /** "In Korean": the language a file is written in; "{language}" is its name in the reader's language. */
  fileLanguage: string;
  /** Under a file that does not meet the accessibility standard. */
  notAccessible: string;
}

const en: Messages = {
  titleTemplate: "%s — Ministry of Foreign Affairs",
  site: {
    ministry: "Ministry of Foreign Affairs",
    country: "Republic of Korea",
    section: "Press Office",
    description: "Press releases and interviews of the Ministry of Foreign Affairs of the Republic of Korea.",
    homeTitle: "Press releases and interviews",
    homeIntro: "Statements, meeting outcomes and interviews from the Ministry of Foreign Affairs.",
  },
  skip: { toContent: "Skip to content", toMenu: "Skip to menu" },
  nav: { label: "Main menu", home: "Home", breadcrumb: "You are here" },
  kinds: {
    PRESS_RELEASE: {
      one: "Press release",
      many: "Press releases",
      latest: "Latest press releases",
      all: "All press releases",
      none: "No press releases have been published yet.",
    },
    INTERVIEW: {
      one: "Interview",
      many: "Interviews",
      latest: "Latest interviews",
      all: "All interviews",
      none: "No interviews have been published yet.",
    },
  },
  language: { label: "Language", current: "current language" },
  textSize: { label: "Text size", standard: "Standard text size", large: "Large text", larger: "Larger text" },
  article: {
    date: "Date",
    views: "Views",
    updated: "Updated",
    noteInOriginal: (language) => `(in ${language}, the language of the original)`,
    interviewee: "Interviewee",
    outlet: "Published by",
    readAtSource: "Read at the source",
    related: "Related documents",
    countries: "Countries",
    topics: "Topics",
    details: "Document details",
    print: "Print",
  },
  preview: {
    banner: "Preview — not published",
    detail: (expiresOn) => `This text has not been published and may still change. Do not share or quote it. This link works until ${expiresOn}.`,
  },
  translation: {
    unofficialTitle: "Unofficial translation",
    unofficialBody: (original) =>
      original
        ? `This text is an unofficial translation, provided for convenience. The original in ${original} is the authoritative version.`
        : "This text is an unofficial translation, provided for convenience. Only the original text is authoritative.",
    readOriginal: (original) => `Read the original in ${original}`,
    officialNote: (original) => `Translated from the original in ${original}.`,
    behind: (date) => `The original was updated on ${date}; this translation may not reflect the changes.`,
  },
  withdrawn: {
    title: (kind, date) => `This ${kind.toLowerCase()} was withdrawn on ${date}.`,
    reason: "Reason",
  },
  body: {
    question: "Q",
    answer: "A",
    note: "Note",
    translatorNotes: "Translator's notes",
    translatorNote: "Translator's note",
    backToText: "Back to text",
    paragraphLink: "Link to this paragraph",
    photoCredit: "Photo",
    pageCount: "{n} pages",
    pageCountOne: "1 page",
    fileLanguage: "in {language}",
    notAccessible: "This file may not be suitable for users of assistive technology. Ask the press office for an accessible format.",
  },
  filters: {
    legend: "Filter the list",
    year: "Year",
    anyYear: "All years",
    month: "Month",
    anyMonth: "All months",
    country: "Country",
    anyCountry: "All countries",
    topic: "Topic",
    anyTopic: "All topics",
    apply: "Apply filters",
    clear: "Clear filters",
    results: (count, kind) => `${count.toLocaleString("en")} ${(count === 1 ? kind.one : kind.many).toLowerCase()}`,
    showing: (first, last, total) => `Showing ${first}–${last} of ${total.toLocaleString("en")}`,
    noResults: "Nothing matches these filters. Try another year or clear the filters.",
  },
  pagination: {
    label: "Pages",
    previous: "Previous",
    next: "Next",
    page: (page) => `Page ${page}`,
    pageOf: (page, count) => `Page ${page} of ${count}`,
  },
  notFound: {
    title: "Page not found",
    body: "The page you are looking for does not exist, or its address has changed. Please check the address, or start again from the press office's home page.",
    home: "Go to the home page",
  },
  search: {
    label: "Site search",
    field: "Search press releases and interviews",
    submit: "Search",
    title: "Search",
    titleFor: (query) => `Search results for “${query}”`,
    kind: "Show",
    anyKind: "All documents",
    results: (count, query, more) =>
      more ? `More than ${count.toLocaleString("en")} results for “${query}”` : `${count.toLocaleString("en")} ${count === 1 ? "result" : "results"} for “${query}”`,
    noResults: (query) => `No press releases or interviews match “${query}”.`,
    tips: "Check the spelling, try fewer or other words, or search in another language: each language has its own texts.",
    prompt: "Type a word or two to search the press releases and interviews.",
    noWords: "Search for words of at least two letters.",
    again: "Search again",
  },
  footer: {
    about: "The official press releases and interviews of the Ministry of Foreign Affairs.",
    translations: "Translations marked unofficial are provided for convenience; the original text prevails.",
    rights: "Ministry of Foreign Affairs, Republic of Korea",
  },
};

const ko: Messages = {
  titleTemplate: "%s | 외교부",
  site: {
    ministry: "외교부",
    country: "대한민국",
    section: "보도자료실",
    description: "대한민국 외교부의 보도자료와 인터뷰입니다.",
    homeTitle: "보도자료 및 인터뷰",
    homeIntro: "외교부의 발표, 회담 결과, 인터뷰를 전해 드립니다.",
  },
  skip: { toContent: "본문 바로가기", toMenu: "주메뉴 바로가기" },
  nav: { label: "주메뉴", home: "홈", breadcrumb: "현재 위치" },
  kinds: {
    PRESS_RELEASE: {
      one: "보도자료",
      many: "보도자료",
      latest: "최신 보도자료",
      all: "보도자료 전체 보기",
      none: "아직 게시된 보도자료가 없습니다.",
    },
    INTERVIEW: {
      one: "인터뷰",
      many: "인터뷰",
      latest: "최신 인터뷰",
      all: "인터뷰 전체 보기",
      none: "아직 게시된 인터뷰가 없습니다.",
    },
  },
  language: { label: "언어", current: "현재 언어" },
  textSize: { label: "글자 크기", standard: "보통 글자", large: "큰 글자", larger: "더 큰 글자" },
  article: {
    date: "등록일",
    views: "조회수",
    updated: "수정",
    noteInOriginal: (language) => `(원문 언어인 ${language}로 작성됨)`,
    interviewee: "인터뷰 대상",
    outlet: "게재 매체",
    readAtSource: "원문 기사 보기",
    related: "관련 자료",
    countries: "국가",
    topics: "주제",
    details: "문서 정보",
    print: "인쇄",
  },
  preview: {
    banner: "미리보기 — 게시되지 않음",
    detail: (expiresOn) => `아직 게시되지 않은 글로 내용이 바뀔 수 있습니다. 공유하거나 인용하지 마십시오. 이 링크는 ${expiresOn}까지 열립니다.`,
  },
  translation: {
    unofficialTitle: "비공식 번역",
    unofficialBody: (original) =>
      original
        ? `이 글은 편의를 위해 제공하는 비공식 번역입니다. ${original} 원문이 공식 문서입니다.`
        : "이 글은 편의를 위해 제공하는 비공식 번역입니다. 원문만이 공식 문서입니다.",
    readOriginal: (original) => `${original} 원문 보기`,
    officialNote: (original) => `${original} 원문을 번역한 글입니다.`,
    behind: (date) => `원문이 ${date}에 수정되었습니다. 이 번역에는 수정된 내용이 반영되지 않았을 수 있습니다.`,
  },
  withdrawn: {
    title: (kind, date) => `이 ${kind}는 ${date}에 철회되었습니다.`,
    reason: "사유",
  },
  body: {
    question: "문",
    answer: "답",
    note: "참고",
    translatorNotes: "역자 주",
    translatorNote: "역자 주",
    backToText: "본문으로",
    paragraphLink: "이 문단 링크",
    photoCredit: "사진",
    pageCount: "{n}쪽",
    pageCountOne: "1쪽",
    fileLanguage: "{language}",
    notAccessible: "이 파일은 보조 기술 사용자가 읽기 어려울 수 있습니다. 접근성 있는 형식이 필요하시면 대변인실에 요청해 주십시오.",
  },
  filters: {
    legend: "목록 검색 조건",
    year: "연도",
    anyYear: "전체 연도",
    month: "월",
    anyMonth: "전체 월",
    country: "국가",
    anyCountry: "전체 국가",
    topic: "주제",
    anyTopic: "전체 주제",
    apply: "검색",
    clear: "조건 초기화",
    results: (count, kind) => `${kind.many} ${count.toLocaleString("ko")}건`,
    showing: (first, last, total) => `전체 ${total.toLocaleString("ko")}건 중 ${first}–${last}`,
    noResults: "조건에 맞는 자료가 없습니다. 다른 연도를 고르거나 조건을 초기화해 주십시오.",
  },
  pagination: {
    label: "페이지",
    previous: "이전",
    next: "다음",
    page: (page) => `${page}쪽`,
    pageOf: (page, count) => `${count}쪽 중 ${page}쪽`,
  },
  notFound: {
    title: "페이지를 찾을 수 없습니다",
    body: "요청하신 페이지가 없거나 주소가 바뀌었습니다. 주소를 다시 확인하시거나 보도자료실 첫 화면에서 다시 찾아 주십시오.",
    home: "첫 화면으로 가기",
  },
  search: {
    label: "사이트 검색",
    field: "보도자료·인터뷰 검색",
    submit: "검색",
    title: "검색",
    titleFor: (query) => `“${query}” 검색 결과`,
    kind: "구분",
    anyKind: "전체",
    results: (count, query, more) => `“${query}” 검색 결과 ${count.toLocaleString("ko")}건${more ? " 이상" : ""}`,
    noResults: (query) => `“${query}”에 해당하는 보도자료나 인터뷰가 없습니다.`,
    tips: "맞춤법을 확인하시거나 검색어를 줄이거나 바꾸어 보십시오. 언어마다 게시된 글이 다르니 다른 언어로도 찾아보십시오.",
    prompt: "보도자료와 인터뷰에서 찾을 낱말을 입력해 주십시오.",
    noWords: "두 글자 이상의 낱말로 검색해 주십시오. 한글은 한 글자도 검색할 수 있습니다.",
    again: "다시 검색",
  },
  footer: {
    about: "외교부의 공식 보도자료와 인터뷰를 게시합니다.",
    translations: "비공식 번역은 편의를 위해 제공되며, 원문이 우선합니다.",
    rights: "대한민국 외교부",
  },
};

const MESSAGES: Record<string, Messages> = { en, ko };

/** Interface text for a locale; locales without their own text (ru, fr…) read English until someone translates it. */
export function messages(locale: string): Messages {
  return MESSAGES[locale] ?? en;
}

/** The calendar date of an instant in the press office's time zone (an "Updated" line). */
export function formatDateInZone(instant: Date, timeZone: string): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(instant);
}

export function formatCount(value: number, locale: string): string {
  try {
    return value.toLocaleString(locale);
  } catch {
    return value.toLocaleString("en");
  }
}

export function monthName(month: number, locale: string): string {
  try {
    return new Intl.DateTimeFormat(locale, { month: "long", timeZone: "UTC" }).format(new Date(Date.UTC(2000, month - 1, 1)));
  } catch {
    return String(month);
  }
}
