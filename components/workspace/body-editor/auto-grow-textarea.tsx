import { useLayoutEffect, useRef, type ComponentProps } from "react";

// Browsers with `field-sizing: content` size the box from CSS; the others are measured after each change.
const sizesItself = () => typeof CSS !== "undefined" && CSS.supports("field-sizing", "content");

/** A textarea that grows with its text, so a long paragraph is read whole, without an inner scrollbar. */
export function AutoGrowTextarea({ className, value, ...props }: Omit<ComponentProps<"textarea">, "ref"> & { value: string }) {
  const ref = useRef<HTMLTextAreaElement>(null);
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box || sizesItself()) return;
    box.style.height = "auto";
    const borders = box.offsetHeight - box.clientHeight;
    box.style.height = `${box.scrollHeight + borders}px`;
  }, [value]);
  return <textarea ref={ref} rows={1} value={value} className={`resize-none overflow-hidden [field-sizing:content] ${className ?? ""}`} {...props} />;
}
