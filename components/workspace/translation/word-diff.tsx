import type { TextDiff } from "@/lib/editions/revision-diff";

/**
 * One side of a word diff: the text before the change with the removed words struck through, or the text after it
 * with the added words marked. Screen readers hear "removed"/"added" around each change.
 */
export function WordDiffSide({ diff, side, lang }: { diff: TextDiff; side: "before" | "after"; lang?: string }) {
  return (
    <p lang={lang} className="whitespace-pre-line">
      {diff.parts.map((part, index) => {
        if (part.op === "equal") return <span key={index}>{part.text}</span>;
        if (side === "before" && part.op === "delete") {
          return (
            <del key={index} className="bg-red-100 text-red-900 decoration-red-900/70">
              <span className="sr-only">[removed: </span>
              {part.text}
              <span className="sr-only">]</span>
            </del>
          );
        }
        if (side === "after" && part.op === "insert") {
          return (
            <ins key={index} className="bg-green-100 text-green-950 no-underline shadow-[inset_0_-2px_0_0_rgb(21_128_61)]">
              <span className="sr-only">[added: </span>
              {part.text}
              <span className="sr-only">]</span>
            </ins>
          );
        }
        return null;
      })}
    </p>
  );
}
