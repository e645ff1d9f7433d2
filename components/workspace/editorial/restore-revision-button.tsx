"use client";

import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/define-action";

/** Brings an old revision back as the newest one (nothing in the history is removed). */
export function RestoreRevisionButton({
  action,
  revisionId,
  editionId,
  lockVersion,
  label,
}: {
  action: (formData: FormData) => Promise<ActionResult<unknown>>;
  revisionId: string;
  editionId: string;
  lockVersion: number;
  /** "revision 3 of edition 2", for the confirmation. */
  label: string;
}) {
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const restore = () => {
    if (!window.confirm(`Make ${label} the current text? The text as it is now stays in the history.`)) return;
    const data = new FormData();
    data.set("revisionId", revisionId);
    data.set("editionId", editionId);
    data.set("lockVersion", String(lockVersion));
    startTransition(async () => {
      const result = await action(data);
      setOutcome(result.ok ? { ok: true, text: result.message ?? "Restored." } : { ok: false, text: result.error });
    });
  };
  return (
    <div className="space-y-1">
      <Button type="button" variant="secondary" size="sm" onClick={restore} disabled={pending}>
        {pending ? "Restoring…" : "Restore as new revision"}
      </Button>
      {outcome ? (
        <p role={outcome.ok ? "status" : "alert"} className={outcome.ok ? "text-sm text-green-900" : "text-sm font-semibold text-accent"}>
          {outcome.text}
        </p>
      ) : null}
    </div>
  );
}
