import { readdirSync } from "node:fs";
import { join, resolve } from "node:path";

/** The press office's sample pages (copied from its website and a news agency), imported on a first demo start. */
export const SAMPLES_DIR = resolve(process.cwd(), "prisma/samples");

export function samplePaths(): string[] {
  return readdirSync(SAMPLES_DIR)
    .filter((name) => name.endsWith(".txt"))
    .sort()
    .map((name) => join(SAMPLES_DIR, name));
}
