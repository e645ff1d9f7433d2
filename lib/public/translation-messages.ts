// The reading site's words for translations side by side and for lists showing originals not yet translated.
// Client-safe plain data, kept beside lib/i18n/messages.ts (which holds the rest of the interface text).

export interface TranslationMessages {
  /** The link from a translated page to the side-by-side view. */
  sideBySideLink: (originalLanguage: string) => string;
  /** The side-by-side page's title suffix. */
  sideBySideTitle: string;
  /** What the view is, for its heading. */
  sideBySideHeading: (originalLanguage: string) => string;
  originalColumn: (originalLanguage: string) => string;
  translationColumn: (language: string) => string;
  /** A block of the original the translation shown has no text for (it changed or was added since). */
  notInTranslation: string;
  /** A block of the translation whose source the original no longer has. */
  notInOriginal: string;
  backToTranslation: string;
  /** On a list: an original not translated into the list's language. */
  notYetTranslated: (originalLanguage: string) => string;
}

const en: TranslationMessages = {
  sideBySideLink: (original) => `Read it side by side with the original in ${original}`,
  sideBySideTitle: "side by side with the original",
  sideBySideHeading: (original) => `The translation beside the original in ${original}, paragraph by paragraph.`,
  originalColumn: (original) => `Original · ${original}`,
  translationColumn: (language) => `Translation · ${language}`,
  notInTranslation: "Not in this translation: the original changed after it was made.",
  notInOriginal: "No longer in the original.",
  backToTranslation: "Back to the translation",
  notYetTranslated: (original) => `Not yet translated — in ${original}`,
};

const ko: TranslationMessages = {
  sideBySideLink: (original) => `${original} 원문과 나란히 보기`,
  sideBySideTitle: "원문과 나란히 보기",
  sideBySideHeading: (original) => `번역문을 ${original} 원문과 문단별로 나란히 보여 드립니다.`,
  originalColumn: (original) => `원문 · ${original}`,
  translationColumn: (language) => `번역문 · ${language}`,
  notInTranslation: "이 번역에는 없는 내용입니다. 번역 이후 원문이 수정되었습니다.",
  notInOriginal: "원문에서 삭제된 내용입니다.",
  backToTranslation: "번역문으로 돌아가기",
  notYetTranslated: (original) => `아직 번역되지 않음 — ${original}`,
};

const MESSAGES: Record<string, TranslationMessages> = { en, ko };

export function translationMessages(locale: string): TranslationMessages {
  return MESSAGES[locale] ?? en;
}
