import { Table, Td, Th } from "@/components/ui/table";
import type { EditionSubject } from "@/lib/auth/policy";
import { StateBadge } from "./state-badge";

export type EditionRow = {
  id: string;
  number: number;
  state: EditionSubject["state"];
  current: boolean;
  started: string;
  published: string | null;
  change: string;
};

/** A document's editions, newest first: what went out when, and what each correction changed. */
export function EditionsTable({ rows }: { rows: readonly EditionRow[] }) {
  return (
    <Table caption={`${rows.length} ${rows.length === 1 ? "edition" : "editions"}`} captionHidden>
      <thead>
        <tr>
          <Th>Edition</Th>
          <Th>State</Th>
          <Th>Started</Th>
          <Th>Published</Th>
          <Th>Change</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} aria-current={row.current ? "true" : undefined} className={row.current ? "bg-brand/5" : undefined}>
            <Td className="whitespace-nowrap">
              {row.number}
              {row.current ? <span className="ml-2 text-xs text-muted">(this page)</span> : null}
            </Td>
            <Td>
              <StateBadge state={row.state} />
            </Td>
            <Td>{row.started}</Td>
            <Td>{row.published ?? "—"}</Td>
            <Td>{row.change}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
