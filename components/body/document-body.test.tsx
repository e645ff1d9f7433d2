import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { parseBody } from "@/lib/body/parse";
import type { Block } from "@/lib/body/schema";
import { DocumentBody, groupBlocks } from "./document-body";

const render = (body: Block[], props: Partial<Parameters<typeof DocumentBody>[0]> = {}) =>
  renderToStaticMarkup(<DocumentBody body={body} {...props} />);

/** The kinds of rendered blocks, in document order. */
const blockKinds = (html: string) => [...html.matchAll(/data-block="(\w+)"/g)].map((match) => match[1]);
const textOf = (html: string) => html.replace(/<[^>]+>/g, "").replaceAll("&#x27;", "'");
/** The markup from the opening tag of the element carrying `marker` up to `end`. */
const element = (html: string, marker: string, end: string) => {
  const start = html.lastIndexOf("<", html.indexOf(marker));
  return html.slice(start, html.indexOf(end, start));
};

const RELEASE = [
  "1. On the occasion of the Forum, the Minister had a series of bilateral meetings.",
  "※ Heads of delegations of Central Asian countries",
  "- Tajikistan: Foreign Minister Sirojiddin MUHRIDDIN",
  "- Uzbekistan: Foreign Minister Abdulaziz KAMILOV",
  "7. The Minister expressed hope to deepen cooperation.",
  "o The two sides agreed to expand exchanges.",
  "  - including youth exchanges",
  "o The Central Asian countries reaffirmed their support.",
  "3. The participants noted the progress made.",
].join("\n");

describe("DocumentBody on a press release", () => {
  const body = parseBody(RELEASE);
  const html = render(body);

  it("renders every block in the source order", () => {
    expect(blockKinds(html)).toEqual(["numbered", "note", "numbered", "subpoint", "subpoint", "subpoint", "numbered"]);
  });

  it("numbers paragraphs by their order, whatever the source said", () => {
    expect([...html.matchAll(/data-number="(\d+)"/g)].map((match) => match[1])).toEqual(["1", "2", "3"]);
    expect(html).toMatch(/<span class="numbered-number[^"]*">2\.<\/span>/);
  });

  it("hangs the number beside the paragraph and puts the paragraph's sub-points and notes under its text", () => {
    const second = html.slice(html.indexOf('data-number="2"'), html.indexOf('data-number="3"'));
    expect(second).toContain("grid-cols-[2rem_1fr]");
    expect(second).toContain("The two sides agreed to expand exchanges.");
    expect(second).toContain("The Central Asian countries reaffirmed their support.");
    const first = html.slice(html.indexOf('data-number="1"'), html.indexOf('data-number="2"'));
    expect(first).toContain('data-block="note"');
  });

  it("keeps each sub-point's marker and nests deeper levels inside the one above", () => {
    expect([...html.matchAll(/data-level="(\d)" data-marker="([^"]+)"/g)].map((match) => `${match[1]}${match[2]}`)).toEqual([
      "1o",
      "2-",
      "1o",
    ]);
    const outer = html.indexOf("The two sides agreed");
    const inner = html.indexOf("including youth exchanges");
    const nextOuter = html.indexOf("The Central Asian countries");
    const nestedList = html.indexOf('<ul role="list"', outer);
    expect(nestedList).toBeGreaterThan(outer);
    expect(nestedList).toBeLessThan(inner);
    expect(html.slice(inner, nextOuter)).toContain("</ul>");
  });

  it("sets the note apart with its mark, a label for screen readers and its own list", () => {
    const note = element(html, 'data-block="note"', 'data-number="2"');
    expect(note).toContain('role="note"');
    expect(note).toContain('<span aria-hidden="true" class="text-muted">※</span>');
    expect(note).toContain('<span class="sr-only">Note: </span>');
    expect(note.match(/data-note-item/g)).toHaveLength(2);
    expect(textOf(note)).toContain("Tajikistan: Foreign Minister Sirojiddin MUHRIDDIN");
  });
});

describe("DocumentBody on an interview", () => {
  const body = parseBody(
    [
      "Q: What do you think of the current level of political relations?",
      "A: Our political relations stand very good.",
      "Another important thing is exchanges of high level figures.",
      "Q: Have the economic processes affected trade?",
      "A: Since 2015 our trade turnover has shrunk.",
    ].join("\n"),
  );
  const html = render(body, { labels: { question: "문", answer: "답", note: "참고", translatorNotes: "역자 주", translatorNote: "역자 주", backToText: "본문으로", paragraphLink: "이 문단 링크", photoCredit: "사진", pageCount: "{n}쪽", pageCountOne: "1쪽", fileLanguage: "{language}", notAccessible: "-" } });

  it("gathers each question with the answer paragraphs after it", () => {
    expect(html.match(/data-qa=""/g)).toHaveLength(2);
    expect(blockKinds(html)).toEqual(["question", "answer", "answer", "question", "answer"]);
  });

  it("labels the question and only the first paragraph of its answer", () => {
    expect(html.match(/>문<\/span>/g)).toHaveLength(2);
    expect(html.match(/>답<\/span>/g)).toHaveLength(2);
    const firstPair = html.slice(0, html.indexOf("Have the economic"));
    expect(firstPair.match(/class="qa-label[^"]*"><\/span>/g)).toHaveLength(1);
  });

  it("sets the question apart typographically", () => {
    const question = element(html, 'data-block="question"', "What do you think");
    expect(question).toMatch(/font-semibold/);
    expect(question).toMatch(/border-l-4/);
  });

  it("groups answers that come without a question", () => {
    expect(groupBlocks(parseBody("A: An answer on its own.")).map((group) => group.kind)).toEqual(["qa"]);
  });
});

describe("DocumentBody text", () => {
  it("renders user text as text, never as markup", () => {
    const html = render(parseBody("1. <script>alert(1)</script> & <b>bold</b>"));
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;");
  });

  it("links only http(s) addresses", () => {
    const html = render(parseBody("1. See https://www.mofa.go.kr/eng/index.do. Not javascript:alert(1) or data:text/html,x."));
    expect(html).toContain('<a href="https://www.mofa.go.kr/eng/index.do" rel="noopener noreferrer"');
    expect(html.match(/<a /g)).toHaveLength(1);
    expect(html).toContain("javascript:alert(1)");
  });

  it("renders headings at the level asked for, and plain paragraphs", () => {
    const html = render(parseBody("## Background\nThe two ministers met in Seoul."), { headingLevel: 3 });
    expect(html).toMatch(/<h3 id="b-[^"]+" data-block="heading"/);
    expect(blockKinds(html)).toEqual(["heading", "paragraph"]);
  });

  it("renders nothing but its frame for an empty body", () => {
    expect(render([])).toBe('<div class="document-body" data-body=""></div>');
  });
});

describe("DocumentBody translator's notes", () => {
  const base = parseBody("1. The Year of New Northern Cooperation was declared.\n2. The Forum met.\n3. Both sides agreed.");
  const body: Block[] = base.map((block, index) =>
    index === 0 ? { ...block, translatorNote: "The Korean name of the policy is 신북방정책." } : index === 2 ? { ...block, translatorNote: "Literally: “shared the view”." } : block,
  );

  it("numbers the notes in reading order and links each mark to its note and back", () => {
    const html = render(body, { idPrefix: "preview-" });
    expect(html).toContain('id="preview-tn-ref-1" href="#preview-tn-1"');
    expect(html).toContain('id="preview-tn-ref-2" href="#preview-tn-2"');
    expect(html).toContain('aria-label="Translator&#x27;s note 1"');
    expect(html.match(/data-translator-note="\d"/g)).toEqual(['data-translator-note="1"', 'data-translator-note="2"']);
    expect(html).toContain('href="#preview-tn-ref-2"');
    expect(textOf(html)).toContain("Translator's note: The Korean name of the policy is 신북방정책.");
  });

  it("adds no notes section to a body without notes", () => {
    expect(render(base)).not.toContain("Translator");
  });
});

describe("DocumentBody with the public page's paragraph anchors", () => {
  const body: Block[] = [
    { kind: "numbered", id: "para-aaaa", text: "First." },
    { kind: "numbered", id: "para-xxxx", text: "Added by a correction." },
    { kind: "numbered", id: "para-bbbb", text: "First published as the second." },
  ];
  const html = render(body, { anchors: { "para-aaaa": 1, "para-bbbb": 2, "para-xxxx": 3 } });

  it("gives each numbered paragraph the id of its anchor, and its number links there", () => {
    expect([...html.matchAll(/<div id="(p\d+)" data-block="numbered" data-number="(\d+)"/g)].map((match) => [match[1], match[2]])).toEqual([
      ["p1", "1"],
      ["p3", "2"],
      ["p2", "3"],
    ]);
    expect(html).toContain('<a href="#p3" class="paragraph-link');
    expect(element(html, 'href="#p3"', "</a>")).toContain("2.");
  });

  it("without anchors (preview, editor) paragraphs keep block ids and plain numbers", () => {
    const plain = render(body);
    expect(plain).toContain('id="b-para-aaaa"');
    expect(plain).not.toContain('href="#p');
  });
});
