import { BLOCK_KIND_NAMES } from "@/lib/body/block-names";
import type { ReactNode } from "react";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { BlockChange, RevisionDiff, TextDiff } from "@/lib/editions/revision-diff";

/*
 * What changed between two versions of a text: title, summary, then the body block by block, the changed words
 * marked (<del>: only in the older, <ins>: only in the newer). Runs of unchanged blocks fold into one line.
 * No hooks: the history page renders it on the server, the conflict view in the browser.
 */

/** "Numbered paragraph", "Photo": the desk's one list of block kind names, as a heading. */
const blockName = (kind: BlockChange["kind"]) => BLOCK_KIND_NAMES[kind].charAt(0).toUpperCase() + BLOCK_KIND_NAMES[kind].slice(1);

const CHANGE_BADGES: Record<Exclude<BlockChange["change"], "unchanged">, { label: string; tone: BadgeTone }> = {
  added: { label: "Added", tone: "success" },
  removed: { label: "Removed", tone: "danger" },
  changed: { label: "Changed", tone: "info" },
  moved: { label: "Moved", tone: "warning" },
};

export function DiffWords({ diff }: { diff: TextDiff }) {
  return (
    <>
      {diff.parts.map((part, index) =>
        part.op === "equal" ? (
          <span key={index}>{part.text}</span>
        ) : part.op === "insert" ? (
          <ins key={index} className="bg-green-100 text-green-950 decoration-green-700 decoration-2">
            {part.text}
          </ins>
        ) : (
          <del key={index} className="bg-red-100 text-red-950 decoration-red-700">
            {part.text}
          </del>
        ),
      )}
    </>
  );
}

function Row({ label, badge, children }: { label: ReactNode; badge?: ReactNode; children: ReactNode }) {
  return (
    <li className="grid gap-1 py-3 sm:grid-cols-[11rem_1fr] sm:gap-4">
      <div className="flex flex-wrap items-start gap-1.5 text-sm text-muted">
        {badge}
        <span>{label}</span>
      </div>
      <div className="leading-relaxed break-words whitespace-pre-wrap text-ink">{children}</div>
    </li>
  );
}

function position(change: BlockChange): string {
  if (change.change === "removed") return `was block ${change.fromIndex + 1}`;
  if (change.change === "added") return `block ${change.toIndex + 1}`;
  if (change.change === "moved" || (change.change === "changed" && change.moved)) return `block ${change.fromIndex + 1} → ${change.toIndex + 1}`;
  return `block ${change.toIndex + 1}`;
}

function statsLine(diff: RevisionDiff): string {
  const { added, removed, changed, moved } = diff.stats;
  const parts = [
    changed ? `${changed} ${changed === 1 ? "block" : "blocks"} changed` : null,
    added ? `${added} added` : null,
    removed ? `${removed} removed` : null,
    moved ? `${moved} moved` : null,
  ].filter(Boolean);
  const texts = [diff.title.changed ? "title" : null, diff.summary.changed ? "summary" : null].filter(Boolean);
  return [...(texts.length ? [`${texts.join(" and ")} changed`] : []), ...parts].join(", ") || "no changes";
}

export function RevisionDiffView({ diff, before, after }: { diff: RevisionDiff; before: string; after: string }) {
  if (diff.identical) return <p className="text-muted">The two versions are the same.</p>;

  const rows: ReactNode[] = [];
  if (diff.title.changed) {
    rows.push(
      <Row key="title" label="Title" badge={<Badge tone="info">Changed</Badge>}>
        <DiffWords diff={diff.title} />
      </Row>,
    );
  }
  if (diff.summary.changed) {
    rows.push(
      <Row key="summary" label="Summary" badge={<Badge tone="info">Changed</Badge>}>
        <DiffWords diff={diff.summary} />
      </Row>,
    );
  }
  let unchanged = 0;
  const flush = (key: string) => {
    if (unchanged === 0) return;
    rows.push(
      <li key={`same-${key}`} className="py-2 text-sm text-muted italic">
        {unchanged} unchanged {unchanged === 1 ? "block" : "blocks"}
      </li>,
    );
    unchanged = 0;
  };
  for (const change of diff.blocks) {
    if (change.change === "unchanged") {
      unchanged++;
      continue;
    }
    flush(change.id);
    const badge = CHANGE_BADGES[change.change];
    const label = `${blockName(change.kind)}, ${position(change)}`;
    rows.push(
      <Row key={`${change.change}-${change.id}`} label={label} badge={<Badge tone={badge.tone}>{badge.label}</Badge>}>
        {change.change === "changed" ? (
          <>
            <DiffWords diff={change.text} />
            {change.details.length > 0 ? <span className="mt-1 block text-sm text-muted">{change.details.join("; ")}</span> : null}
          </>
        ) : change.change === "added" ? (
          <ins className="bg-green-100 text-green-950 decoration-green-700 decoration-2">{change.text}</ins>
        ) : change.change === "removed" ? (
          <del className="bg-red-100 text-red-950 decoration-red-700">{change.text}</del>
        ) : (
          change.text
        )}
      </Row>,
    );
  }
  flush("end");

  return (
    <div data-revision-diff="">
      <p className="text-sm text-ink">
        <span className="font-semibold">{statsLine(diff)}.</span>{" "}
        <span className="text-muted">
          <del className="bg-red-100 text-red-950">Struck through</del>: only in {before}. <ins className="bg-green-100 text-green-950">Underlined</ins>: only in{" "}
          {after}.
        </span>
      </p>
      <ol className="mt-2 divide-y divide-rule border-y border-rule">{rows}</ol>
    </div>
  );
}
