import type { Metadata } from "next";
import { UsersTable } from "@/components/workspace/users/users-table";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guards";
import { ROLE_LABELS } from "@/lib/auth/policy";
import { formatOfficeTime } from "@/lib/time/office-time";
import { env } from "@/lib/env";
import { localeName } from "@/lib/i18n/locale-names";
import { listUsers } from "@/lib/users/queries";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const viewer = await requirePermission("/workspace/users", "user.manage");
  const users = await listUsers(viewer);
  const zone = env().CHANCERY_TIME_ZONE;
  return (
    <>
      <PageHeader
        title="Users"
        description="Everyone who can sign in to the workspace, and what their role lets them do."
        actions={<ButtonLink href="/workspace/users/new">Create account</ButtonLink>}
      />
      <UsersTable
        users={users.map((user) => ({
          id: user.id,
          name: user.name,
          email: user.email,
          roleLabel: ROLE_LABELS[user.role],
          active: user.active,
          mustChangePassword: user.mustChangePassword,
          lockedUntil: user.lockedUntil ? formatOfficeTime(user.lockedUntil, zone) : null,
          languages: user.translatorLocales.map(localeName).join(", "),
          lastSignIn: user.lastSignInAt ? formatOfficeTime(user.lastSignInAt, zone) : null,
        }))}
      />
    </>
  );
}
