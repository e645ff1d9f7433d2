import type { LibraryChoice } from "@/lib/media/media-view";

/** The photo shown with the document on lists, at the top of the article and in link previews. */
export function LeadImageField({ choices, initial, error, onChange }: { choices: readonly LibraryChoice[]; initial: string; error?: string; onChange: () => void }) {
  return (
    <div className={error ? "mb-4 border-l-4 border-accent pl-3" : "mb-4"}>
      <label htmlFor="lead-image" className="block font-semibold text-ink">
        Lead image <span className="font-normal text-muted">(optional)</span>
      </label>
      <p id="lead-image-hint" className="text-sm text-muted">
        Shown on lists, above the text and in link previews. Upload photos in Media.
      </p>
      {error ? <p className="text-sm font-semibold text-accent">{error}</p> : null}
      <select
        id="lead-image"
        name="leadImageId"
        defaultValue={initial}
        aria-describedby="lead-image-hint"
        onChange={onChange}
        className="mt-1 h-9 max-w-full rounded-sm border border-ink/50 bg-white px-2 text-sm text-ink"
      >
        <option value="">No lead image</option>
        {choices.map((choice) => (
          <option key={choice.id} value={choice.id}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  );
}
