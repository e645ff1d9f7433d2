import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { parseBody } from "@/lib/body/parse";
import type { Body } from "@/lib/body/schema";
import { BodyEditor, type BodyEditorProps } from "./body-editor";

const RELEASE = parseBody(
  [
    "1. The Minister met his counterparts.",
    "※ Heads of delegations",
    "- Tajikistan: Foreign Minister",
    "2. The two sides agreed to expand exchanges.",
    "o including youth exchanges",
    "  - and students",
    "## Questions",
    "Q: Why now?",
    "A: Because the time is right.",
  ].join("\n"),
);

const render = (props: Partial<BodyEditorProps> = {}) => renderToStaticMarkup(<BodyEditor name="body" initialBody={RELEASE} {...props} />);
const unescape = (html: string) => html.replaceAll("&quot;", '"').replaceAll("&amp;", "&").replaceAll("&#x27;", "'");
/** The rows of the block list, in order. */
const rows = (html: string) => [...html.matchAll(/<li id="[^"]*-block-([^"]+)" data-block-id="[^"]+" data-kind="(\w+)"/g)].map((m) => [m[1], m[2]]);
/** What each row's margin shows (numbers, markers). */
const margins = (html: string) => [...html.matchAll(/data-margin="">([^<]*)</g)].map((m) => m[1]);
/** Everything a screen reader hears as a control's name. */
const ariaLabels = (html: string) => [...unescape(html).matchAll(/aria-label="([^"]+)"/g)].map((m) => m[1]);

describe("BodyEditor, first render", () => {
  const html = render();

  it("lists every block in the body's order, by id", () => {
    expect(rows(html)).toEqual(RELEASE.map((block) => [block.id, block.kind]));
  });

  it("numbers paragraphs from their order and shows markers, ※, Q and A in the margin", () => {
    expect(margins(html)).toEqual(["1.", "※", "2.", "o", "-", "H", "Q", "A"]);
  });

  it("names each block for screen readers, with its position, kind and number", () => {
    expect(html).toContain("Block 1 of 8: numbered paragraph 1");
    expect(html).toContain("Block 3 of 8: numbered paragraph 2");
    expect(html).toContain("Block 5 of 8: sub-point, level 2");
  });

  it("labels every control with the block it acts on", () => {
    const labels = ariaLabels(html);
    for (const label of [
      "Kind of block 1",
      "Move block 1 up",
      "Move block 1 down",
      "Delete block 1",
      "Add a block below block 1",
      "Marker of block 4",
      "Indent block 4",
      "Outdent block 5",
      "List marker of block 2",
    ]) {
      expect(labels).toContain(label);
    }
  });

  it("disables what cannot be done: moving the first block up, the last down, indenting the first sub-point", () => {
    expect(html).toMatch(/<button[^>]*aria-label="Move block 1 up"[^>]*disabled=""/);
    expect(html).toMatch(/<button[^>]*aria-label="Move block 8 down"[^>]*disabled=""/);
    expect(html).toMatch(/<button[^>]*aria-label="Indent block 4"[^>]*disabled=""/);
    expect(html).not.toMatch(/<button[^>]*aria-label="Outdent block 5"[^>]*disabled=""/);
  });

  it("shows each block's text in its own box, and a note's list one item per line", () => {
    expect(html).toContain(">The Minister met his counterparts.</textarea>");
    expect(html).toContain(">Tajikistan: Foreign Minister</textarea>");
  });

  it("carries the body as JSON in the hidden input named for the form", () => {
    const value = /<input type="hidden" name="body" value="([^"]*)"/.exec(html)?.[1];
    expect(JSON.parse(unescape(value ?? ""))).toEqual(RELEASE);
  });

  it("renders the preview with the public renderer", () => {
    const preview = html.slice(html.indexOf("data-body-preview"));
    expect(preview).toContain('class="document-body"');
    expect([...preview.matchAll(/data-block="(\w+)"/g)].map((m) => m[1])).toEqual([
      "numbered",
      "note",
      "numbered",
      "subpoint",
      "subpoint",
      "heading",
      "question",
      "answer",
    ]);
  });

  it("offers Blocks and Text as tabs, Blocks selected", () => {
    expect(html).toMatch(/role="tab"[^>]*aria-selected="true"[^>]*>Blocks</);
    expect(html).toMatch(/role="tab"[^>]*aria-selected="false"[^>]*>Text</);
    expect(html).not.toContain("data-body-problems");
  });
});

describe("BodyEditor with problems", () => {
  it("shows the schema's message beside the block and in a summary, and still carries the invalid body", () => {
    const body: Body = [
      { kind: "numbered", id: "p1aa", text: "Fine." },
      { kind: "numbered", id: "p2aa", text: "" },
    ];
    const html = render({ initialBody: body });
    expect(html).toContain("1 problem to fix before this can be saved");
    expect(html).toContain("Numbered paragraph 2 (block 2): Text is empty");
    expect(html).toMatch(/<textarea[^>]*aria-invalid="true"[^>]*>/);
    expect(html).toContain('<span class="sr-only">Error: </span>Text is empty');
    expect(unescape(html)).toContain('"id":"p2aa","text":""');
  });

  it("shows the server's messages beside their blocks, and the body's own at the top", () => {
    const html = render({ errors: { [RELEASE[2]!.id]: "This paragraph repeats paragraph 1", body: "The body was changed by someone else" } });
    expect(html).toContain("2 problems to fix before this can be saved");
    expect(html).toContain("The body was changed by someone else");
    expect(html).toContain("Numbered paragraph 2 (block 3): This paragraph repeats paragraph 1");
  });
});

describe("BodyEditor in text mode", () => {
  it("shows the body in the press office's convention, with the convention explained", () => {
    const html = render({ initialMode: "text", locale: "ko" });
    expect(html).toMatch(/role="tab"[^>]*aria-selected="true"[^>]*>Text</);
    expect(html).toContain("1. The Minister met his counterparts.\n\n※ Heads of delegations\n- Tajikistan: Foreign Minister");
    expect(html).toContain("Body as text");
    expect(html).toContain('lang="ko"');
    // The preview speaks the body's language.
    expect(html).toContain(">문</span>");
  });
});

describe("BodyEditor on an empty body", () => {
  it("invites the first block and previews nothing", () => {
    const html = render({ initialBody: [] });
    expect(html).toContain("The body is empty. Add its first block:");
    expect(html).toContain("Nothing to show yet.");
    expect(html).toContain('value="[]"');
  });
});
