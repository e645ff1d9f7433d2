"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent, type ReactNode } from "react";
import { Button, type ButtonVariant } from "@/components/ui/button";
import { cx } from "@/components/ui/class-names";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Field } from "@/components/ui/field";
import type { ActionResult } from "@/lib/actions/define-action";
import { useEditionPage } from "./edition-page-bridge";

// One workflow move as a small form: what it needs typed (a comment, a reason, a time), the question it asks first,
// and the refusal it may get back.

export type MoveAction = (formData: FormData) => Promise<ActionResult<unknown>>;

export type Errors = Record<string, readonly string[] | undefined>;

/** What a move asks before it is made, from what the form holds. */
export type Confirmation = { title: string; body: ReactNode; confirmLabel: string };

export type FormProblem = { message: string; errors: Errors } | null;

/** A refusal that names no field, said above the button (a field's own message stands by its field). */
export function ProblemMessage({ problem, className }: { problem: FormProblem; className?: string }) {
  if (!problem || Object.keys(problem.errors).length > 0) return null;
  return (
    <p role="alert" className={cx(className, "border-l-4 border-accent pl-3 text-sm font-semibold text-accent")}>
      {problem.message}
    </p>
  );
}

export function MoveForm({
  action,
  editionId,
  lockVersion,
  label,
  pendingLabel,
  variant = "primary",
  children,
  className,
  confirm,
}: {
  action: MoveAction;
  editionId: string;
  lockVersion: number;
  label: string;
  pendingLabel: string;
  variant?: ButtonVariant;
  children?: (errors: Errors) => ReactNode;
  className?: string;
  /** Asked once before the move is sent. */
  confirm?: (data: FormData) => Confirmation;
}) {
  const editionPage = useEditionPage();
  const router = useRouter();
  const [problem, setProblem] = useState<FormProblem>(null);
  const [pending, startTransition] = useTransition();
  const [asking, setAsking] = useState<{ data: FormData; question: Confirmation } | null>(null);
  // The dialog stays mounted, so closing it hands focus back to the button that opened it.
  const [question, setQuestion] = useState<Confirmation | null>(null);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    if (confirm) {
      const asked = confirm(data);
      setQuestion(asked);
      setAsking({ data, question: asked });
    } else send(data);
  };

  const send = (data: FormData) => {
    startTransition(async () => {
      // A move applies to the version on screen: what the editor has not saved yet is saved first.
      const waiting = (await editionPage.editor.current?.settle()) ?? null;
      if (waiting) {
        setProblem({ message: waiting, errors: {} });
        return;
      }
      data.set("editionId", editionId);
      data.set("lockVersion", String(editionPage.editor.current?.lockVersion() ?? lockVersion));
      const result = await action(data);
      if (!result) return; // Redirected (a deleted draft).
      if (result.ok) {
        setProblem(null);
        editionPage.announce("success", result.message ?? "Done.");
      } else {
        setProblem({ message: result.error, errors: result.fieldErrors });
        // Refused because the edition changed meanwhile: show what is there now.
        if (result.code === "rejected") router.refresh();
      }
    });
  };

  return (
    <form onSubmit={onSubmit} noValidate className={className}>
      {children ? <div className="mb-3 space-y-3">{children(problem?.errors ?? {})}</div> : null}
      <ProblemMessage problem={problem} className="mb-2" />
      <Button type="submit" variant={variant} disabled={pending} aria-disabled={pending}>
        {pending ? pendingLabel : label}
      </Button>
      {question ? (
        <ConfirmDialog
          open={asking !== null}
          title={question.title}
          confirmLabel={question.confirmLabel}
          variant={variant === "danger" ? "danger" : "primary"}
          onCancel={() => setAsking(null)}
          onConfirm={() => {
            const data = asking?.data;
            setAsking(null);
            if (data) send(data);
          }}
        >
          {question.body}
        </ConfirmDialog>
      ) : null}
    </form>
  );
}

export function Reason({ id, name, label, hint, errors }: { id: string; name: string; label: string; hint: string; errors: Errors }) {
  return (
    <Field id={id} label={label} hint={hint} error={errors[name]}>
      {(control) => (
        <textarea
          {...control}
          name={name}
          rows={3}
          required
          className="block w-full rounded-sm border border-ink/60 bg-white px-3 py-2 text-base text-ink aria-[invalid=true]:border-2 aria-[invalid=true]:border-accent"
        />
      )}
    </Field>
  );
}

export function Disclosure({ summary, tone = "neutral", children }: { summary: string; tone?: "neutral" | "danger"; children: ReactNode }) {
  return (
    <details className="group border border-rule bg-white">
      <summary
        className={`cursor-pointer list-none px-3 py-2 font-medium select-none hover:bg-wash ${tone === "danger" ? "text-accent" : "text-ink"} [&::-webkit-details-marker]:hidden`}
      >
        <span aria-hidden="true" className="mr-2 inline-block transition-transform group-open:rotate-90">
          ›
        </span>
        {summary}
      </summary>
      <div className="border-t border-rule px-3 py-3">{children}</div>
    </details>
  );
}
