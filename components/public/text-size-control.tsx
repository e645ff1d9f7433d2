"use client";
// The only client code on the reading site: remembers the reader's text size between pages. The control itself
// works without JavaScript (radio buttons read by CSS :has(), see app/(public)/public.css).
import { useEffect, useRef } from "react";

export type TextSize = "standard" | "large" | "larger";

const STORAGE_KEY = "chancery:text-size";
const SIZES: { value: TextSize; mark: string; markClass: string }[] = [
  { value: "standard", mark: "A", markClass: "text-[0.8125rem]" },
  { value: "large", mark: "A", markClass: "text-[0.9375rem]" },
  { value: "larger", mark: "A", markClass: "text-[1.0625rem]" },
];

export interface TextSizeLabels {
  label: string;
  standard: string;
  large: string;
  larger: string;
}

export function TextSizeControl({ labels }: { labels: TextSizeLabels }) {
  const fieldset = useRef<HTMLFieldSetElement>(null);

  useEffect(() => {
    let saved: string | null = null;
    try {
      saved = window.localStorage.getItem(STORAGE_KEY);
    } catch {
      // Storage can be blocked (private windows, strict settings); the control still works for this page.
    }
    const input = saved ? fieldset.current?.querySelector<HTMLInputElement>(`input[value="${CSS.escape(saved)}"]`) : null;
    if (input) input.checked = true;
  }, []);

  return (
    <fieldset
      ref={fieldset}
      className="flex items-center gap-1"
      onChange={(event) => {
        const target = event.target;
        if (!(target instanceof HTMLInputElement)) return;
        try {
          window.localStorage.setItem(STORAGE_KEY, target.value);
        } catch {
          // See above.
        }
      }}
    >
      <legend className="sr-only">{labels.label}</legend>
      <span aria-hidden="true" className="mr-1 hidden text-xs text-white/85 sm:inline">
        {labels.label}
      </span>
      {SIZES.map((size) => (
        <label key={size.value} className="cursor-pointer">
          <input type="radio" name="text-size" value={size.value} defaultChecked={size.value === "standard"} className="peer sr-only" />
          <span
            aria-hidden="true"
            className={`flex h-7 w-7 items-center justify-center rounded-sm border border-white/40 font-semibold leading-none text-white peer-checked:border-white peer-checked:bg-white peer-checked:text-brand-dark peer-focus-visible:outline-3 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-[#f2a900] ${size.markClass}`}
          >
            {size.mark}
          </span>
          <span className="sr-only">{labels[size.value]}</span>
        </label>
      ))}
    </fieldset>
  );
}
