import type { Role } from "@/lib/db/generated/enums";
import { ROLE_LABELS, ROLES } from "@/lib/auth/policy";

/** One line per role, for the role picker: what the policy lets each do (lib/auth/policy.ts decides; this describes). */
export const ROLE_DESCRIPTIONS: Readonly<Record<Role, string>> = {
  ADMIN: "everything editors do, plus accounts and the audit log",
  EDITOR: "reviews, publishes, schedules and withdraws; imports; manages taxonomy",
  WRITER: "writes and submits their own press releases and interviews",
  TRANSLATOR: "translates published and in-progress texts into their languages",
};

export function roleOptions(): Array<{ value: Role; label: string; description: string }> {
  return ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role], description: ROLE_DESCRIPTIONS[role] }));
}
