import type { ReactNode } from "react";

/** Label / value pairs ("Role: Editor"). */
export function DescriptionList({ items }: { items: ReadonlyArray<{ term: ReactNode; detail: ReactNode }> }) {
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
      {items.map((item, index) => (
        <div key={index} className="contents">
          <dt className="font-semibold text-ink">{item.term}</dt>
          <dd className="text-ink">{item.detail}</dd>
        </div>
      ))}
    </dl>
  );
}
