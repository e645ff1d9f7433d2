import Link from "next/link";
import { SignOutButton } from "./account/sign-out-button";

/** The workspace's top bar: whose workspace it is, who is signed in, and the way out. */
export function WorkspaceHeader({ user, unread }: { user: { name: string; email: string; roleLabel: string }; unread: number }) {
  return (
    <header className="bg-brand-dark text-white">
      <a href="#content" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:px-3 focus:py-2 focus:text-ink">
        Skip to main content
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/workspace" className="text-white no-underline">
          <span className="block text-xs tracking-widest text-white/80 uppercase">Ministry of Foreign Affairs</span>
          <span className="block text-lg font-semibold">Chancery · Press Office workspace</span>
        </Link>
        <div className="flex flex-wrap items-center gap-3 text-sm">
          <p>
            <span className="font-semibold" data-testid="signed-in-as">
              {user.name}
            </span>{" "}
            <span className="text-white/80">
              · {user.roleLabel} · {user.email}
            </span>
          </p>
          <Link href="/workspace/notifications" className="text-white underline underline-offset-2" data-unread-count={unread}>
            Notifications
            {unread > 0 ? (
              <span className="ml-1 inline-block min-w-6 rounded-full bg-white px-1.5 text-center font-semibold text-brand-dark no-underline">
                {unread}
                <span className="sr-only"> unread</span>
              </span>
            ) : null}
          </Link>
          <Link href="/login/password" className="text-white underline underline-offset-2">
            Change password
          </Link>
          <SignOutButton />
        </div>
      </div>
    </header>
  );
}
