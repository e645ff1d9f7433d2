import type { ReactNode } from "react";
import { cx } from "./class-names";

export type BadgeTone = "neutral" | "info" | "success" | "warning" | "danger";

const TONES: Record<BadgeTone, string> = {
  neutral: "border-rule bg-wash text-ink",
  info: "border-brand/40 bg-brand/10 text-brand-dark",
  success: "border-green-700/40 bg-green-50 text-green-900",
  warning: "border-amber-600/50 bg-amber-50 text-amber-900",
  danger: "border-accent/40 bg-red-50 text-accent",
};

export function Badge({ tone = "neutral", children, className }: { tone?: BadgeTone; children: ReactNode; className?: string }) {
  return <span className={cx("inline-block rounded-sm border px-2 py-0.5 text-xs font-semibold tracking-wide uppercase", TONES[tone], className)}>{children}</span>;
}
