import type { z } from "zod";
import type { Action, EditionSubject, SubjectFor } from "@/lib/auth/policy";
import type { Actor } from "@/lib/changes/actor";
import { loadEditionSubject } from "@/lib/editions/edition-subject";
import { defineAction, type ActionDefinition, type DefinedAction, type PermissionRequest } from "./define-action";
import { revalidateWholeWorkspace } from "./revalidate-workspace";

/** The policy actions that may be asked about one edition. */
export type EditionPermission = { [A in Action]: EditionSubject extends SubjectFor<A> ? A : never }[Action];

type EditionVerbOptions<S extends z.ZodType, T> = {
  /** The action's name when it is not its permission's ("edition.restoreRevision" asks `revision.restore`). */
  name?: string;
  /** After the commit, instead of refreshing the workspace: a redirect, or a narrower refresh. */
  after?: ActionDefinition<S, T>["after"];
};

/**
 * A verb on one edition, in one line: the policy is asked about the edition as it is now, the service runs (and asks
 * again inside its own transaction), and the workspace is refreshed after the commit.
 *
 *   export const publishAction = editionAction("edition.publish", editionMoveInputSchema, publish, "Published.");
 */
export function editionAction<S extends z.ZodType<{ editionId: string }>, T>(
  permission: EditionPermission,
  schema: S,
  service: (actor: Actor, input: z.output<S>) => Promise<T>,
  message?: ActionDefinition<S, T>["message"],
  options: EditionVerbOptions<S, T> = {},
): DefinedAction<T> {
  return defineAction({
    name: options.name ?? permission,
    schema,
    permission: async (input) => [permission, await loadEditionSubject(input.editionId)] as PermissionRequest,
    run: (input, ctx) => service(ctx.user, input),
    after: options.after ?? revalidateWholeWorkspace,
    message,
  });
}
