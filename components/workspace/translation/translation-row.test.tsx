import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { TranslationRow, type TranslationRowProps } from "./translation-row";

const LABELS = { question: "Q", answer: "A" };

function row(overrides: Partial<TranslationRowProps> = {}): string {
  const props: TranslationRowProps = {
    id: "b2",
    index: 1,
    name: "¶2",
    source: { id: "b2", kind: "numbered", text: "양측은 우호협력 관계를 평가하였다." },
    number: 2,
    sourceLocale: "ko",
    locale: "en",
    localeLabel: "English",
    sourceLabels: LABELS,
    labels: LABELS,
    entry: { text: "", listItems: [], translatorNote: "" },
    status: "untranslated",
    staleSince: null,
    footnote: undefined,
    readOnly: false,
    theirs: null,
    onChange: () => {},
    onMarkUpToDate: () => {},
    onKeyDown: () => {},
    onFocusRow: () => {},
    ...overrides,
  };
  return renderToStaticMarkup(<TranslationRow {...props} />);
}

describe("a translation row's review notes", () => {
  it("shows the editor's marker with the count of open notes, leading to them in the panel", () => {
    const html = row({ openNotes: 2 });
    expect(html).toContain('href="#review-notes-b2"');
    expect(html).toContain('data-block-notes="2"');
    expect(html).toContain("2 open notes");
  });

  it("shows no marker on a row without open notes", () => {
    expect(row()).not.toContain("data-block-notes");
    expect(row({ openNotes: 0 })).not.toContain("data-block-notes");
  });
});
