import type { ComponentProps, ReactNode } from "react";
import { cx } from "./class-names";

/** A data table with a caption (visible, or for screen readers only). */
export function Table({ caption, captionHidden, children, className }: { caption: ReactNode; captionHidden?: boolean; children: ReactNode; className?: string }) {
  return (
    <div className="overflow-x-auto">
      <table className={cx("w-full border-collapse text-left text-sm", className)}>
        <caption className={cx("mb-2 text-left font-semibold text-ink", captionHidden && "sr-only")}>{caption}</caption>
        {children}
      </table>
    </div>
  );
}

export function Th({ className, scope = "col", ...props }: ComponentProps<"th">) {
  return <th scope={scope} className={cx("border-b-2 border-ink/70 px-3 py-2 font-semibold whitespace-nowrap", className)} {...props} />;
}

export function Td({ className, ...props }: ComponentProps<"td">) {
  return <td className={cx("border-b border-rule px-3 py-2 align-top", className)} {...props} />;
}
