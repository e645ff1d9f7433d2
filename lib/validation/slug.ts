import type { DocumentKind } from "@/lib/db/generated/enums";
import type { TransactionClient } from "@/lib/db";
import { DomainError } from "@/lib/errors";

/*
 * A document's address: lower-case ASCII words joined by hyphens, generated from the title and editable until the
 * document is first published; from then on links to it exist, so it never changes.
 *
 * Korean titles are romanised (Revised Romanization, syllable by syllable, with the liaison of a final consonant into
 * a following vowel and ㄹㄹ → ll, but without the other sound changes): "외교부 대변인 정례브리핑" becomes
 * "oegyobu-daebyeonin-jeongryebeuriping", an address that a reader can say and a search engine can read,
 * rather than a date that tells nothing apart. A title with nothing to romanise (Chinese characters only, symbols)
 * falls back to the kind and the public date: "press-release-2025-03-30".
 */

export const SLUG_MAX_LENGTH = 100;
/** Generated slugs stop at a word boundary before this, leaving room for a "-2" suffix. */
const GENERATED_MAX_LENGTH = 80;
const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_RULE = "lower-case letters a–z, digits and single hyphens between words";

export function isValidSlug(slug: string): boolean {
  return slug.length > 0 && slug.length <= SLUG_MAX_LENGTH && SLUG_PATTERN.test(slug);
}

// ─── Romanisation ───────────────────────────────────────────────────────────────────────────────────────────────

const HANGUL_FIRST = 0xac00;
const HANGUL_LAST = 0xd7a3;
const INITIALS = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"];
const VOWELS = ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"];
/** A final consonant at the end of a word or before another consonant. */
const FINALS = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"];
/** A final consonant carried over into a following syllable that starts with a vowel (한국어 → hangugeo). */
const FINALS_BEFORE_VOWEL = ["", "g", "kk", "gs", "n", "nj", "n", "d", "r", "lg", "lm", "lb", "ls", "lt", "lp", "r", "m", "b", "bs", "s", "ss", "ng", "j", "ch", "k", "t", "p", ""];
const SILENT_INITIAL = 11; // ㅇ
const RIEUL_INITIAL = 5; // ㄹ
const RIEUL_FINAL = 8; // ㄹ

function isHangulSyllable(code: number): boolean {
  return code >= HANGUL_FIRST && code <= HANGUL_LAST;
}

function decompose(code: number): [initial: number, vowel: number, final: number] {
  const index = code - HANGUL_FIRST;
  return [Math.floor(index / 588), Math.floor((index % 588) / 28), index % 28];
}

/** Revised Romanization of a run of Hangul syllables (one word). */
export function romanizeHangul(word: string): string {
  const codes = [...word].map((char) => char.codePointAt(0)!);
  let out = "";
  codes.forEach((code, position) => {
    if (!isHangulSyllable(code)) return;
    const [initial, vowel, final] = decompose(code);
    const previous = position > 0 && isHangulSyllable(codes[position - 1]!) ? decompose(codes[position - 1]!) : null;
    const next = position + 1 < codes.length && isHangulSyllable(codes[position + 1]!) ? decompose(codes[position + 1]!) : null;
    // ㄹ after a final ㄹ is read l (설립 → seollip).
    out += previous?.[2] === RIEUL_FINAL && initial === RIEUL_INITIAL ? "l" : INITIALS[initial]!;
    out += VOWELS[vowel]!;
    out += next?.[0] === SILENT_INITIAL ? FINALS_BEFORE_VOWEL[final]! : FINALS[final]!;
  });
  return out;
}

const CYRILLIC: Record<string, string> = {
  а: "a", б: "b", в: "v", г: "g", д: "d", е: "e", ё: "e", ж: "zh", з: "z", и: "i", й: "y", к: "k", л: "l", м: "m",
  н: "n", о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f", х: "kh", ц: "ts", ч: "ch", ш: "sh", щ: "shch",
  ъ: "", ы: "y", ь: "", э: "e", ю: "yu", я: "ya", і: "i", ї: "yi", є: "ye", ґ: "g", қ: "k", ғ: "g", ң: "ng", ө: "o",
  ұ: "u", ү: "u", һ: "h", ә: "a",
};

/** Latin letters that do not decompose into a base letter and a mark. */
const LATIN_EXTRA: Record<string, string> = { ß: "ss", æ: "ae", œ: "oe", ø: "o", đ: "d", ð: "d", þ: "th", ł: "l", ı: "i" };

/** Every character as lower-case ASCII letters or digits, or a space where words part. */
function toAscii(text: string): string {
  let out = "";
  const chars = [...text.normalize("NFC").toLowerCase()];
  let index = 0;
  while (index < chars.length) {
    const char = chars[index]!;
    const code = char.codePointAt(0)!;
    if (isHangulSyllable(code)) {
      let end = index;
      while (end < chars.length && isHangulSyllable(chars[end]!.codePointAt(0)!)) end++;
      out += romanizeHangul(chars.slice(index, end).join(""));
      index = end;
      continue;
    }
    if (/[a-z0-9]/.test(char)) out += char;
    else if (char in LATIN_EXTRA) out += LATIN_EXTRA[char];
    else if (char in CYRILLIC) out += CYRILLIC[char];
    else if (/\p{Script=Latin}/u.test(char)) out += char.normalize("NFD").replace(/[^a-z]/g, "");
    // Apostrophes join a word ("Korea's" → "koreas"); anything else parts words.
    else if (!/['’]/.test(char)) out += " ";
    index++;
  }
  return out;
}

function truncateAtWord(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const lastHyphen = cut.lastIndexOf("-");
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : slug.slice(0, max)).replace(/-+$/, "");
}

/** A slug from free text, or "" when nothing in it can be written in ASCII. */
export function slugify(text: string, max = GENERATED_MAX_LENGTH): string {
  const words = toAscii(text).split(/\s+/).filter(Boolean);
  return truncateAtWord(words.join("-"), max);
}

const KIND_WORDS: Record<DocumentKind, string> = { PRESS_RELEASE: "press-release", INTERVIEW: "interview" };

/** The slug a new document gets before uniqueness: from its title, or from its kind and public date. */
export function slugFromTitle(title: string, fallback: { kind: DocumentKind; publicDate: string }): string {
  return slugify(title) || `${KIND_WORDS[fallback.kind]}-${fallback.publicDate}`;
}

// ─── In the database ────────────────────────────────────────────────────────────────────────────────────────────

/** `base`, or the first of `base-2`, `base-3`… no other document uses. */
export async function uniqueSlug(
  tx: Pick<TransactionClient, "document">,
  base: string,
  excludeDocumentId?: string,
): Promise<string> {
  const stem = truncateAtWord(base, SLUG_MAX_LENGTH - 6) || base.slice(0, SLUG_MAX_LENGTH - 6);
  const taken = new Set(
    (
      await tx.document.findMany({
        where: {
          OR: [{ slug: stem }, { slug: { startsWith: `${stem}-` } }],
          ...(excludeDocumentId ? { NOT: { id: excludeDocumentId } } : {}),
        },
        select: { slug: true },
      })
    ).map((document) => document.slug),
  );
  if (!taken.has(stem)) return stem;
  for (let suffix = 2; ; suffix++) {
    const candidate = `${stem}-${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** A slug a person typed: well formed and not used by another document. */
export async function assertSlugAvailable(
  tx: Pick<TransactionClient, "document">,
  slug: string,
  excludeDocumentId?: string,
): Promise<void> {
  if (!isValidSlug(slug)) throw new DomainError(`The address may contain only ${SLUG_RULE}.`, "slug");
  const other = await tx.document.findUnique({ where: { slug }, select: { id: true } });
  if (other && other.id !== excludeDocumentId) {
    throw new DomainError(`The address “${slug}” is already used by another document; choose another.`, "slug");
  }
}

/** Links to a published document exist, so its address is fixed from its first publication on. */
export function checkSlugChange(document: { slug: string; firstPublishedAt: Date | null }, slug: string): void {
  if (slug !== document.slug && document.firstPublishedAt !== null) {
    throw new DomainError(
      `The address of a document that has been published cannot change (it stays “${document.slug}”).`,
      "slug",
    );
  }
}
