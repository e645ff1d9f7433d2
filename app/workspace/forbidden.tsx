import Link from "next/link";
import { ROLE_LABELS } from "@/lib/auth/policy";
import { getCurrentUser } from "@/lib/auth/session";

/** Rendered with status 403 when a page calls forbidden() (lib/auth/guards.ts#requirePermission). */
export default async function Forbidden() {
  const user = await getCurrentUser();
  return (
    <div className="max-w-2xl space-y-4">
      <p className="text-sm font-semibold tracking-wide text-accent uppercase">Error 403</p>
      <h1 className="text-3xl font-semibold">You do not have access to this page</h1>
      <p>
        {user ? `You are signed in as ${user.name}, with the ${ROLE_LABELS[user.role].toLowerCase()} role, which does not include this page.` : "Your account does not include this page."}{" "}
        If you need it for your work, ask an admin.
      </p>
      <p>
        <Link href="/workspace" className="text-brand underline underline-offset-2">
          Go to your dashboard
        </Link>
      </p>
    </div>
  );
}
