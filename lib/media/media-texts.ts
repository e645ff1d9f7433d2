// The words of a photo or file, per locale: alt text, caption and credit of a photo; the title of a file. Stored as
// one JSON map on the asset ({ "ko": { "alt": "…", … }, "en": { … } }), translated once for every document using it.
import { z } from "zod";

export const MEDIA_TEXT_LIMITS = { alt: 300, caption: 600, credit: 120, title: 200 } as const;
export type MediaTextField = keyof typeof MEDIA_TEXT_LIMITS;
export type MediaTextSet = Partial<Record<MediaTextField, string>>;
export type MediaTexts = Record<string, MediaTextSet>;

const LABELS: Record<MediaTextField, string> = { alt: "The alt text", caption: "The caption", credit: "The credit", title: "The title" };

/** One line of text, whitespace folded; "" when left empty. */
export function mediaText(field: MediaTextField) {
  const max = MEDIA_TEXT_LIMITS[field];
  return z
    .string({ error: `${LABELS[field]} must be text` })
    .transform((value) => value.normalize("NFC").replace(/\s+/g, " ").trim())
    .pipe(z.string().max(max, { error: `${LABELS[field]} is at most ${max} characters` }));
}

/** The language a text (or a file) is in: ko, en, pt-BR. */
export const mediaLocale = z.string().regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, { error: "Choose a language" });

export const IMAGE_FIELDS = ["alt", "caption", "credit"] as const satisfies readonly MediaTextField[];
export const DOCUMENT_FIELDS = ["title"] as const satisfies readonly MediaTextField[];

export function fieldsFor(kind: "IMAGE" | "DOCUMENT"): readonly MediaTextField[] {
  return kind === "IMAGE" ? IMAGE_FIELDS : DOCUMENT_FIELDS;
}

/** Reads the stored JSON leniently: anything that is not text per field per locale is left out. */
export function readMediaTexts(value: unknown): MediaTexts {
  if (!value || typeof value !== "object" || Array.isArray(value)) return {};
  const texts: MediaTexts = {};
  for (const [locale, set] of Object.entries(value as Record<string, unknown>)) {
    if (!set || typeof set !== "object" || Array.isArray(set)) continue;
    const clean: MediaTextSet = {};
    for (const field of Object.keys(MEDIA_TEXT_LIMITS) as MediaTextField[]) {
      const text = (set as Record<string, unknown>)[field];
      if (typeof text === "string" && text) clean[field] = text;
    }
    if (Object.keys(clean).length > 0) texts[locale] = clean;
  }
  return texts;
}

/** The text of one field for a reader of `locale`: theirs when translated, else the original's, with the language it is in. */
export function textFor(texts: MediaTexts, field: MediaTextField, locale: string, textLocale: string): { text: string; lang: string } | null {
  const own = texts[locale]?.[field];
  if (own) return { text: own, lang: locale };
  const original = texts[textLocale]?.[field];
  return original ? { text: original, lang: textLocale } : null;
}

/** `texts` with `locale`'s set replaced by `set` (fields left empty are removed); the same object when nothing changes. */
export function withLocaleTexts(texts: MediaTexts, locale: string, set: MediaTextSet, fields: readonly MediaTextField[]): MediaTexts {
  const before = texts[locale] ?? {};
  const after: MediaTextSet = { ...before };
  for (const field of fields) {
    const text = set[field];
    if (text === undefined) continue;
    if (text) after[field] = text;
    else delete after[field];
  }
  if (JSON.stringify(before) === JSON.stringify(after)) return texts;
  const next = { ...texts };
  if (Object.keys(after).length === 0) delete next[locale];
  else next[locale] = after;
  return next;
}
