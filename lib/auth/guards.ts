import "server-only";
import { forbidden, redirect } from "next/navigation";
import { explain, type Action, type SubjectFor } from "./policy";
import { CHANGE_PASSWORD_PATH, signInPath } from "./callback-url";
import { getCurrentUser, type CurrentUser } from "./session";

/*
 * For pages and layouts: the check that runs inside every workspace page, answered with real HTTP statuses.
 * Anonymous visitors are redirected to sign-in (returning to `from`), people who may not see the page get a 403
 * (`forbidden()`, rendered by app/workspace/forbidden.tsx), and whoever still holds a one-time password is sent to
 * choose a new one first. The decision itself is always the policy's.
 */

type SubjectArgs<A extends Action> = SubjectFor<A> extends undefined ? [] : [subject: SubjectFor<A>];

/** A signed-in user who has set their own password; `from` is this page's path, to come back to after sign-in. */
export async function requireUser(from: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(signInPath(from));
  if (user.mustChangePassword) redirect(CHANGE_PASSWORD_PATH);
  return user;
}

/** `requireUser`, then the policy's answer for this page: 403 when it says no. */
export async function requirePermission<A extends Action>(from: string, action: A, ...subject: SubjectArgs<A>): Promise<CurrentUser> {
  const user = await requireUser(from);
  const decision = (explain as (user: CurrentUser, action: Action, subject?: unknown) => ReturnType<typeof explain>)(user, action, subject[0]);
  if (!decision.allowed) forbidden();
  return user;
}
