"use client";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { TranslationProgress } from "@/lib/translation/alignment";
import type { WorkspaceTransition } from "@/lib/translation/workspace";
import type { TranslationState } from "./types";
import type { useTranslationMoves } from "./use-translation-moves";
import { describeProgress } from "./workspace-state";

type Moves = ReturnType<typeof useTranslationMoves>;

/** The bar that stays in reach: progress, saving, the next row to do, and the workflow. */
export function TranslationToolbar({
  progress,
  readOnly,
  saveStatus,
  saving,
  onSave,
  onNext,
  allDone,
  stateShown,
  transitions,
  notReady,
  moves,
}: {
  progress: TranslationProgress;
  readOnly: boolean;
  saveStatus: string | null;
  saving: boolean;
  onSave: () => void;
  onNext: () => void;
  allDone: boolean;
  stateShown: TranslationState;
  transitions: readonly WorkspaceTransition[];
  /** Why the translation cannot move on yet (submit, publish), or null when it is ready. */
  notReady: string | null;
  moves: Moves;
}) {
  const { move, moving, outcome, rejecting } = moves;
  const blockedBy = (transition: WorkspaceTransition) => (transition.name !== "reject" ? notReady : null);
  const rejections = transitions.filter((transition) => transition.name === "reject");
  return (
    <div className="z-10 -mx-4 mb-4 border-y border-rule bg-white/95 px-4 py-3 shadow-sm backdrop-blur sm:sticky sm:top-0">
      <div className="flex flex-wrap items-center gap-x-6 gap-y-2">
        <div className="min-w-48 flex-1">
          <p className="font-semibold text-ink" data-progress="">
            {describeProgress(progress)}
          </p>
          <progress
            className="mt-1 h-2 w-full max-w-xs overflow-hidden rounded-sm [&::-webkit-progress-bar]:bg-wash [&::-webkit-progress-value]:bg-green-700"
            max={Math.max(progress.total, 1)}
            value={progress.current}
            aria-label="Blocks translated and up to date"
          />
        </div>
        <p aria-live="polite" className="min-h-5 text-sm text-muted" data-save-status="">
          {readOnly ? "Read only" : (saveStatus ?? "All changes saved")}
        </p>
        <div className="flex flex-wrap items-center gap-2">
          <Button variant="secondary" size="sm" onClick={onNext} title="Alt+N" aria-keyshortcuts="Alt+N">
            Next to translate or update
          </Button>
          {!readOnly ? (
            <Button variant="secondary" size="sm" onClick={onSave} disabled={saving} aria-keyshortcuts="Control+S" title="Ctrl+S">
              {saving ? "Saving…" : "Save"}
            </Button>
          ) : null}
          {transitions
            .filter((transition) => transition.name !== "reject")
            .map((transition) => {
              const reason = blockedBy(transition);
              return (
                <Button
                  key={transition.name}
                  size="sm"
                  onClick={() => void move(transition)}
                  disabled={reason !== null || moving !== null}
                  aria-describedby={reason ? "workflow-blocked" : undefined}
                >
                  {moving === transition.name ? "Working…" : transition.label}
                </Button>
              );
            })}
          {rejections.length > 0 ? (
            <Button size="sm" variant="danger" onClick={moves.toggleRejecting} aria-expanded={rejecting} aria-controls="reject-form">
              Send back to translator
            </Button>
          ) : null}
        </div>
      </div>
      {allDone ? <p className="mt-2 text-sm text-green-900">Every block is translated and up to date.</p> : null}
      {stateShown === "PUBLISHED" && !readOnly ? (
        <p className="mt-2 text-sm text-muted" data-published-hint="">
          Readers see the published translation. A change starts a revision: they keep seeing the published text until the revision is submitted and
          published.
        </p>
      ) : null}
      {transitions.some((transition) => blockedBy(transition) !== null) ? (
        <p id="workflow-blocked" className="mt-2 text-sm text-muted">
          <span className="font-semibold text-ink">Not ready yet: </span>
          {notReady ?? ""}
        </p>
      ) : null}
      {rejecting ? (
        <div id="reject-form" className="mt-3 max-w-2xl space-y-2">
          <label htmlFor="reject-comment" className="block font-semibold text-ink">
            Comment for the translator
          </label>
          <textarea
            id="reject-comment"
            value={moves.comment}
            onChange={(event) => moves.setComment(event.target.value)}
            rows={3}
            className="block w-full rounded-sm border border-ink/60 px-3 py-2"
          />
          {rejections.map((transition) => (
            <Button key={transition.name} size="sm" variant="danger" onClick={() => void move(transition)} disabled={moving !== null}>
              {moving === transition.name ? "Sending back…" : "Send back with this comment"}
            </Button>
          ))}
        </div>
      ) : null}
      {outcome ? (
        <div className="mt-3">
          <Alert tone={outcome.ok ? "success" : "error"}>{outcome.text}</Alert>
        </div>
      ) : null}
    </div>
  );
}
