import type { Metadata } from "next";
import Link from "next/link";
import { CreateUserForm } from "@/components/workspace/users/create-user-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guards";
import { env } from "@/lib/env";
import { localeName } from "@/lib/i18n/locale-names";
import { roleOptions } from "@/lib/users/roles";
import { createUserAction } from "../actions";

export const metadata: Metadata = { title: "Create account" };

export default async function NewUserPage() {
  await requirePermission("/workspace/users/new", "user.manage");
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/workspace/users" className="text-brand underline underline-offset-2">
          ← All users
        </Link>
      </p>
      <PageHeader title="Create account" description="The person gets a one-time password from you and chooses their own when they first sign in." />
      <div className="max-w-2xl border border-rule bg-white p-6">
        <CreateUserForm
          action={createUserAction}
          roles={roleOptions()}
          locales={env().CHANCERY_LOCALES.map((locale) => ({ value: locale, label: `${localeName(locale)} (${locale})` }))}
        />
      </div>
    </>
  );
}
