import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import type { AuditActor } from "@/lib/audit/record-audit-event";
import type { CurrentUser } from "@/lib/auth/current-user";
import { explain, PermissionDeniedError, type Action, type Decision, type SubjectFor } from "@/lib/auth/policy";
import { db, type TransactionClient } from "@/lib/db";
import { isDatabaseUnreachable } from "@/lib/db/unreachable";
import { echoValues, fieldErrorsOf, toInput, type ActionInput, type SubmittedValues } from "./form-input";
import { readRequestContext } from "./request-context";
import { controlCharacterMessage, controlCharacterPaths } from "@/lib/validation/plain-text";
import { ActionError, type FieldErrors } from "@/lib/errors";

/*
 * The one wrapper for every mutation (DESIGN.md). A server action is a public endpoint, so each call goes:
 *
 *   session → may this person use the workspace at all → the action's permission (`can`, required) →
 *   zod validation → the service, inside one transaction → after-commit effects (revalidation, redirect)
 *
 * and answers `{ ok: true, data, message }` or `{ ok: false, code, error, fieldErrors, values }`, where `values`
 * echoes what was submitted (passwords excepted) so a refused save never loses the text.
 *
 *   export const publishEdition = defineAction({
 *     name: "edition.publish",
 *     schema: z.object({ editionId: z.string() }),
 *     // A subject needed: resolved inside the transaction from the validated input.
 *     permission: async (input, { tx }) => ["edition.publish", await editionSubject(tx, input.editionId)],
 *     run: (input, ctx) => publish(ctx.tx, ctx.actor, input.editionId),
 *     after: (result) => revalidateDocument(result.documentId),
 *   });
 *
 * A permission without a subject is given as a tuple (`permission: ["user.manage"]`) and is checked before the
 * input is even validated. Services refuse business-rule violations by throwing `ActionError` (the message is
 * shown; the transaction rolls back). Anything else thrown is logged and reported as a failure that saved nothing.
 * `redirect()` belongs in `after`, never in `run`: inside the transaction it would roll the work back.
 * A service that opens its own transaction is wrapped with `transaction: false` (Prisma transactions do not nest).
 */

export type ActionFailureCode =
  /** No session, or it ended (signed out, deactivated, role changed). */
  | "unauthenticated"
  /** The policy said no. */
  | "forbidden"
  /** The input failed validation: see `fieldErrors`. */
  | "invalid"
  /** The service refused (an ActionError): a rule of the newsroom, a conflict, something missing. */
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

export type TransactionContext = ActionContext & { tx: TransactionClient };

type CommonDefinition<S extends z.ZodType, T> = {
  /** Unique, for logs and the action registry ("user.create"). */
  name: string;
  schema: S;
  /** After the commit: revalidation, redirect. Errors here are logged; the saved work stands. */
  after?: (data: T, input: z.output<S>, ctx: ActionContext) => void | Promise<void>;
  /** The confirmation shown on success. */
  message?: string | ((data: T, input: z.output<S>) => string);
  /** Only for choosing a new password: everything else waits until a one-time password has been replaced. */
  allowPendingPasswordChange?: boolean;
  /**
   * Recognises a service's own refusal type (besides ActionError and PermissionDeniedError) and says what to show,
   * e.g. `(error) => error instanceof DomainError ? { message: error.message, fieldErrors: … } : null`.
   */
  refusal?: (error: unknown) => { message: string; fieldErrors?: FieldErrors } | null;
};

/** The usual kind: the wrapper opens the transaction; the subject is loaded and the service runs inside it. */
type DefinitionInTransaction<S extends z.ZodType, T> = CommonDefinition<S, T> & {
  transaction?: true;
  /** Required: a tuple for permissions without a subject, or a resolver that loads the subject in the transaction. */
  permission: PermissionRequest | ((input: z.output<S>, ctx: TransactionContext) => PermissionRequest | Promise<PermissionRequest>);
  /** The service call. Runs inside the transaction after the permission was granted. */
  run: (input: z.output<S>, ctx: TransactionContext) => Promise<T>;
};

/**
 * For services that open their own transaction (Prisma transactions do not nest, and on the embedded database a
 * second one would wait for the first forever): the wrapper still checks the session and the permission first.
 */
type DefinitionWithOwnTransaction<S extends z.ZodType, T> = CommonDefinition<S, T> & {
  transaction: false;
  permission: PermissionRequest | ((input: z.output<S>, ctx: ActionContext) => PermissionRequest | Promise<PermissionRequest>);
  run: (input: z.output<S>, ctx: ActionContext) => Promise<T>;
};

export type ActionDefinition<S extends z.ZodType, T> = DefinitionInTransaction<S, T> | DefinitionWithOwnTransaction<S, T>;

/** Called by a form (`useActionState` passes the previous state first) or directly with FormData or an object. */
export interface DefinedAction<T> {
  (input: FormData | ActionInput): Promise<ActionResult<T>>;
  /** The previous state is ignored: every submission is judged on its own. */
  (previous: unknown, input: FormData | ActionInput): Promise<ActionResult<T>>;
  /** For the authorization test that calls every action as every role. */
  readonly definition: { name: string; permission: PermissionRequest | "resolved from input" };
}

class Refusal extends Error {
  constructor(readonly code: ActionFailureCode, reason: string) {
    super(reason);
  }
}

const UNEXPECTED = "Something went wrong and nothing was saved. Try again; if it keeps happening, tell an admin.";
const DATABASE_UNREACHABLE = "The database cannot be reached just now, so nothing was saved. Try again in a minute.";

function ask(user: CurrentUser, request: PermissionRequest): Decision {
  const [action, subject] = request as readonly [Action, unknown?];
  return (explain as (user: CurrentUser, action: Action, subject?: unknown) => Decision)(user, action, subject);
}

export function defineAction<S extends z.ZodType, T>(definition: ActionDefinition<S, T>): DefinedAction<T> {
  const { name, schema, permission, after, message, refusal } = definition;
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

      if (definition.transaction === false) {
        if (typeof definition.permission === "function") {
          const decision = ask(user, await definition.permission(parsed, context));
          if (!decision.allowed) return fail("forbidden", decision.reason);
        }
        data = await definition.run(parsed, context);
      } else {
        const { permission: resolve, run } = definition;
        const prisma = await db();
        data = await prisma.$transaction(
          async (tx) => {
            const inTransaction: TransactionContext = { ...context, tx };
            if (typeof resolve === "function") {
              const decision = ask(user, await resolve(parsed, inTransaction));
              if (!decision.allowed) throw new Refusal("forbidden", decision.reason);
            }
            return run(parsed, inTransaction);
          },
          // Password hashing (scrypt) may run inside; give slow machines room.
          { maxWait: 10_000, timeout: 30_000 },
        );
      }
    } catch (error) {
      unstable_rethrow(error);
      if (error instanceof Refusal) return fail(error.code, error.message);
      if (error instanceof ActionError) return fail("rejected", error.message, error.fieldErrors);
      if (error instanceof PermissionDeniedError) return fail("forbidden", error.reason);
      const recognised = refusal?.(error);
      if (recognised) return fail("rejected", recognised.message, recognised.fieldErrors);
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
