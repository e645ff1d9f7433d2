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
  "edition.embargo": "Put under embargo",
  "edition.extendEmbargo": "Embargo extended",
  "edition.liftEmbargo": "Embargo lifted",
  "embargo.opened": "Embargoed link opened",
  "pressList.created": "Press list created",
  "pressList.deleted": "Press list deleted",
  "pressList.contactAdded": "Journalist added to a press list",
  "pressList.contactRemoved": "Journalist removed from a press list",
};

export function auditActionLabel(action: string): string {
  return LABELS[action] ?? action;
}
