"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ActionInput } from "@/lib/actions/form-input";
import type { ActionResult } from "@/lib/actions/define-action";
import type { StartTranslationResult } from "@/lib/translation/start-translation";

/** "Start translation": creates the empty translation, then the page opens it. */
export function StartTranslation({
  editionId,
  locale,
  localeLabel,
  start,
}: {
  editionId: string;
  locale: string;
  localeLabel: string;
  start: (input: ActionInput) => Promise<ActionResult<StartTranslationResult>>;
}) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const onStart = async () => {
    setBusy(true);
    setError(null);
    try {
      const result = await start({ editionId, locale });
      if (!result.ok) setError(result.error);
      else router.refresh();
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="space-y-3">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Button onClick={() => void onStart()} disabled={busy}>
        {busy ? "Starting…" : `Start translation into ${localeLabel}`}
      </Button>
    </div>
  );
}
