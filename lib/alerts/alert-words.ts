// The alert pages' words, per site language (English for a language without its own). Client-safe.

export interface AlertPageWords {
  link: string;
  listLink: (kindPlural: string) => string;
  title: string;
  intro: string;
  email: string;
  emailHint: string;
  what: string;
  whatHint: string;
  kinds: string;
  topics: string;
  countries: string;
  languages: string;
  frequency: string;
  immediate: string;
  immediateHint: string;
  daily: string;
  dailyHint: (time: string) => string;
  submit: string;
  sending: string;
  invalid: string;
  failed: string;
  sentTitle: string;
  sentBody: string;
  sentAgain: string;
  confirmTitle: string;
  confirmBody: string;
  confirmButton: string;
  confirmedTitle: string;
  confirmedBody: string;
  badLinkTitle: string;
  badLinkBody: string;
  expiredBody: string;
  subscribeAgain: string;
  unsubscribeTitle: string;
  unsubscribeBody: string;
  unsubscribeButton: string;
  unsubscribedTitle: string;
  unsubscribedBody: string;
  privacy: string;
}

const en: AlertPageWords = {
  link: "E-mail alerts",
  listLink: (kinds) => `Get ${kinds.toLowerCase()} by e-mail`,
  title: "E-mail alerts",
  intro: "Hear from the press office as soon as something is published, or once a day. No account needed.",
  email: "Your e-mail address",
  emailHint: "We send a link to this address; nothing is sent until you confirm it.",
  what: "What to follow",
  whatHint: "Choose at least one. You receive each new item once, even if several of your choices match it.",
  kinds: "Kinds",
  topics: "Topics",
  countries: "Countries",
  languages: "Languages",
  frequency: "How often",
  immediate: "As soon as something is published",
  immediateHint: "One e-mail per press release or interview.",
  daily: "Once a day",
  dailyHint: (time) => `One e-mail at ${time} (office time) with everything published since the last one.`,
  submit: "Subscribe",
  sending: "Sending…",
  invalid: "Check the highlighted fields.",
  failed: "Something went wrong. Please try again in a minute.",
  sentTitle: "Check your e-mail",
  sentBody:
    "If the address can receive mail, a message with a confirmation link is on its way. Open it to start your alerts. The link works for 7 days.",
  sentAgain: "Nothing arrived after a few minutes? Check your spam folder, or subscribe again.",
  confirmTitle: "Confirm your e-mail alerts",
  confirmBody: "You asked for alerts to",
  confirmButton: "Confirm and start my alerts",
  confirmedTitle: "Your alerts are on",
  confirmedBody: "From now on you receive what you chose. Every alert has a link to stop them.",
  badLinkTitle: "This link does not work",
  badLinkBody: "It may have been copied incompletely. Subscribe again to get a new one.",
  expiredBody: "Confirmation links work for 7 days, and this one is older. Subscribe again to get a new one.",
  subscribeAgain: "Subscribe again",
  unsubscribeTitle: "Stop your e-mail alerts",
  unsubscribeBody: "You will receive no more alerts at this address, and we delete it from our list.",
  unsubscribeButton: "Stop all my alerts",
  unsubscribedTitle: "You are unsubscribed",
  unsubscribedBody: "You will receive no more alerts. You can subscribe again at any time.",
  privacy: "We use your address only to send the alerts you choose, and delete it when you unsubscribe.",
};

const ko: AlertPageWords = {
  link: "이메일 알림",
  listLink: (kinds) => `${kinds} 이메일로 받기`,
  title: "이메일 알림",
  intro: "새 자료가 게시되는 즉시, 또는 하루 한 번 이메일로 받아 보십시오. 회원 가입은 필요 없습니다.",
  email: "이메일 주소",
  emailHint: "이 주소로 확인 링크를 보내 드립니다. 확인하시기 전에는 아무것도 발송되지 않습니다.",
  what: "받아 볼 자료",
  whatHint: "하나 이상 선택하십시오. 여러 항목에 해당하는 자료도 한 번만 보내 드립니다.",
  kinds: "종류",
  topics: "주제",
  countries: "국가",
  languages: "언어",
  frequency: "받는 주기",
  immediate: "게시되는 즉시",
  immediateHint: "보도자료·인터뷰마다 한 통씩 보내 드립니다.",
  daily: "하루 한 번",
  dailyHint: (time) => `매일 ${time}(사무실 기준 시각)에 지난 알림 이후의 자료를 모아 한 통으로 보내 드립니다.`,
  submit: "신청",
  sending: "보내는 중…",
  invalid: "표시된 항목을 확인해 주십시오.",
  failed: "문제가 발생했습니다. 잠시 후 다시 시도해 주십시오.",
  sentTitle: "이메일을 확인해 주십시오",
  sentBody: "메일을 받을 수 있는 주소라면 확인 링크가 담긴 메일이 발송되었습니다. 링크를 열면 알림이 시작됩니다. 링크는 7일 동안 유효합니다.",
  sentAgain: "몇 분이 지나도 메일이 오지 않으면 스팸 편지함을 확인하시거나 다시 신청해 주십시오.",
  confirmTitle: "이메일 알림 신청 확인",
  confirmBody: "신청 내용",
  confirmButton: "확인하고 알림 시작",
  confirmedTitle: "알림이 시작되었습니다",
  confirmedBody: "이제부터 선택하신 자료를 보내 드립니다. 모든 알림 메일에 해지 링크가 있습니다.",
  badLinkTitle: "링크가 올바르지 않습니다",
  badLinkBody: "링크가 일부만 복사되었을 수 있습니다. 다시 신청해 새 링크를 받으십시오.",
  expiredBody: "확인 링크는 7일 동안 유효하며, 이 링크는 기간이 지났습니다. 다시 신청해 새 링크를 받으십시오.",
  subscribeAgain: "다시 신청",
  unsubscribeTitle: "이메일 알림 해지",
  unsubscribeBody: "이 주소로 더 이상 알림을 보내지 않으며, 주소를 목록에서 삭제합니다.",
  unsubscribeButton: "모든 알림 해지",
  unsubscribedTitle: "해지되었습니다",
  unsubscribedBody: "더 이상 알림을 보내지 않습니다. 언제든 다시 신청하실 수 있습니다.",
  privacy: "이메일 주소는 선택하신 알림을 보내는 데에만 사용하며, 해지하시면 삭제합니다.",
};

const WORDS: Record<string, AlertPageWords> = { en, ko };

export function alertWords(locale: string): AlertPageWords {
  return WORDS[locale] ?? en;
}
