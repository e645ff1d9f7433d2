// The reading site's words for feeds. Client-safe plain data, beside lib/i18n/messages.ts.

export interface FeedMessages {
  /** A feed of every kind. */
  everything: string;
  /** The visible links on a list page. */
  follow: string;
  atom: string;
  rss: string;
  /** "Updated 2024-03-02: corrected the date" in an entry. */
  updated: (date: string, note: string) => string;
}

const en: FeedMessages = {
  everything: "Press releases and interviews",
  follow: "Follow this list",
  atom: "Atom feed",
  rss: "RSS feed",
  updated: (date, note) => `Updated ${date}: ${note}`,
};

const ko: FeedMessages = {
  everything: "보도자료 및 인터뷰",
  follow: "이 목록 구독",
  atom: "Atom 피드",
  rss: "RSS 피드",
  updated: (date, note) => `${date} 수정: ${note}`,
};

export function feedMessages(locale: string): FeedMessages {
  return locale === "ko" ? ko : en;
}
