import type { Metadata } from "next";
import { pickerOptions } from "@/components/workspace/editorial/picker-options";
import { NewDocumentForm } from "@/components/workspace/editorial/new-document-form";
import { StartFromPageForm } from "@/components/workspace/import/start-from-page-form";
import { BackLink, PageHeader } from "@/components/ui/page-header";
import { localeChoices } from "@/components/workspace/locale-choices";
import { Panel } from "@/components/ui/panel";
import { requirePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/policy";
import { officeDate } from "@/lib/time/office-time";
import { env } from "@/lib/env";
import { listTaxonomy } from "@/lib/taxonomy/list-taxonomy";
import { listDocumentChoices } from "@/lib/workspace/documents";
import { createDocumentAction, createFromPageAction } from "../actions";

export const metadata: Metadata = { title: "New document" };

export default async function NewDocumentPage() {
  const user = await requirePermission("/workspace/documents/new", "document.create");
  const config = env();
  const [taxonomy, documents] = await Promise.all([listTaxonomy(user), listDocumentChoices(user)]);
  return (
    <>
      <BackLink href="/workspace/documents">All documents</BackLink>
      <PageHeader title="New document" description="A press release or an interview. It stays a draft, seen only in the workspace, until an editor publishes it." />
      <details className="mb-8 border border-rule bg-white">
        <summary className="cursor-pointer bg-wash px-4 py-3 font-semibold text-ink">Start from an existing page</summary>
        <div className="px-4 py-4">
          <StartFromPageForm action={createFromPageAction} canImport={can(user, "document.import")} />
        </div>
      </details>
      <Panel title="Write it here">
        <NewDocumentForm
          action={createDocumentAction}
          options={pickerOptions(taxonomy, documents)}
          locales={localeChoices(config.CHANCERY_LOCALES)}
          defaultLocale={config.defaultLocale}
          today={officeDate(new Date(), config.CHANCERY_TIME_ZONE)}
        />
      </Panel>
    </>
  );
}
