// An archive of pages for testing a batch import: every fixture page varied into new releases (another headline
// number, another first paragraph), some copied again with other line endings, and some that must be refused.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fixturePages } from "./fixtures/fixture-pages";

export interface GeneratedArchive {
  files: number;
  /** Distinct pages that read and have a title: each should become one document. */
  distinct: number;
  /** Copies of earlier pages, with other line endings and spacing. */
  copies: number;
  /** Files that cannot be read: empty, binary, only chrome. */
  unreadable: number;
}

const REFUSED = [
  { name: "empty.txt", bytes: new Uint8Array(0) },
  { name: "picture.txt", bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]) },
  { name: "menu-only.txt", bytes: new TextEncoder().encode("Home\nNews\nPress releases\nContacts\nSearch\n") },
];

/** Writes `count` distinct pages (in folders of 500), a copy of every tenth, and three unreadable files into `dir`. */
export function generateArchive(dir: string, count: number): GeneratedArchive {
  const sources = fixturePages().flatMap(({ text, expected }) =>
    !("refused" in expected) && expected.title !== null ? [{ text, title: expected.title }] : [],
  );
  let copies = 0;
  for (let index = 0; index < count; index++) {
    const source = sources[index % sources.length]!;
    const { title } = source;
    // Another headline and another opening line: a different release of the same layout.
    const text = source.text.split(title).join(`${title} (${index + 1})`);
    const folder = join(dir, `batch-${String(Math.floor(index / 500)).padStart(3, "0")}`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `page-${String(index).padStart(6, "0")}.txt`), text);
    if (index % 10 === 0) {
      writeFileSync(join(folder, `page-${String(index).padStart(6, "0")}-copy.txt`), text.replace(/\n/g, "\r\n").replace(/ {2}/g, " "));
      copies++;
    }
  }
  for (const { name, bytes } of REFUSED) writeFileSync(join(dir, name), bytes);
  return { files: count + copies + REFUSED.length, distinct: count, copies, unreadable: REFUSED.length };
}
