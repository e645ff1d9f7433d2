import type { EditionSubject } from "@/lib/auth/policy";
import { Badge, type BadgeTone } from "@/components/ui/badge";

type EditionState = EditionSubject["state"];

/** How the desk names an edition's state, in a word. */
export const STATE_NAMES: Readonly<Record<EditionState, string>> = {
  DRAFT: "Draft",
  SUBMITTED: "Submitted",
  SCHEDULED: "Scheduled",
  PUBLISHED: "Published",
  SUPERSEDED: "Superseded",
  WITHDRAWN: "Withdrawn",
};

const TONES: Readonly<Record<EditionState, BadgeTone>> = {
  DRAFT: "neutral",
  SUBMITTED: "info",
  SCHEDULED: "warning",
  PUBLISHED: "success",
  SUPERSEDED: "neutral",
  WITHDRAWN: "danger",
};

export function StateBadge({ state, className }: { state: EditionState; className?: string }) {
  return (
    <Badge tone={TONES[state]} className={className}>
      {STATE_NAMES[state]}
    </Badge>
  );
}

export const KIND_NAMES = { PRESS_RELEASE: "Press release", INTERVIEW: "Interview" } as const;
