import { WorkspaceError } from "@/components/workspace/workspace-error";
import { ROLE_LABELS } from "@/lib/auth/policy";
import { getCurrentUser } from "@/lib/auth/session";

/** Rendered with status 403 when a page calls forbidden() (lib/auth/guards.ts#requirePermission). */
export default async function Forbidden() {
  const user = await getCurrentUser();
  return (
    <WorkspaceError code={403} tone="accent" title="You do not have access to this page">
      {user ? `You are signed in as ${user.name}, with the ${ROLE_LABELS[user.role].toLowerCase()} role, which does not include this page.` : "Your account does not include this page."}{" "}
      If you need it for your work, ask an admin.
    </WorkspaceError>
  );
}
