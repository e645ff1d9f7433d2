import Link from "next/link";
import type { ReactNode } from "react";

/** A workspace page that could not be shown (403, 404): what happened, and the way back to the dashboard. */
const CODE_TONES = { accent: "text-accent", muted: "text-muted" } as const;

export function WorkspaceError({ code, tone, title, children }: { code: number; tone: keyof typeof CODE_TONES; title: string; children: ReactNode }) {
  return (
    <div className="max-w-2xl space-y-4">
      <p className={`text-sm font-semibold tracking-wide ${CODE_TONES[tone]} uppercase`}>Error {code}</p>
      <h1 className="text-3xl font-semibold">{title}</h1>
      <p>{children}</p>
      <p>
        <Link href="/workspace" className="text-brand underline underline-offset-2">
          Go to your dashboard
        </Link>
      </p>
    </div>
  );
}
