import type { ReactNode } from "react";
import { cx } from "./class-names";

export type AlertTone = "info" | "success" | "warning" | "error";

const TONES: Record<AlertTone, string> = {
  info: "border-brand bg-brand/5",
  success: "border-green-700 bg-green-50",
  warning: "border-amber-600 bg-amber-50",
  error: "border-accent bg-red-50",
};

/** A message box. Errors and warnings are announced as they appear; others politely. */
export function Alert({ tone = "info", title, children, className }: { tone?: AlertTone; title?: ReactNode; children?: ReactNode; className?: string }) {
  return (
    <div role={tone === "error" || tone === "warning" ? "alert" : "status"} className={cx("border-l-4 px-4 py-3", TONES[tone], className)}>
      {title ? <p className="font-semibold text-ink">{title}</p> : null}
      {children ? <div className={cx("text-ink", title ? "mt-1" : undefined)}>{children}</div> : null}
    </div>
  );
}
