import type { PolicyUser } from "@/lib/auth/policy";
import { explain, type Action, type Decision } from "@/lib/auth/policy";
import type { PermissionRequest } from "@/lib/actions/define-action";
import { translatableLocales } from "@/lib/translation/translatable-locales";

/**
 * The workspace menu as data: each entry names the permission that opening it needs, and a person sees exactly the
 * entries the policy allows them. The pages check the same permission for themselves; hiding an entry is courtesy.
 * A permission that depends on the person (a translator's languages) is a function asking the policy for them.
 */
export type NavigationEntry = { href: string; label: string; permission: PermissionRequest | ((user: PolicyUser) => boolean) };

export const WORKSPACE_NAVIGATION: readonly NavigationEntry[] = [
  { href: "/workspace", label: "Dashboard", permission: ["workspace.access"] },
  // The editorial desk's pages (documents, import, taxonomy).
  { href: "/workspace/documents", label: "Documents", permission: ["workspace.access"] },
  { href: "/workspace/review", label: "Awaiting review", permission: ["review.inbox"] },
  // Whoever may translate into at least one of the site's languages.
  { href: "/workspace/translations", label: "Translations", permission: (user) => translatableLocales(user).length > 0 },
  { href: "/workspace/documents/new", label: "New document", permission: ["document.create"] },
  { href: "/workspace/import", label: "Import", permission: ["document.import"] },
  { href: "/workspace/media", label: "Media", permission: ["media.view"] },
  { href: "/workspace/taxonomy", label: "Taxonomy", permission: ["taxonomy.manage"] },
  { href: "/workspace/press-lists", label: "Press lists", permission: ["pressList.manage"] },
  { href: "/workspace/users", label: "Users", permission: ["user.manage"] },
  { href: "/workspace/audit", label: "Audit log", permission: ["audit.view"] },
  { href: "/workspace/outbox", label: "Outbox", permission: ["mail.viewOutbox"] },
];

export function navigationFor(user: PolicyUser): Array<{ href: string; label: string }> {
  return WORKSPACE_NAVIGATION.filter((entry) => {
    if (typeof entry.permission === "function") return entry.permission(user);
    const [action, subject] = entry.permission as readonly [Action, unknown?];
    return (explain as (user: PolicyUser, action: Action, subject?: unknown) => Decision)(user, action, subject).allowed;
  }).map(({ href, label }) => ({ href, label }));
}
