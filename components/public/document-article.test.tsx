import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { messages } from "@/lib/i18n/messages";
import { publicDocument } from "@/test-support/fixtures/public-document";
import { DocumentArticle } from "./document-article";

const render = (publicDate: string | null) =>
  renderToStaticMarkup(
    <DocumentArticle document={publicDocument({ publicDate })} messages={messages("en")} originalName={null} originalHref={null} canonicalUrl="https://mofa.example/" countViews={false} />,
  );

describe("DocumentArticle's date line", () => {
  it("shows the release's own date", () => {
    expect(render("2017-11-20")).toContain('<time dateTime="2017-11-20">2017-11-20</time>');
  });

  it("is left out for a document whose source shows no date: never an invalid or invented date", () => {
    const html = render(null);
    expect(html).toContain("ROK and Azerbaijan Hold 3rd Policy Consultation");
    expect(html).not.toContain('data-meta="date"');
    expect(html).not.toContain("<time");
    expect(html).not.toContain("Invalid Date");
    expect(html).not.toContain(new Date().toISOString().slice(0, 10));
  });
});
