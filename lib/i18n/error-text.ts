// The error page's text on its own: the error page is a client component, and this keeps the rest of the
// interface text (lib/i18n/messages.ts) out of the browser.

export interface ErrorText {
  ministry: string;
  title: string;
  body: string;
  retry: string;
  home: string;
}

const ERROR_TEXT: Record<string, ErrorText> = {
  en: {
    ministry: "Ministry of Foreign Affairs",
    title: "Something went wrong",
    body: "We could not show this page just now. Please try again in a moment.",
    retry: "Try again",
    home: "Go to the home page",
  },
  ko: {
    ministry: "외교부",
    title: "일시적인 오류가 발생했습니다",
    body: "지금은 이 페이지를 보여 드릴 수 없습니다. 잠시 후 다시 시도해 주십시오.",
    retry: "다시 시도",
    home: "첫 화면으로 가기",
  },
};

export function errorText(locale: string): ErrorText {
  return ERROR_TEXT[locale] ?? ERROR_TEXT.en!;
}
