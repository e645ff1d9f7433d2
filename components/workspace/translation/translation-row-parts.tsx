import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { cx } from "@/components/ui/class-names";
import type { RowStatus } from "@/lib/translation/alignment";
import type { StaleSince } from "@/lib/translation/workspace";
import { WordDiffSide } from "./word-diff";

// The pieces a block's row and the title's or summary's row share.

export const STATUS_LABELS: Record<RowStatus, string> = {
  untranslated: "Not translated",
  current: "Translated",
  stale: "Needs update",
};

const STATUS_TONES = { untranslated: "neutral", current: "success", stale: "warning" } as const;

export function StatusBadge({ status }: { status: RowStatus }) {
  return <Badge tone={STATUS_TONES[status]}>{STATUS_LABELS[status]}</Badge>;
}

/** The element id of a row's main text box, for moving between rows. */
export function textBoxId(rowId: string): string {
  return `translation-${rowId.replace(/[^A-Za-z0-9_-]/g, "")}`;
}

export const TEXT_BOX =
  "block w-full rounded-sm border border-ink/50 bg-white px-3 py-2 text-base leading-relaxed text-ink read-only:border-rule read-only:bg-wash aria-[invalid=true]:border-2 aria-[invalid=true]:border-accent";

/** The row: the original on the left, the translation on the right; a stale one stands out. */
export function RowFrame({ id, status, onFocusRow, children }: { id: string; status: RowStatus; onFocusRow: (id: string) => void; children: ReactNode }) {
  return (
    <div
      data-row={id}
      data-status={status}
      onFocus={() => onFocusRow(id)}
      className={cx("grid gap-x-6 gap-y-3 border-t border-rule py-4 lg:grid-cols-2", status === "stale" && "bg-amber-50/60 lg:-mx-4 lg:px-4")}
    >
      {children}
    </div>
  );
}

/** Beside the row's name when the original changed since it was translated. */
export function StaleLabel({ status, lead = "" }: { status: RowStatus; lead?: string }) {
  return (
    <span className={status === "stale" ? "text-amber-900" : "text-green-900"}>
      {lead}· changed in the original{status === "stale" ? "" : " — translation updated"}
    </span>
  );
}

/** A row's status, and for a stale row the button that says its translation still holds. */
export function RowStatusBar({
  id,
  name,
  status,
  statusId,
  readOnly,
  onMarkUpToDate,
}: {
  id: string;
  name: string;
  status: RowStatus;
  statusId: string;
  readOnly: boolean;
  onMarkUpToDate: (id: string) => void;
}) {
  return (
    <div className="mb-1 flex flex-wrap items-center justify-between gap-2">
      <span id={statusId}>
        <span className="sr-only">{name}: </span>
        <StatusBadge status={status} />
      </span>
      {status === "stale" && !readOnly ? (
        <Button size="sm" variant="secondary" onClick={() => onMarkUpToDate(id)} aria-describedby={statusId}>
          Mark up to date
        </Button>
      ) : null}
    </div>
  );
}

/**
 * A stale row's original: the text now and the text it was translated from, word by word when the history still has
 * both (`nowWithoutDiff` stands for the text now when it does not).
 */
export function StaleSource({ staleSince, lang, className, nowWithoutDiff }: { staleSince: StaleSince; lang: string; className: string; nowWithoutDiff: ReactNode }) {
  return (
    <div className={className}>
      <div>
        <p className="text-xs font-semibold text-muted">The original now</p>
        {staleSince.diff ? <WordDiffSide diff={staleSince.diff} side="after" lang={lang} /> : nowWithoutDiff}
      </div>
      <div className="border-l-2 border-rule pl-2 text-sm text-muted">
        <p className="text-xs font-semibold">When it was translated</p>
        {staleSince.diff ? (
          <WordDiffSide diff={staleSince.diff} side="before" lang={lang} />
        ) : (
          <p>The text it was translated from is no longer in the history; compare with the translation.</p>
        )}
      </div>
    </div>
  );
}

/** The other person's text after a conflict, under this person's. */
export function TheirVersion({ lang, text, className, children }: { lang: string; text: string; className?: string; children?: ReactNode }) {
  return (
    <div className={cx(className, "rounded-sm border border-amber-600/50 bg-amber-50 px-3 py-2 text-sm")} data-their-version="">
      <p className="font-semibold text-amber-900">Their version</p>
      <p lang={lang}>{text || <em>(empty)</em>}</p>
      {children}
    </div>
  );
}
