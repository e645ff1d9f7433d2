// How many of the fields a person reads from a page the importer recovered: the measure the importer's rules are
// judged by (lib/import/fixture-score.test.ts runs it over every fixture).
import { z } from "zod";
import type { DryRunLine } from "@/lib/import/dry-run";
import type { ImportErrorCode } from "@/lib/import/import-error";

/** What a person read from one page: the corpus's `.expected.json` shape, or the reason it must be refused. */
export const expectedFieldsSchema = z.union([
  z.object({ refused: z.string() }),
  z.looseObject({
    kind: z.enum(["press_release", "interview"]),
    title: z.string().nullable(),
    date: z.string().nullable(),
    views: z.number().int().nullable(),
    unofficialTranslation: z.boolean(),
    /** Top-level `N.` paragraphs. */
    paragraphs: z.number().int(),
    /** Top-level `□`/`●` blocks of a Korean original, which count as its numbered paragraphs. */
    topLevelMarkedBlocks: z.number().int(),
    qaPairs: z.number().int(),
  }),
]);
export type ExpectedFields = z.infer<typeof expectedFieldsSchema>;

export const SCORED_FIELDS = ["kind", "title", "date", "views", "unofficialTranslation", "structure"] as const;
export type ScoredField = (typeof SCORED_FIELDS)[number] | "refusal";

export interface FieldScore {
  field: ScoredField;
  expected: unknown;
  actual: unknown;
  recovered: boolean;
}

/**
 * One field per scored name; "structure" is the paragraph count of a press release (□ blocks included) or the
 * Q/A count of an interview. A page that should be refused scores one field: refused, for the expected reason.
 * A page refused that should have been read recovers none of its fields.
 */
export function scorePage(expected: ExpectedFields, line: DryRunLine, refusal?: ImportErrorCode): FieldScore[] {
  if ("refused" in expected) {
    return [{ field: "refusal", expected: expected.refused, actual: refusal ?? "read", recovered: refusal === expected.refused }];
  }
  const wanted: Record<(typeof SCORED_FIELDS)[number], unknown> = {
    kind: expected.kind,
    title: expected.title,
    date: expected.date,
    views: expected.views,
    unofficialTranslation: expected.unofficialTranslation,
    structure: expected.kind === "interview" ? expected.qaPairs : expected.paragraphs + expected.topLevelMarkedBlocks,
  };
  return SCORED_FIELDS.map((field) => {
    const actual = "error" in line ? undefined : field === "structure" ? (expected.kind === "interview" ? line.qaPairs : line.paragraphs) : line[field];
    return { field, expected: wanted[field], actual, recovered: !("error" in line) && actual === wanted[field] };
  });
}

export interface ScoreSummary {
  recovered: number;
  total: number;
  fraction: number;
  byField: Record<string, { recovered: number; total: number }>;
}

export function summarize(scores: readonly FieldScore[]): ScoreSummary {
  const byField: ScoreSummary["byField"] = {};
  for (const score of scores) {
    const entry = (byField[score.field] ??= { recovered: 0, total: 0 });
    entry.total++;
    if (score.recovered) entry.recovered++;
  }
  const recovered = scores.filter((score) => score.recovered).length;
  return { recovered, total: scores.length, fraction: scores.length ? recovered / scores.length : 0, byField };
}
