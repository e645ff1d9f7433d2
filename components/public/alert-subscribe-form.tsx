"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { TextInput } from "@/components/ui/inputs";
import { alertWords } from "@/lib/alerts/alert-words";

/*
 * Posts to the subscribe endpoint: with JavaScript as JSON, so a refusal comes back field by field and nothing typed
 * is lost; without it as a plain form, which the endpoint answers with a redirect.
 */

export interface SubscribeOptions {
  kinds: { value: string; label: string }[];
  topics: { value: string; label: string }[];
  countries: { value: string; label: string }[];
  languages: { value: string; label: string }[];
}

type Errors = Record<string, string[] | undefined>;

function Choices({ name, legend, options, chosen, error }: { name: string; legend: string; options: { value: string; label: string }[]; chosen: string[]; error?: string[] }) {
  if (options.length === 0) return null;
  return (
    <fieldset className="min-w-0" aria-invalid={error ? true : undefined}>
      <legend className="mb-2 font-semibold text-ink">{legend}</legend>
      {error ? <p className="mb-2 text-sm font-semibold text-accent">{error[0]}</p> : null}
      <div className="grid gap-x-6 gap-y-2 sm:grid-cols-2">
        {options.map((option) => (
          <div key={option.value} className="flex items-center gap-2">
            <input
              id={`${name}-${option.value}`}
              type="checkbox"
              name={name}
              value={option.value}
              defaultChecked={chosen.includes(option.value)}
              className="h-5 w-5 accent-brand"
            />
            <label htmlFor={`${name}-${option.value}`}>{option.label}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

export function AlertSubscribeForm({
  endpoint,
  locale,
  options,
  chosen,
  digestTime,
  failedWithoutScript,
}: {
  endpoint: string;
  locale: string;
  options: SubscribeOptions;
  /** Ticked to start with (the list the reader came from). */
  chosen: { kinds: string[]; topics: string[]; countries: string[] };
  digestTime: string;
  /** The endpoint sent a form without JavaScript back: say so. */
  failedWithoutScript: boolean;
}) {
  // Looked up here, not passed in: the words include functions, which cannot cross from the server.
  const words = alertWords(locale);
  const router = useRouter();
  const [errors, setErrors] = useState<Errors>({});
  const [problem, setProblem] = useState<string | null>(failedWithoutScript ? words.invalid : null);
  const [pending, startTransition] = useTransition();

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const body: Record<string, string | string[]> = {};
    for (const [name, value] of data.entries()) {
      if (typeof value !== "string") continue;
      body[name] = name === "email" || name === "locale" || name === "frequency" ? value : [...((body[name] as string[] | undefined) ?? []), value];
    }
    startTransition(async () => {
      try {
        const response = await fetch(endpoint, { method: "POST", headers: { "content-type": "application/json", accept: "application/json" }, body: JSON.stringify(body) });
        const result = (await response.json()) as { ok: boolean; next?: string; error?: string; fieldErrors?: Errors };
        if (result.ok && result.next) {
          router.push(result.next);
          return;
        }
        setErrors(result.fieldErrors ?? {});
        setProblem(result.error ?? words.failed);
      } catch {
        setProblem(words.failed);
      }
    });
  };

  const choiceError = errors.choices ?? errors.kinds ?? errors.topics ?? errors.countries ?? errors.languages;
  return (
    <form method="post" action={endpoint} onSubmit={onSubmit} noValidate className="space-y-8" data-alert-form="">
      <input type="hidden" name="locale" value={locale} />
      {problem ? (
        <p role="alert" className="border-l-4 border-accent bg-white py-2 pl-3 font-semibold text-accent">
          {problem}
        </p>
      ) : null}
      <Field id="email" label={words.email} hint={words.emailHint} error={errors.email}>
        {(control) => <TextInput {...control} name="email" type="email" autoComplete="email" required />}
      </Field>

      <fieldset className="space-y-5 rounded-sm border border-rule bg-wash p-4">
        <legend className="px-1 text-lg font-semibold text-ink">{words.what}</legend>
        <p className="text-sm text-muted">{words.whatHint}</p>
        {choiceError ? <p className="text-sm font-semibold text-accent">{choiceError[0]}</p> : null}
        <Choices name="kinds" legend={words.kinds} options={options.kinds} chosen={chosen.kinds} />
        <Choices name="topics" legend={words.topics} options={options.topics} chosen={chosen.topics} />
        <Choices name="countries" legend={words.countries} options={options.countries} chosen={chosen.countries} />
        <Choices name="languages" legend={words.languages} options={options.languages} chosen={[]} />
      </fieldset>

      <fieldset>
        <legend className="mb-2 font-semibold text-ink">{words.frequency}</legend>
        {errors.frequency ? <p className="mb-2 text-sm font-semibold text-accent">{errors.frequency[0]}</p> : null}
        <div className="space-y-3">
          {(
            [
              ["IMMEDIATE", words.immediate, words.immediateHint],
              ["DAILY", words.daily, words.dailyHint(digestTime)],
            ] as const
          ).map(([value, label, hint]) => (
            <div key={value} className="flex items-start gap-2">
              <input id={`frequency-${value}`} type="radio" name="frequency" value={value} defaultChecked={value === "IMMEDIATE"} className="mt-1 h-5 w-5 accent-brand" />
              <label htmlFor={`frequency-${value}`}>
                <span className="font-medium">{label}</span> <span className="block text-sm text-muted">{hint}</span>
              </label>
            </div>
          ))}
        </div>
      </fieldset>

      <div className="space-y-3">
        <Button type="submit" disabled={pending} aria-disabled={pending}>
          {pending ? words.sending : words.submit}
        </Button>
        <p className="text-sm text-muted">{words.privacy}</p>
      </div>
    </form>
  );
}
