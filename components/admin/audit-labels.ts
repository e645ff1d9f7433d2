/** How the audit log names what happened; unknown actions show as recorded. */
const LABELS: Record<string, string> = {
  "auth.sign_in": "Signed in",
  "auth.sign_in_failed": "Sign-in failed",
  "auth.locked_out": "Sign-in locked",
  "auth.sign_out": "Signed out",
  "auth.password_changed": "Changed own password",
  "user.created": "Account created",
  "user.changed": "Account details changed",
  "user.role_changed": "Role changed",
  "user.deactivated": "Account deactivated",
  "user.reactivated": "Account reactivated",
  "user.password_reset": "Password reset",
};

export function auditActionLabel(action: string): string {
  return LABELS[action] ?? action;
}
