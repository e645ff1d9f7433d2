import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Field } from "@/components/ui/field";
import { Checkbox, Select, TextInput } from "@/components/ui/inputs";
import { Table, Td, Th } from "@/components/ui/table";
import type { EditionSubject } from "@/lib/auth/policy";
import { publicDateLabel } from "./public-date-label";
import { KIND_NAMES, STATE_NAMES, StateBadge } from "./state-badge";
import { FilterActions } from "@/components/workspace/filter-form";

type EditionState = EditionSubject["state"];

export type DocumentListRow = {
  documentId: string;
  title: string;
  slug: string;
  kind: keyof typeof KIND_NAMES;
  editionNumber: number;
  state: EditionState;
  liveState: "PUBLISHED" | "WITHDRAWN" | null;
  rejected: boolean;
  publicDate: string | null;
  /** "Goes live 2026-03-30 14:05 KST", for scheduled editions. */
  scheduled: string | null;
  lastChanged: string;
  lastEditedBy: string | null;
};

/** The filter above the list: a plain GET form, so a filtered view is a link that can be shared. */
export function DocumentFilters({
  filter,
  states,
}: {
  filter: { state: string | null; kind: string | null; mine: boolean; q: string | null };
  states: readonly EditionState[];
}) {
  return (
    <form
      method="get"
      role="search"
      aria-label="Filter documents"
      className="mb-6 grid gap-4 border border-rule bg-wash p-4 sm:grid-cols-2 lg:grid-cols-[2fr_1fr_1fr_auto_auto] lg:items-end"
    >
      <Field id="q" label="Title contains">
        {(control) => <TextInput {...control} name="q" type="search" defaultValue={filter.q ?? ""} className="max-w-none" />}
      </Field>
      <Field id="state" label="State">
        {(control) => (
          <Select {...control} name="state" defaultValue={filter.state?.toLowerCase() ?? ""}>
            <option value="">Any state</option>
            {states.map((state) => (
              <option key={state} value={state.toLowerCase()}>
                {STATE_NAMES[state]}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field id="kind" label="Kind">
        {(control) => (
          <Select {...control} name="kind" defaultValue={filter.kind?.toLowerCase() ?? ""}>
            <option value="">Both kinds</option>
            <option value="press_release">Press releases</option>
            <option value="interview">Interviews</option>
          </Select>
        )}
      </Field>
      <Checkbox id="mine" name="mine" value="1" label="Only mine" defaultChecked={filter.mine} className="pb-2" />
      <FilterActions clearHref="/workspace/documents" />
    </form>
  );
}

export function DocumentsTable({ rows, caption }: { rows: readonly DocumentListRow[]; caption: string }) {
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <Th>Title</Th>
          <Th>Kind</Th>
          <Th>State</Th>
          <Th>Public date</Th>
          <Th>Last changed</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.documentId}>
            <Td className="max-w-md">
              <Link href={`/workspace/documents/${row.documentId}`} className="font-semibold text-brand underline underline-offset-2">
                {row.title}
              </Link>
              <div className="mt-0.5 font-mono text-xs break-all text-muted">{row.slug}</div>
            </Td>
            <Td className="whitespace-nowrap">{KIND_NAMES[row.kind]}</Td>
            <Td>
              <div className="flex flex-wrap items-center gap-1">
                {row.liveState ? (
                  <>
                    <StateBadge state={row.liveState} />
                    <span className="text-xs text-muted">correction</span>
                  </>
                ) : null}
                <StateBadge state={row.state} />
                {row.rejected ? <Badge tone="warning">Sent back</Badge> : null}
              </div>
              {row.editionNumber > 1 ? <div className="mt-1 text-xs text-muted">Edition {row.editionNumber}</div> : null}
              {row.scheduled ? <div className="mt-1 text-xs text-muted">{row.scheduled}</div> : null}
            </Td>
            <Td className={row.publicDate ? "whitespace-nowrap" : "whitespace-nowrap text-muted"}>{publicDateLabel(row.publicDate)}</Td>
            <Td>
              <div className="whitespace-nowrap">{row.lastChanged}</div>
              {row.lastEditedBy ? <div className="text-xs text-muted">by {row.lastEditedBy}</div> : null}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
