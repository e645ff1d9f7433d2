// Whether a translation can go to review or to readers. Pure: the policy says who may submit or publish and from
// which state; this says whether the text is finished.
import type { Check } from "@/lib/workflow/workflow";
import type { TranslationStatus } from "./alignment";

function blocks(count: number): string {
  return count === 1 ? "1 block" : `${count} blocks`;
}

/**
 * A translation goes out whole and current: every block of the original translated from its present text, the title
 * (and a summary, where the original has one) too, and marked official or unofficial.
 */
export function checkTranslationReady(status: TranslationStatus, translationKind: "OFFICIAL" | "UNOFFICIAL" | null): Check {
  const { progress } = status;
  if (status.title === "untranslated") return { ok: false, reason: "Translate the title first." };
  if (progress.untranslated > 0) {
    return {
      ok: false,
      reason: `${blocks(progress.untranslated)} of the original ${progress.untranslated === 1 ? "is" : "are"} not translated yet (${progress.translated} of ${progress.total} translated).`,
    };
  }
  if (status.summary === "untranslated") return { ok: false, reason: "Translate the summary first." };
  if (progress.stale > 0) {
    return {
      ok: false,
      reason: `${blocks(progress.stale)} ${progress.stale === 1 ? "needs" : "need"} updating: the original changed after ${progress.stale === 1 ? "it was" : "they were"} translated. Update ${progress.stale === 1 ? "it" : "them"}, or mark ${progress.stale === 1 ? "it" : "them"} as still correct.`,
    };
  }
  if (status.title === "stale") return { ok: false, reason: "The original's title changed: update the translated title, or mark it as still correct." };
  if (status.summary === "stale") {
    return { ok: false, reason: "The original's summary changed: update the translated summary, or mark it as still correct." };
  }
  if (translationKind === null) return { ok: false, reason: "Mark the translation official or unofficial." };
  return { ok: true };
}
