import type { Metadata } from "next";
import { CreateUserForm } from "@/components/workspace/users/create-user-form";
import { BackLink, PageHeader } from "@/components/ui/page-header";
import { localeChoices } from "@/components/workspace/locale-choices";
import { requirePermission } from "@/lib/auth/guards";
import { env } from "@/lib/env";
import { roleOptions } from "@/lib/users/roles";
import { createUserAction } from "../actions";

export const metadata: Metadata = { title: "Create account" };

export default async function NewUserPage() {
  await requirePermission("/workspace/users/new", "user.manage");
  return (
    <>
      <BackLink href="/workspace/users">All users</BackLink>
      <PageHeader title="Create account" description="The person gets a one-time password from you and chooses their own when they first sign in." />
      <div className="max-w-2xl border border-rule bg-white p-6">
        <CreateUserForm
          action={createUserAction}
          roles={roleOptions()}
          locales={localeChoices(env().CHANCERY_LOCALES)}
        />
      </div>
    </>
  );
}
