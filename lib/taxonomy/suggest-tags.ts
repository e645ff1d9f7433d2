// Tags to suggest while writing: the countries, people and events whose names (in any language) appear in the text.
// Pure and client-safe, so the editor can suggest as the person types.

export interface TaggableEntry {
  id: string;
  /** Names per locale, `{ ko: "카자흐스탄", en: "Kazakhstan" }`. */
  names: unknown;
}

export interface TagSuggestionSource {
  countries: readonly TaggableEntry[];
  people: readonly TaggableEntry[];
  events: readonly TaggableEntry[];
}

export interface TagSuggestion {
  id: string;
  /** The name as found in the text (its first occurrence). */
  matched: string;
  /** Where it first occurs, for ordering and highlighting. */
  index: number;
  occurrences: number;
}

export type TagSuggestions = Record<keyof TagSuggestionSource, TagSuggestion[]>;

/** Shorter names (one letter, one syllable) match too much to be worth suggesting. */
const MIN_NAME_LENGTH = 2;
const DASHES = /[\u2010-\u2015\u2212]/g;
// Scripts written without spaces between a name and what follows (Korean particles: 카자흐스탄과, 카자흐스탄의),
// where a name is found anywhere; elsewhere it must stand as a word of its own.
const NO_WORD_BOUNDARIES = /[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

function fold(text: string): string {
  return text.normalize("NFC").replace(DASHES, "-").replace(/\s+/g, " ").toLowerCase();
}

function namesOf(entry: TaggableEntry): string[] {
  if (!entry.names || typeof entry.names !== "object") return [];
  const names = Object.values(entry.names as Record<string, unknown>)
    .filter((name): name is string => typeof name === "string")
    .map((name) => fold(name).trim())
    .filter((name) => [...name].length >= MIN_NAME_LENGTH);
  return [...new Set(names)];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function occurrences(haystack: string, name: string): number[] {
  if (NO_WORD_BOUNDARIES.test(name)) {
    const found: number[] = [];
    for (let at = haystack.indexOf(name); at !== -1; at = haystack.indexOf(name, at + name.length)) found.push(at);
    return found;
  }
  const pattern = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{M}\\p{N}])`, "gu");
  return [...haystack.matchAll(pattern)].map((match) => match.index);
}

function suggest(
  haystack: string,
  original: string,
  entries: readonly TaggableEntry[],
  exclude: ReadonlySet<string>,
): TagSuggestion[] {
  const suggestions: TagSuggestion[] = [];
  for (const entry of entries) {
    if (exclude.has(entry.id)) continue;
    let best: TagSuggestion | undefined;
    for (const name of namesOf(entry)) {
      const found = occurrences(haystack, name);
      if (found.length === 0) continue;
      const index = found[0]!;
      // Folding keeps lengths for almost all text; the slice is only the label shown.
      const matched = original.slice(index, index + name.length) || name;
      if (!best || index < best.index) best = { id: entry.id, matched, index, occurrences: found.length };
      else best.occurrences += found.length;
    }
    if (best) suggestions.push(best);
  }
  return suggestions.sort((a, b) => a.index - b.index || b.occurrences - a.occurrences);
}

/**
 * The countries, people and events named in `text`, case-insensitively: Latin, Cyrillic and other spaced scripts
 * as whole words ("Korea" does not match "Koreans"), Korean and other unspaced scripts anywhere (a name followed by
 * its particle still matches). Entries already tagged can be left out with `exclude`.
 */
export function suggestTags(
  text: string,
  source: TagSuggestionSource,
  exclude: Partial<Record<keyof TagSuggestionSource, readonly string[]>> = {},
): TagSuggestions {
  const normalized = text.normalize("NFC").replace(DASHES, "-").replace(/\s+/g, " ");
  const haystack = normalized.toLowerCase();
  // Lower-casing can change a string's length (İ); then positions are approximate, so labels fall back to the name.
  const original = haystack.length === normalized.length ? normalized : haystack;
  return {
    countries: suggest(haystack, original, source.countries, new Set(exclude.countries ?? [])),
    people: suggest(haystack, original, source.people, new Set(exclude.people ?? [])),
    events: suggest(haystack, original, source.events, new Set(exclude.events ?? [])),
  };
}
