// fast-check generators of valid bodies, for the property tests of the parser and serializer.
import fc from "fast-check";
import {
  NOTE_LIST_MARKERS,
  SUBPOINT_MARKERS,
  bodySchema,
  findOrderProblems,
  type Block,
  type BlockDraft,
  type Body,
} from "../schema";

/** Words chosen to collide with the convention: markers, prefixes, escapes, links, Korean, stray symbols. */
const TRICKY_WORDS = [
  "1.", "2)", "12.", "2017.", "o", "O", "°", "ㅇ", "◦", "-", "–", "·", "•", "•x", "※", "※x", "#", "##", "###", "####",
  "Q:", "A:", "Q.", "A.", "q:", "a.", "Q1:", "A1.", "Question:", "Answer:", "문:", "답:", "질문:", "답변.", "\\", "\\\\",
  "\\1.", "http://example.org/a?b=1", "https://외교부.kr/x).", "javascript:alert(1)", "외교부", "협력", "°C", "-5",
  ":", "*", "(1+5)", "“quoted”", "’s",
];

const word = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...TRICKY_WORDS) },
  { weight: 3, arbitrary: fc.stringMatching(/^[A-Za-z0-9가-힣,.;:!?'"()%&*+=_-]{1,10}$/) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", minLength: 1, maxLength: 4 }) },
);

export const textArbitrary = fc.array(word, { minLength: 1, maxLength: 8 }).map((words) => words.join(" "));

const draftArbitrary: fc.Arbitrary<BlockDraft> = fc.oneof(
  fc.record({ kind: fc.constant("numbered" as const), text: textArbitrary }),
  fc.record({
    kind: fc.constant("subpoint" as const),
    marker: fc.constantFrom(...SUBPOINT_MARKERS),
    level: fc.integer({ min: 1, max: 3 }),
    text: textArbitrary,
  }),
  fc.record(
    {
      kind: fc.constant("note" as const),
      text: textArbitrary,
      list: fc.record({
        marker: fc.constantFrom(...NOTE_LIST_MARKERS),
        items: fc.array(textArbitrary, { minLength: 1, maxLength: 4 }),
      }),
    },
    { requiredKeys: ["kind", "text"] },
  ),
  fc.record({ kind: fc.constant("heading" as const), text: textArbitrary }),
  fc.record({ kind: fc.constant("paragraph" as const), text: textArbitrary }),
  fc.record({ kind: fc.constant("question" as const), text: textArbitrary }),
  fc.record({ kind: fc.constant("answer" as const), text: textArbitrary }),
);

/**
 * Bends a list of blocks into one that obeys the body's order rules, the way an editor would:
 * levels step down, a clashing sub-point marker becomes "o", a paragraph inside an interview becomes an answer.
 */
export function canonicalize(blocks: readonly Block[]): Block[] {
  const result: Block[] = [];
  let inInterview = false;
  for (const original of blocks) {
    let block: Block = { ...original };
    const previous = result.at(-1);
    if (block.kind === "subpoint") {
      const deepest = previous?.kind === "subpoint" ? previous.level + 1 : 1;
      block = { ...block, level: Math.min(block.level, deepest) };
      if (previous?.kind === "note" && findOrderProblems([previous, block]).length > 0) block = { ...block, marker: "o" };
    }
    if (block.kind === "heading") inInterview = false;
    if (block.kind === "question" || block.kind === "answer") inInterview = true;
    if (block.kind === "paragraph" && inInterview) block = { ...block, kind: "answer" };
    result.push(block);
  }
  return result;
}

function withIds(drafts: readonly BlockDraft[], notes: readonly (string | null)[]): Block[] {
  return drafts.map((draft, index) => {
    const note = notes[index];
    return { ...draft, id: `blk${String(index).padStart(4, "0")}`, ...(note ? { translatorNote: note } : {}) } as Block;
  });
}

function validBody(blocks: Block[]): Body | null {
  const parsed = bodySchema.safeParse(canonicalize(blocks));
  return parsed.success ? parsed.data : null;
}

/** Valid bodies without translator's notes (these do not travel through text). */
export const bodyArbitrary: fc.Arbitrary<Body> = fc
  .array(draftArbitrary, { maxLength: 25 })
  .map((drafts) => validBody(withIds(drafts, [])))
  .filter((body): body is Body => body !== null);

/** Valid bodies where some blocks carry a translator's note. */
export const annotatedBodyArbitrary: fc.Arbitrary<Body> = fc
  .array(fc.tuple(draftArbitrary, fc.option(textArbitrary)), { maxLength: 25 })
  .map((pairs) => validBody(withIds(pairs.map(([draft]) => draft), pairs.map(([, note]) => note))))
  .filter((body): body is Body => body !== null);

/** The body without ids and translator's notes: what survives a trip through plain text. */
export function withoutIds(body: readonly Block[]): unknown[] {
  return body.map((block) => {
    const { id: _id, translatorNote: _note, ...rest } = block;
    return rest;
  });
}
