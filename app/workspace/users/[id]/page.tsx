import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AccountStatusForm, ChangeRoleForm, ResetPasswordForm, UserDetailsForm } from "@/components/workspace/users/user-forms";
import { Badge } from "@/components/ui/badge";
import { DescriptionList } from "@/components/ui/description-list";
import { BackLink, PageHeader } from "@/components/ui/page-header";
import { localeChoices } from "@/components/workspace/locale-choices";
import { localeName } from "@/lib/i18n/locale-names";
import { Panel } from "@/components/ui/panel";
import { requirePermission } from "@/lib/auth/guards";
import { hasTranslationLanguages, ROLE_LABELS } from "@/lib/auth/policy";
import { formatOfficeTime } from "@/lib/time/office-time";
import { env } from "@/lib/env";
import { getManagedUser } from "@/lib/users/queries";
import { roleOptions } from "@/lib/users/roles";
import { changeRoleAction, deactivateUserAction, reactivateUserAction, resetPasswordAction, updateUserAction } from "../actions";

export const metadata: Metadata = { title: "Account" };

export default async function UserPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requirePermission(`/workspace/users/${encodeURIComponent(id)}`, "user.manage");
  const user = await getManagedUser(viewer, id);
  if (!user) notFound();
  const zone = env().CHANCERY_TIME_ZONE;
  const locales = localeChoices(env().CHANCERY_LOCALES);

  return (
    <>
      <BackLink href="/workspace/users">All users</BackLink>
      <PageHeader title={user.name} eyebrow="Account" description={user.email} />
      <div className="grid gap-6 lg:grid-cols-2">
        <Panel title="Summary" className="lg:col-span-2">
          <DescriptionList
            items={[
              { term: "Role", detail: ROLE_LABELS[user.role] },
              {
                term: "Status",
                detail: (
                  <span className="flex flex-wrap gap-1">
                    {user.active ? <Badge tone="success">Active</Badge> : <Badge>Deactivated</Badge>}
                    {user.mustChangePassword ? <Badge tone="info">One-time password</Badge> : null}
                    {user.lockedUntil ? <Badge tone="danger">Sign-in locked until {formatOfficeTime(user.lockedUntil, zone)}</Badge> : null}
                  </span>
                ),
              },
              ...(hasTranslationLanguages(user.role) ? [{ term: "Translates into", detail: user.translatorLocales.map(localeName).join(", ") || "No languages yet" }] : []),
              { term: "Last signed in", detail: user.lastSignInAt ? formatOfficeTime(user.lastSignInAt, zone) : "Never" },
              { term: "Account created", detail: formatOfficeTime(user.createdAt, zone) },
            ]}
          />
        </Panel>
        <Panel title="Details">
          <UserDetailsForm action={updateUserAction} user={user} translates={hasTranslationLanguages(user.role)} locales={locales} />
        </Panel>
        <Panel title="Role">
          <ChangeRoleForm action={changeRoleAction} user={user} roles={roleOptions()} decision={user.may.changeRole} />
        </Panel>
        <Panel title="Password">
          <ResetPasswordForm action={resetPasswordAction} user={user} decision={user.may.resetPassword} />
        </Panel>
        <Panel title="Access">
          <AccountStatusForm
            deactivate={deactivateUserAction}
            reactivate={reactivateUserAction}
            user={user}
            canDeactivate={user.may.deactivate}
            canReactivate={user.may.reactivate}
          />
        </Panel>
      </div>
    </>
  );
}
