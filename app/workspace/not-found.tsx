import Link from "next/link";

export default function WorkspaceNotFound() {
  return (
    <div className="max-w-2xl space-y-4">
      <p className="text-sm font-semibold tracking-wide text-muted uppercase">Error 404</p>
      <h1 className="text-3xl font-semibold">Page not found</h1>
      <p>The address may be mistyped, or what it pointed to no longer exists.</p>
      <p>
        <Link href="/workspace" className="text-brand underline underline-offset-2">
          Go to your dashboard
        </Link>
      </p>
    </div>
  );
}
