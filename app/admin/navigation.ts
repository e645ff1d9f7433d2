import type { PolicyUser } from "@/lib/auth/policy";
import { explain, type Action, type Decision } from "@/lib/auth/policy";
import type { PermissionRequest } from "@/lib/actions/define-action";

/**
 * The workspace menu as data: each entry names the permission that opening it needs, and a person sees exactly the
 * entries the policy allows them. The pages check the same permission for themselves; hiding an entry is courtesy.
 */
export type NavigationEntry = { href: string; label: string; permission: PermissionRequest };

export const WORKSPACE_NAVIGATION: readonly NavigationEntry[] = [
  { href: "/admin", label: "Dashboard", permission: ["workspace.access"] },
  // The editorial desk's pages (documents, import, taxonomy).
  { href: "/admin/documents", label: "Documents", permission: ["workspace.access"] },
  { href: "/admin/documents/new", label: "New document", permission: ["document.create"] },
  { href: "/admin/import", label: "Import", permission: ["document.import"] },
  { href: "/admin/taxonomy", label: "Taxonomy", permission: ["taxonomy.manage"] },
  { href: "/admin/users", label: "Users", permission: ["user.manage"] },
  { href: "/admin/audit", label: "Audit log", permission: ["audit.view"] },
];

export function navigationFor(user: PolicyUser): Array<{ href: string; label: string }> {
  return WORKSPACE_NAVIGATION.filter((entry) => {
    const [action, subject] = entry.permission as readonly [Action, unknown?];
    return (explain as (user: PolicyUser, action: Action, subject?: unknown) => Decision)(user, action, subject).allowed;
  }).map(({ href, label }) => ({ href, label }));
}
