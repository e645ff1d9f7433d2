import Link from "next/link";
import { Field } from "@/components/ui/field";
import { Select, TextInput } from "@/components/ui/inputs";
import { Table, Td, Th } from "@/components/ui/table";
import { auditActionLabel } from "./audit-labels";
import { FilterActions } from "@/components/workspace/filter-form";

/** A person or thing, with a second line (an email address, an id) in smaller type, and where it can be opened. */
export type Named = { name: string; detail?: string | null; href?: string; filterHref?: string };

export type AuditRow = {
  id: string;
  when: string;
  who: Named;
  action: string;
  subject: Named;
  change: string | null;
  reason: string | null;
  ipAddress: string | null;
};

/** The filter above the log: a plain GET form, so a filtered view is a link that can be shared. */
export function AuditFilters({
  actions,
  filter,
}: {
  actions: readonly string[];
  filter: { action: string | null; actor: string | null; document: string | null; from: string | null; to: string | null };
}) {
  return (
    <form method="get" className="mb-6 grid gap-4 border border-rule bg-wash p-4 sm:grid-cols-2 lg:grid-cols-6 lg:items-end" role="search" aria-label="Filter the audit log">
      <Field id="action" label="What happened">
        {(control) => (
          <Select {...control} name="action" defaultValue={filter.action ?? ""}>
            <option value="">Anything</option>
            {actions.map((action) => (
              <option key={action} value={action}>
                {auditActionLabel(action)}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field id="actor" label="Who (name or email)">
        {(control) => <TextInput {...control} name="actor" type="search" defaultValue={filter.actor ?? ""} spellCheck={false} />}
      </Field>
      <Field id="document" label="Document (title)">
        {(control) => <TextInput {...control} name="document" type="search" defaultValue={filter.document ?? ""} />}
      </Field>
      <Field id="from" label="From">
        {(control) => <TextInput {...control} name="from" type="date" defaultValue={filter.from ?? ""} />}
      </Field>
      <Field id="to" label="To">
        {(control) => <TextInput {...control} name="to" type="date" defaultValue={filter.to ?? ""} />}
      </Field>
      <FilterActions clearHref="/workspace/audit" />
    </form>
  );
}

export function AuditTable({ rows, caption }: { rows: readonly AuditRow[]; caption: string }) {
  return (
    <Table caption={caption} className="table-fixed">
      {/* Fixed widths that add up to less than a 1280 px screen's column; the document's title takes what is left. */}
      <colgroup>
        <col className="w-32" />
        <col className="w-44" />
        <col className="w-44" />
        <col />
        <col className="w-52" />
        <col className="w-32" />
      </colgroup>
      <thead>
        <tr>
          <Th>When</Th>
          <Th>Who</Th>
          <Th>What</Th>
          <Th>About</Th>
          <Th>Reason</Th>
          <Th>Address</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} data-audit-action={row.action}>
            <Td>{row.when}</Td>
            <Td className="break-words">
              <NamedCell value={row.who} />
            </Td>
            <Td>
              <span className="block font-semibold">{auditActionLabel(row.action)}</span>
              {row.change ? <span className="block text-xs text-muted">{row.change}</span> : null}
            </Td>
            <Td className="break-words">
              <NamedCell value={row.subject} />
            </Td>
            <Td className="break-words">{row.reason ?? "—"}</Td>
            <Td className="font-mono text-xs break-all">{row.ipAddress ?? "—"}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

function NamedCell({ value }: { value: Named }) {
  return (
    <>
      {value.href ? (
        <Link href={value.href} className="block text-brand underline underline-offset-2">
          {value.name}
        </Link>
      ) : (
        <span className="block">{value.name}</span>
      )}
      {value.detail ? <span className="block text-xs break-all text-muted">{value.detail}</span> : null}
      {value.filterHref ? (
        <Link href={value.filterHref} className="block text-xs text-brand underline underline-offset-2">
          Only this document
        </Link>
      ) : null}
    </>
  );
}
