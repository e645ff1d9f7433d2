import { WorkspaceError } from "@/components/workspace/workspace-error";

export default function WorkspaceNotFound() {
  return (
    <WorkspaceError code={404} tone="muted" title="Page not found">
      The address may be mistyped, or what it pointed to no longer exists.
    </WorkspaceError>
  );
}
