import type { ActionResult, ActionState } from "@/lib/actions/define-action";

/** A server action as a form calls it through useActionState. */
export type FormAction<T> = (state: ActionState<T>, formData: FormData) => Promise<ActionResult<T>>;

/** The submitted value to put back in a field after a failed save. */
export function submitted(state: ActionState<unknown>, name: string): string | undefined {
  if (!state || state.ok) return undefined;
  const value = state.values[name];
  return typeof value === "string" ? value : undefined;
}

/** The submitted list (checkboxes) after a failed save. */
export function submittedList(state: ActionState<unknown>, name: string): string[] | undefined {
  if (!state || state.ok) return undefined;
  const value = state.values[name];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

export function fieldError(state: ActionState<unknown>, name: string): readonly string[] | undefined {
  return state && !state.ok ? state.fieldErrors[name] : undefined;
}
