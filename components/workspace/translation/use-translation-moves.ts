"use client";

import { useRouter } from "next/navigation";
import { useState, type RefObject } from "react";
import type { ActionInput } from "@/lib/actions/form-input";
import type { WorkspaceTransition } from "@/lib/translation/workspace";
import type { TranslationActions, TranslationState } from "./types";

export type MoveOutcome = { ok: boolean; text: string };

/**
 * The translation's workflow moves (submit, publish, send back with a comment): what is unsaved is saved first, and a
 * move is refused while a conflict is open; each is based on the version saved last.
 */
export function useTranslationMoves({
  localizationId,
  actions,
  readOnly,
  flush,
  versionRef,
  conflictRef,
  restart,
  showStateAfter,
}: {
  localizationId: string;
  actions: TranslationActions;
  readOnly: boolean;
  flush: () => Promise<void>;
  versionRef: RefObject<number>;
  conflictRef: RefObject<boolean>;
  restart: (lockVersion: number) => void;
  showStateAfter: (state: TranslationState) => void;
}) {
  const router = useRouter();
  const [moving, setMoving] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<MoveOutcome | null>(null);
  const [rejecting, setRejecting] = useState(false);
  const [comment, setComment] = useState("");
  const move = async (transition: WorkspaceTransition) => {
    setOutcome(null);
    if (transition.needsReason && !comment.trim()) {
      setOutcome({ ok: false, text: "Write a comment for the translator first: say what to change." });
      return;
    }
    setMoving(transition.name);
    try {
      if (!readOnly) await flush();
      if (conflictRef.current) {
        setOutcome({ ok: false, text: "Resolve the conflict first: your changes are not saved." });
        return;
      }
      const input: ActionInput = { localizationId, lockVersion: versionRef.current };
      if (transition.needsReason) input.comment = comment;
      const result = await actions[transition.name](input);
      if (!result.ok) {
        setOutcome({ ok: false, text: result.error });
        return;
      }
      restart(result.data.lockVersion);
      showStateAfter(result.data.state);
      setRejecting(false);
      setComment("");
      setOutcome({ ok: true, text: result.message ?? "Done." });
      router.refresh();
    } finally {
      setMoving(null);
    }
  };
  return { move, moving, outcome, rejecting, toggleRejecting: () => setRejecting((open) => !open), comment, setComment };
}
