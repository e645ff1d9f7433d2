"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import type { ActionResult } from "@/lib/actions/define-action";

/** An editor other than the one who forced it approves a force-published edition, with an optional note. */
export function RetrospectiveReviewForm({ reviewId, action }: { reviewId: string; action: (formData: FormData) => Promise<ActionResult<unknown>> }) {
  const router = useRouter();
  const [problem, setProblem] = useState<{ message: string; note?: readonly string[] } | null>(null);
  const [pending, startTransition] = useTransition();
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    data.set("reviewId", reviewId);
    startTransition(async () => {
      const result = await action(data);
      if (!result.ok) {
        setProblem({ message: result.error, note: result.fieldErrors.note });
        return;
      }
      setProblem(null);
      router.refresh();
    });
  };
  return (
    <form onSubmit={onSubmit} className="mt-3 space-y-3" noValidate>
      {problem ? <Alert tone="error">{problem.message}</Alert> : null}
      <Field id="retrospective-note" label="Note for the record" optional hint="What you checked, or what should be corrected in a new edition." error={problem?.note}>
        {(control) => <textarea {...control} name="note" rows={2} className="block w-full rounded-sm border border-ink/60 px-3 py-2" />}
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? "Approving…" : "Approve after review"}
      </Button>
    </form>
  );
}
