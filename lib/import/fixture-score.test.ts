// The importer over every page in its fixtures: the fraction of fields a person reads from the pages that it recovers.
import { describe, expect, it } from "vitest";
import { toDryRunJson } from "./dry-run";
import { fixturePages } from "@/test-support/import/fixtures/fixture-pages";
import { parsePage } from "./parse-page";
import { scorePage, summarize, type FieldScore } from "@/test-support/import/score";

const MIN_FRACTION = 0.95;

describe("the importer over all fixtures", () => {
  const pages = fixturePages();
  const scored = pages.map((fixture) => {
    const result = parsePage(fixture.text, `${fixture.name}.txt`);
    const line = toDryRunJson(fixture.name, result);
    return { name: fixture.name, scores: scorePage(fixture.expected, line, result.ok ? undefined : result.error.code) };
  });
  const summary = summarize(scored.flatMap((page) => page.scores));

  it(`recovers at least ${MIN_FRACTION * 100}% of the fields`, () => {
    const misses = scored.flatMap(({ name, scores }) =>
      scores.filter((score: FieldScore) => !score.recovered).map((score) => `  ${name} ${score.field}: expected ${JSON.stringify(score.expected)}, got ${JSON.stringify(score.actual)}`),
    );
    const fields = Object.entries(summary.byField).map(([field, { recovered, total }]) => `${field} ${recovered}/${total}`);
    console.log(
      `importer fixture score: ${summary.recovered}/${summary.total} fields = ${summary.fraction.toFixed(3)} over ${pages.length} pages\n` +
        `  by field: ${fields.join(", ")}\n${misses.join("\n")}`,
    );
    expect(pages.length).toBeGreaterThanOrEqual(37);
    expect(summary.fraction).toBeGreaterThanOrEqual(MIN_FRACTION);
  });
});
