"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { TextInput } from "@/components/ui/inputs";
import type { ActionResult } from "@/lib/actions/define-action";

export type PreviewLinkRow = {
  id: string;
  /** The full address while the link opens. */
  url: string | null;
  created: string;
  expires: string;
  createdBy: string | null;
  status: "open" | "expired" | "revoked" | "published" | "withdrawn";
};

type Action = (formData: FormData) => Promise<ActionResult<unknown>>;

const STATUS = {
  open: { label: "Opens", tone: "success" },
  expired: { label: "Expired", tone: "neutral" },
  revoked: { label: "Revoked", tone: "neutral" },
  published: { label: "Closed: published", tone: "neutral" },
  withdrawn: { label: "Closed: submission withdrawn", tone: "neutral" },
} as const;

/** Preview links of this edition: make one to share, see who made which, revoke one. */
export function PreviewLinksPanel({
  editionId,
  links,
  canShare,
  canRevoke,
  create,
  revoke,
}: {
  editionId: string;
  links: readonly PreviewLinkRow[];
  canShare: boolean;
  canRevoke: boolean;
  create: Action;
  revoke: Action;
}) {
  const router = useRouter();
  const [problem, setProblem] = useState<{ message: string; days?: readonly string[] } | null>(null);
  const [pending, startTransition] = useTransition();

  const run = (action: Action, data: FormData) =>
    startTransition(async () => {
      const result = await action(data);
      if (!result.ok) {
        setProblem({ message: result.error, days: result.fieldErrors.days });
        return;
      }
      setProblem(null);
      router.refresh();
    });

  const onCreate = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    data.set("editionId", editionId);
    run(create, data);
  };

  return (
    <div className="space-y-3" data-preview-links="">
      <p className="text-sm text-muted">
        Anyone with the link can read this edition as it will appear on the site, marked “Preview — not published”, until it expires, is revoked
        or the edition is published.
      </p>
      {problem ? <Alert tone="error">{problem.message}</Alert> : null}
      {canShare ? (
        <form onSubmit={onCreate} className="flex flex-wrap items-end gap-3" noValidate>
          <Field id="preview-days" label="Works for (days)" error={problem?.days}>
            {(control) => <TextInput {...control} name="days" type="number" min={1} max={30} defaultValue={7} className="w-24" />}
          </Field>
          <Button type="submit" variant="secondary" disabled={pending}>
            {pending ? "Making…" : "Make a preview link"}
          </Button>
        </form>
      ) : null}
      {links.length > 0 ? (
        <ul className="divide-y divide-rule border-y border-rule text-sm">
          {links.map((link) => (
            <li key={link.id} className="space-y-1 py-2" data-preview-link={link.status}>
              <p className="flex flex-wrap items-center gap-2">
                <Badge tone={STATUS[link.status].tone}>{STATUS[link.status].label}</Badge>
                <span className="text-muted">
                  made {link.created}
                  {link.createdBy ? ` by ${link.createdBy}` : ""} · until {link.expires}
                </span>
              </p>
              {link.url ? (
                <p className="flex flex-wrap items-center gap-2">
                  <input
                    readOnly
                    value={link.url}
                    aria-label="Preview link"
                    onFocus={(event) => event.currentTarget.select()}
                    className="min-w-0 flex-1 rounded-sm border border-rule bg-white px-2 py-1 font-mono text-xs"
                  />
                  {canRevoke ? (
                    <Button
                      size="sm"
                      variant="quiet"
                      disabled={pending}
                      onClick={() => {
                        const data = new FormData();
                        data.set("linkId", link.id);
                        run(revoke, data);
                      }}
                    >
                      Revoke
                    </Button>
                  ) : null}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
