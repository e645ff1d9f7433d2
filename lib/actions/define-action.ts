import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import type { AuditActor } from "@/lib/audit/record-audit-event";
import type { CurrentUser } from "@/lib/auth/current-user";
import { explain, PermissionDeniedError, type Action, type Decision, type SubjectFor } from "@/lib/auth/policy";
import { isDatabaseUnreachable } from "@/lib/db/unreachable";
import { echoValues, fieldErrorsOf, toInput, type ActionInput, type SubmittedValues } from "./form-input";
import { readRequestContext } from "./request-context";
import { controlCharacterMessage, controlCharacterPaths } from "@/lib/validation/plain-text";
import { describeRefusal, type FieldErrors } from "@/lib/errors";

/*
 * The one wrapper for every mutation (DESIGN.md). A server action is a public endpoint, so each call goes:
 *
 *   session → may this person use the workspace at all → the action's permission (`can`, required) →
 *   zod validation → the service → after-commit effects of the workspace (its pages refreshed, a redirect)
 *
 * and answers `{ ok: true, data, message }` or `{ ok: false, code, error, fieldErrors, values }`, where `values`
 * echoes what was submitted (passwords excepted) so a refused save never loses the text.
 *
 *   export const publishAction = defineAction({
 *     name: "edition.publish",
 *     schema: editionMoveInputSchema,
 *     // A subject needed: loaded from the validated input, as it is now.
 *     permission: async (input) => ["edition.publish", await loadEditionSubject(input.editionId)],
 *     run: (input, ctx) => publish(ctx.user, input),
 *     after: revalidateWholeWorkspace,
 *   });
 *
 * (A verb on one edition is one line with `editionAction`, lib/actions/edition-action.ts.)
 *
 * The wrapper opens no transaction: the service owns it, so a script, a test and a form reach the same unit of work.
 * Inside it the service locks its rows, asks the policy again, writes the change and its audit event; after the
 * commit it refreshes the public pages (lib/changes/commit-change.ts). A permission without a subject is given as a
 * tuple (`permission: ["user.manage"]`) and is checked before the input is even validated. Services refuse by
 * throwing a DomainError (lib/errors.ts: the message is shown, with its field errors). Anything else thrown is logged
 * and reported as a failure that saved nothing. `redirect()` belongs in `after`, never in `run`.
 */

export type ActionFailureCode =
  /** No session, or it ended (signed out, deactivated, role changed). */
  | "unauthenticated"
  /** The policy said no. */
  | "forbidden"
  /** The input failed validation: see `fieldErrors`. */
  | "invalid"
  /** The service refused (a DomainError): a rule of the newsroom, a conflict, something missing. */
  | "rejected"
  /** Something unexpected; nothing was saved. */
  | "failed";

export type ActionFailure = {
  ok: false;
  code: ActionFailureCode;
  error: string;
  fieldErrors: FieldErrors;
  values: SubmittedValues;
};

export type ActionSuccess<T> = { ok: true; data: T; message: string | null };
export type ActionResult<T> = ActionSuccess<T> | ActionFailure;
/** What `useActionState` holds: null before the first submission. */
export type ActionState<T> = ActionResult<T> | null;

/** An action and, when it needs one, its subject: what `can(user, action, subject)` is asked. */
export type PermissionRequest = {
  [A in Action]: SubjectFor<A> extends undefined ? readonly [action: A] : readonly [action: A, subject: SubjectFor<A>];
}[Action];

export type ActionContext = {
  user: CurrentUser;
  /** For audit events. */
  actor: AuditActor;
  ipAddress: string | null;
};

export type ActionDefinition<S extends z.ZodType, T> = {
  /** Unique, for logs and the action registry ("user.create"). */
  name: string;
  schema: S;
  /** Required: a tuple for permissions without a subject, or a resolver that loads the subject from the validated input. */
  permission: PermissionRequest | ((input: z.output<S>, ctx: ActionContext) => PermissionRequest | Promise<PermissionRequest>);
  /** The service call, after the permission was granted. The service opens its own transaction. */
  run: (input: z.output<S>, ctx: ActionContext) => Promise<T>;
  /** After the commit: the workspace's pages, a redirect. Errors here are logged; the saved work stands. */
  after?: (data: T, input: z.output<S>, ctx: ActionContext) => void | Promise<void>;
  /** The confirmation shown on success. */
  message?: string | ((data: T, input: z.output<S>) => string);
  /** Only for choosing a new password: everything else waits until a one-time password has been replaced. */
  allowPendingPasswordChange?: boolean;
};

/** Called by a form (`useActionState` passes the previous state first) or directly with FormData or an object. */
export interface DefinedAction<T> {
  (input: FormData | ActionInput): Promise<ActionResult<T>>;
  /** The previous state is ignored: every submission is judged on its own. */
  (previous: unknown, input: FormData | ActionInput): Promise<ActionResult<T>>;
  /** For the authorization test that calls every action as every role. */
  readonly definition: { name: string; permission: PermissionRequest | "resolved from input" };
}

const UNEXPECTED = "Something went wrong and nothing was saved. Try again; if it keeps happening, tell an admin.";
const DATABASE_UNREACHABLE = "The database cannot be reached just now, so nothing was saved. Try again in a minute.";

function ask(user: CurrentUser, request: PermissionRequest): Decision {
  const [action, subject] = request as readonly [Action, unknown?];
  return (explain as (user: CurrentUser, action: Action, subject?: unknown) => Decision)(user, action, subject);
}

export function defineAction<S extends z.ZodType, T>(definition: ActionDefinition<S, T>): DefinedAction<T> {
  const { name, schema, permission, run, after, message } = definition;
  const resolvesSubject = typeof permission === "function";

  async function action(...args: [FormData | ActionInput] | [unknown, FormData | ActionInput]): Promise<ActionResult<T>> {
    const input = toInput(args.length >= 2 ? args[1] : args[0]);
    const fail = (code: ActionFailureCode, error: string, fieldErrors: FieldErrors = {}): ActionFailure => ({
      ok: false,
      code,
      error,
      fieldErrors,
      values: echoValues(input),
    });

    let data: T;
    let parsed: z.output<S>;
    let context: ActionContext;
    try {
      const request = await readRequestContext();
      const user = request.user;
      const access = explain(user, "workspace.access");
      if (!user || !access.allowed) return fail(user ? "forbidden" : "unauthenticated", access.allowed ? "Sign in to continue." : access.reason);
      if (user.mustChangePassword && !definition.allowPendingPasswordChange) {
        return fail("forbidden", "Choose a new password before doing anything else.");
      }
      if (!resolvesSubject) {
        const decision = ask(user, permission);
        if (!decision.allowed) return fail("forbidden", decision.reason);
      }

      // Before any schema: a NUL in a field the schema forgot would otherwise reach PostgreSQL and fail as a 500.
      const withControls = controlCharacterPaths(input);
      if (withControls.length > 0) {
        return fail("invalid", "Check the highlighted fields.", Object.fromEntries(withControls.map((path) => [path, [controlCharacterMessage()]])));
      }

      const validation = schema.safeParse(input);
      if (!validation.success) return fail("invalid", "Check the highlighted fields.", fieldErrorsOf(validation.error));
      parsed = validation.data;
      context = { user, actor: { id: user.id, email: user.email }, ipAddress: request.ipAddress };

      if (resolvesSubject) {
        const decision = ask(user, await permission(parsed, context));
        if (!decision.allowed) return fail("forbidden", decision.reason);
      }
      data = await run(parsed, context);
    } catch (error) {
      unstable_rethrow(error);
      if (error instanceof PermissionDeniedError) return fail("forbidden", error.reason);
      const refusal = describeRefusal(error);
      if (refusal) return fail("rejected", refusal.message, refusal.fieldErrors);
      if (isDatabaseUnreachable(error)) {
        console.error(`Action ${name} failed: the database cannot be reached`);
        return fail("failed", DATABASE_UNREACHABLE);
      }
      console.error(`Action ${name} failed:`, error);
      return fail("failed", UNEXPECTED);
    }

    if (after) {
      try {
        await after(data, parsed, context);
      } catch (error) {
        unstable_rethrow(error);
        console.error(`Action ${name} saved, but what follows the save failed:`, error);
      }
    }
    return { ok: true, data, message: typeof message === "function" ? message(data, parsed) : (message ?? null) };
  }

  return Object.assign(action as DefinedAction<T>, {
    definition: { name, permission: resolvesSubject ? ("resolved from input" as const) : (permission as PermissionRequest) },
  });
}

/** Whether a value is an action made by `defineAction` (the registry test walks every actions.ts with it). */
export function isDefinedAction(value: unknown): value is DefinedAction<unknown> {
  return typeof value === "function" && "definition" in value && typeof (value as { definition?: { name?: unknown } }).definition?.name === "string";
}
