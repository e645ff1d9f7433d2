"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/** A freshly issued one-time password, shown once: it is not stored anywhere it could be shown again. */
export function OneTimePassword({ password, forName }: { password: string; forName: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <Alert tone="warning" title={`One-time password for ${forName}`}>
      <p>Give it to them in person or by phone. It is shown only now; they must choose their own password when they first sign in.</p>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <output aria-label="One-time password" data-testid="one-time-password" className="rounded-sm border border-ink/60 bg-white px-3 py-2 font-mono text-lg tracking-wider text-ink">
          {password}
        </output>
        <Button
          variant="secondary"
          size="sm"
          onClick={async () => {
            await navigator.clipboard?.writeText(password);
            setCopied(true);
          }}
        >
          {copied ? "Copied" : "Copy"}
        </Button>
      </div>
    </Alert>
  );
}
