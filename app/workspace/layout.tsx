import type { Metadata } from "next";
import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { WorkspaceHeader } from "@/components/workspace/workspace-header";
import { WorkspaceNav } from "@/components/workspace/workspace-nav";
import { CHANGE_PASSWORD_PATH } from "@/lib/auth/callback-url";
import { ROLE_LABELS } from "@/lib/auth/policy";
import { getCurrentUser } from "@/lib/auth/session";
import { unreadCount } from "@/lib/notifications/inbox";
import { navigationFor } from "./navigation";
import "../globals.css";

export const metadata: Metadata = {
  title: { default: "Workspace — Chancery", template: "%s — Chancery" },
  robots: { index: false, follow: false },
};

/**
 * The staff workspace's root layout. It shows the menu the policy allows this person; it is not what protects the
 * pages: every page and action checks for itself (lib/auth/guards.ts, lib/actions/define-action.ts), because a
 * layout does not re-run on client navigation and does not stop its pages from rendering. e2e/admin-routes-by-role
 * proves every page answers an anonymous visitor with a redirect to sign-in.
 */
export default async function WorkspaceLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  if (user?.mustChangePassword) redirect(CHANGE_PASSWORD_PATH);
  const unread = user && user.active ? await unreadCount(user) : 0;
  return (
    <html lang="en">
      <body className="min-h-screen bg-wash font-sans text-ink antialiased">
        {/* Signed out: no shell. The page itself redirects to sign-in, knowing its own address to come back to. */}
        {user ? <WorkspaceHeader user={{ name: user.name, email: user.email, roleLabel: ROLE_LABELS[user.role] }} unread={unread} /> : null}
        {user ? <WorkspaceNav items={navigationFor(user)} /> : null}
        <main id="content" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-8 outline-none">
          {children}
        </main>
      </body>
    </html>
  );
}
