import type { Metadata } from "next";
import { DocumentFilters, DocumentsTable } from "@/components/workspace/editorial/documents-table";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requirePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/policy";
import { formatOfficeTime } from "@/lib/time/office-time";
import { env } from "@/lib/env";
import { DOCUMENTS_PAGE_SIZE, FILTER_STATES, documentFilterQuery, listDocuments, parseDocumentFilter } from "@/lib/workspace/documents";
import type { SearchParams } from "@/lib/validation/search-params";

export const metadata: Metadata = { title: "Documents" };

export default async function DocumentsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePermission("/workspace/documents", "workspace.access");
  const params = await searchParams;
  const list = await listDocuments(user, parseDocumentFilter(params));
  const zone = env().CHANCERY_TIME_ZONE;
  const first = (list.filter.page - 1) * DOCUMENTS_PAGE_SIZE + 1;
  const caption =
    list.total === 0
      ? "No documents match."
      : `${list.total} ${list.total === 1 ? "document" : "documents"}, most recently changed first${
          list.pageCount > 1 ? ` (showing ${first}–${first + list.rows.length - 1})` : ""
        }`;

  return (
    <>
      <PageHeader
        title="Documents"
        description="Press releases and interviews, each shown by its edition in progress, or its live edition when none is."
        actions={
          <>
            {can(user, "document.import") ? (
              <ButtonLink href="/workspace/import" variant="secondary">
                Import pages
              </ButtonLink>
            ) : null}
            {can(user, "document.create") ? <ButtonLink href="/workspace/documents/new">New document</ButtonLink> : null}
          </>
        }
      />
      {params.deleted ? (
        <Alert tone="success" className="mb-6">
          The draft was deleted.
        </Alert>
      ) : null}
      <DocumentFilters filter={list.filter} states={FILTER_STATES} />
      <DocumentsTable
        caption={caption}
        rows={list.rows.map((row) => ({
          documentId: row.documentId,
          title: row.title,
          slug: row.slug,
          kind: row.kind,
          editionNumber: row.editionNumber,
          state: row.state,
          liveState: row.liveState,
          rejected: row.rejected,
          publicDate: row.publicDate,
          scheduled: row.state === "SCHEDULED" && row.scheduledAt ? `Goes live ${formatOfficeTime(row.scheduledAt, zone)}` : null,
          lastChanged: formatOfficeTime(row.lastEditedAt ?? row.updatedAt, zone),
          lastEditedBy: row.lastEditedBy,
        }))}
      />
      <Pagination
        page={list.filter.page}
        pageCount={list.pageCount}
        hrefFor={(page) => `/workspace/documents${documentFilterQuery(list.filter, page)}`}
        label="Document pages"
      />
    </>
  );
}
