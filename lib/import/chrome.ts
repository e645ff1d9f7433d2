// The site furniture that comes along when a page is copied: navigation, social links, section labels,
// mastheads, footers. Kept as data so a new site's chrome is a line here, not a new branch in the parser.
// Each pattern matches a whole line (whitespace already folded to single spaces), never part of a sentence.

export interface ChromeRule {
  readonly name: string;
  readonly pattern: RegExp;
  /** The site's section label ("Press Releases", a breadcrumb): the page's title comes after it. */
  readonly sectionLabel?: true;
}

const SOCIAL = "facebook|instagram|twitter|youtube|flickr|linkedin|telegram|weibo|tiktok";

const CHROME_RULES: readonly ChromeRule[] = [
  {
    name: "Korean skip link or menu button",
    // 바로가기 메뉴 · 본문 바로가기 · 주메뉴 바로가기 · 검색창 열기 · 전체메뉴 닫기
    pattern: /^(?:[가-힣]{1,10} ){0,3}(?:[가-힣]{0,10}바로가기|[가-힣]{1,10} (?:열기|닫기))(?: 메뉴)?$/,
  },
  {
    name: "Korean navigation word",
    pattern:
      /^(?:홈|메뉴|전체 ?메뉴|주메뉴|검색|통합 ?검색|로그인|로그아웃|회원가입|사이트 ?맵|글자 ?크기|화면 ?크기|확대|축소|인쇄|공유|공유하기|스크랩|목록|목록으로|이전글|다음글|첨부 ?파일|다운로드|맨 ?위로|상단으로)$/,
  },
  {
    name: "navigation link or page tool",
    pattern:
      /^(?:skip to (?:the )?(?:main )?(?:content|navigation|menu|search)|skip navigation|jump to (?:main )?content|go to (?:top|content)|back to top|to top|top|menu|main menu|(?:open|close) (?:menu|search)|search|site ?map|log ?in|log ?out|sign in|home|print|print this page|share|share this(?: page| article)?|e-?mail|copy (?:link|url)|url copy|font size|text size|zoom (?:in|out)|screen size|attachments?|download|(?:previous|next)(?: (?:post|article|page))?|prev|list|back to list)$/i,
  },
  {
    name: "language switch",
    pattern:
      /^(?:kor|eng|korean|english|한국어|영어|국문|영문|中文|日本語|русский|español|français|deutsch|[a-z]{2,3}(?: ?[|/·] ?[a-z]{2,3})+)$/i,
  },
  {
    name: "section label",
    pattern:
      /^(?:press releases?|news releases?|press|news|newsroom|news (?:&|and) (?:events|media)|media|media centre|media center|interviews?|speeches(?: (?:&|and) interviews)?|statements?|briefings?|announcements?|spokesperson'?s? (?:briefings?|office|statements?)|ministry news|embassy news|보도 ?자료|인터뷰|기고문?|연설문|뉴스|알림 ?마당|공지 ?사항|대변인 ?브리핑|언론 ?보도)$/i,
    sectionLabel: true,
  },
  {
    name: "breadcrumb",
    pattern: /^(?:home|홈|main|메인) ?(?:>|›|»|\/) ?.{1,160}$|^[^.!?>]{1,40}(?: (?:>|›|») [^.!?>]{1,40}){1,5}$/i,
    sectionLabel: true,
  },
  {
    name: "social link",
    pattern: new RegExp(
      [
        // A bare platform name, or one behind "share on".
        `^(?:(?:share (?:on|to|via)|follow us on|visit our) )?(?:${SOCIAL}|x \\(twitter\\)|naver ?blog|blog|kakao ?talk|kakao ?story|kakao|wechat|rss|네이버 ?블로그|페이스북|인스타그램|트위터|유튜브|카카오톡|카카오스토리|블로그)$`,
        // The ministry's numbered icon list: "1. Ministry of Foreign Affairs, Republic of Korea facebook".
        `^\\d{1,2}[.)] [^.!?]{0,100} (?:${SOCIAL}|blog)$`,
      ].join("|"),
      "i",
    ),
  },
  {
    // Icon alt texts end in the platform's name in lower case; a sentence would capitalise it and end with a stop.
    name: "social icon text",
    pattern: new RegExp(`^[^.!?]{0,100} (?:${SOCIAL}|blog)$`),
  },
  {
    name: "masthead",
    pattern: new RegExp(
      [
        // "Ministry of Foreign Affairs REPUBLIC OF KOREA"
        `^(?:The )?(?:Ministry|Embassy|Consulate(?:-| )General|Consulate|Permanent Mission|Mission|Department|Office) of [A-Z][\\w ,&'’-]{2,80}?(?: [A-Z]{2,}){2,6}$`,
        // "Ministry of Foreign Affairs", "… , Republic of Korea", "… of the Republic of Kazakhstan", "… of Japan"
        `^(?:The )?Ministry of Foreign Affairs(?: and Trade)?(?:(?:, | of )(?:the )?(?:(?:Republic|Kingdom|State|Federation|Commonwealth|Sultanate|Principality) of )?(?:the )?[A-Z][a-z]+(?: [A-Z][a-z]+)?)?$`,
        "^(?:대한민국 )?[가-힣]{1,12}부$",
        "^주 ?[가-힣 ]{1,20}(?:대한민국 )?(?:대사관|총영사관|대표부)$",
      ].join("|"),
    ),
  },
  {
    // "Pinterest LinkedIn Tumblr +": a share bar's buttons run together on one line.
    name: "share bar",
    pattern: new RegExp(`^(?:(?:${SOCIAL}|pinterest|tumblr|reddit|whatsapp|vk|email|e-mail|print|[+|·•]) ?){2,}$`, "i"),
  },
  {
    // "Baku +7 °С", "+7", "°С", "USD 0.7850", "USD/KZT 449.5": a weather or exchange-rate widget's readings.
    name: "weather or exchange widget",
    pattern: /^(?:[\p{L}][\p{L} .'-]{0,30} )?(?:[+−-]\d{1,2}(?:[.,]\d)?(?: ?°)?|\d{1,2}(?:[.,]\d)? ?°) ?[CСF℃]?$|^°\s?[CСF]$|^\p{Lu}{3}(?:\/\p{Lu}{3})? ?[+−-]?\d{1,6}(?:[.,]\d{1,4})?(?: ?[▲▼↑↓])?$/u,
  },
  {
    // "spot_imgspot_img", "td_module_wrap": a theme's placeholder printed as text.
    name: "template placeholder",
    pattern: /^[a-z0-9]+(?:_[a-z0-9]+)+$/,
  },
  {
    name: "copyright",
    pattern: /^(?:copyright ?(?:©|\(c\)|ⓒ)? ?\d{4}.*|(?:©|ⓒ|\(c\) ?\d{4}).*|all rights reserved\.?)$/i,
  },
];

/** Lines after which the rest of the page is the site's, not the release's ("Related news releases" and its list). */
export const FOOTER_MARKER =
  /^(?:related (?:news releases|news|press releases|articles|stories|links|contents?|posts)|more (?:news|stories|articles)|other news|latest news|see also|you may also like|관련 ?(?:기사|뉴스|보도 ?자료|자료|게시물)|다른 기사)(?: ?:)?$/i;

export function chromeRuleFor(line: string): ChromeRule | undefined {
  return CHROME_RULES.find((rule) => rule.pattern.test(line));
}
