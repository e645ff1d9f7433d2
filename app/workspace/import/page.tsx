import type { Metadata } from "next";
import Link from "next/link";
import { ImportForm } from "@/components/workspace/import/import-form";
import { PageHeader } from "@/components/ui/page-header";
import { Panel } from "@/components/ui/panel";
import { requirePermission } from "@/lib/auth/guards";
import { importPagesAction } from "./actions";
import { MAX_FILES_PER_IMPORT, MAX_IMPORT_REQUEST_BYTES } from "@/lib/import/import-limits";

export const metadata: Metadata = { title: "Import" };

export default async function ImportPage() {
  await requirePermission("/workspace/import", "document.import");
  return (
    <>
      <PageHeader
        title="Import pages"
        description="Bring in releases and interviews published elsewhere: pages saved from the ministry's site or a news agency, one page per .txt file."
      />
      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <Panel title="Choose the pages">
          <ImportForm action={importPagesAction} maxFiles={MAX_FILES_PER_IMPORT} maxBytes={MAX_IMPORT_REQUEST_BYTES} />
        </Panel>
        <Panel title="How it reads a page" level={2}>
          <ul className="list-disc space-y-2 pl-5 text-sm text-ink">
            <li>Menus, share buttons and “related news” lists are left out; the title, the date, an interview&apos;s lede and the body are kept.</li>
            <li>Numbered paragraphs, sub-points (o, -), notes (※) and questions and answers become blocks, as if typed in the editor.</li>
            <li>The preview says how sure the importer is of each field; highlighted fields (no date, a page cut off, a headline picked among several lines) wait for you to tick “Checked”.</li>
            <li>A page imported before is recognised by its text and not imported twice.</li>
            <li>
              To start one document from a page and finish it in the editor, use{" "}
              <Link href="/workspace/documents/new" className="text-brand underline underline-offset-2">
                New document → Start from an existing page
              </Link>
              .
            </li>
          </ul>
        </Panel>
      </div>
    </>
  );
}
