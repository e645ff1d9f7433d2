// Shared steps of the reading site's journeys (e2e/reader-*.spec.ts).
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** Runs axe (WCAG 2.1 A/AA) on the page and fails on any serious or critical violation, naming each one. */
export async function expectNoSeriousAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
  expect(serious, `axe found serious violations on ${page.url()}`).toEqual([]);
}

/** Opens a document from its list, paging until its title shows up (dates of imported samples vary). */
export async function openFromList(page: Page, listPath: string, title: string): Promise<void> {
  await page.goto(listPath);
  for (let pageNumber = 1; pageNumber <= 20; pageNumber++) {
    const link = page.locator("[data-document-list]").getByRole("link", { name: title, exact: true });
    if ((await link.count()) > 0) {
      await link.first().click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
      return;
    }
    const next = page.getByRole("navigation", { name: /pages|페이지/i }).getByRole("link", { name: /next|다음/i });
    if ((await next.count()) === 0) break;
    await next.click();
  }
  throw new Error(`“${title}” is not listed at ${listPath}`);
}

/** The kinds of the rendered body blocks in order, with a sub-point's marker and a note's list length. */
export async function bodyShape(page: Page): Promise<string[]> {
  return page.locator("[data-body] [data-block]").evaluateAll((elements) =>
    elements.map((element) => {
      const kind = element.getAttribute("data-block");
      if (kind === "numbered") return "N";
      if (kind === "subpoint") return `${element.getAttribute("data-marker")}${element.getAttribute("data-level") === "1" ? "" : element.getAttribute("data-level")}`;
      if (kind === "note") {
        const items = element.querySelectorAll("[data-note-item]").length;
        return items > 0 ? `※×${items}` : "※";
      }
      return { question: "Q", answer: "A", paragraph: "P", heading: "H" }[kind ?? ""] ?? "?";
    }),
  );
}
