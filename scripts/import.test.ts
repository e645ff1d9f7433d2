import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";

const SAMPLES = [
  "prisma/samples/interview-ambassador-to-azerbaijan.txt",
  "prisma/samples/press-release-rok-azerbaijan-policy-consultation.txt",
];

describe("npm run import -- --dry-run --json (the contract scripts rely on)", () => {
  it("prints one JSON object per file with exactly the contract's fields and writes nothing", () => {
    const output = execFileSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/import.ts", "--dry-run", "--json", ...SAMPLES], {
      encoding: "utf8",
      // No database is configured or touched by a dry run: point the embedded one somewhere that must stay absent.
      env: { ...process.env, CHANCERY_DATA_DIR: "/nonexistent/chancery-dry-run" },
    });
    const lines = output.trim().split("\n").map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(existsSync("/nonexistent/chancery-dry-run")).toBe(false);
    for (const line of lines) {
      expect(Object.keys(line).at(-1)).toBe("confidence");
      expect(Object.keys(line.confidence as object)).toEqual(["kind", "title", "date", "views", "unofficialTranslation", "structure"]);
    }
    expect(lines.map(({ confidence: _confidence, ...line }) => line)).toEqual([
      {
        file: SAMPLES[0],
        kind: "interview",
        title: "Ambassador: South Korea ready to respond to any threat by North Korea in close cooperation with US - INTERVIEW",
        date: "2018-07-20",
        views: null,
        language: "en",
        unofficialTranslation: false,
        paragraphs: 0,
        qaPairs: 10,
        blocks: 30,
      },
      {
        file: SAMPLES[1],
        kind: "press_release",
        title: "ROK and Azerbaijan Hold 3rd Policy Consultation",
        date: "2017-11-20",
        views: 6427,
        language: "en",
        unofficialTranslation: true,
        paragraphs: 6,
        qaPairs: 0,
        blocks: 7,
      },
    ]);
  });

  it("reports a bad file on its own line and exits non-zero", () => {
    const result = spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/import.ts", "--dry-run", "--json", "/nonexistent/page.txt", SAMPLES[1]!], {
      encoding: "utf8",
    });
    expect(result.status).toBe(1);
    const lines = result.stdout.trim().split("\n").map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines[0]).toEqual({ file: "/nonexistent/page.txt", error: "cannot read the file: ENOENT" });
    expect(lines[1]).toMatchObject({ file: SAMPLES[1], title: "ROK and Azerbaijan Hold 3rd Policy Consultation" });
  });
});
