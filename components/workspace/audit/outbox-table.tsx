import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";

export type OutboxRow = {
  id: string;
  queued: string;
  purpose: string;
  to: string;
  subject: string;
  text: string;
  state: "QUEUED" | "SENT" | "FAILED";
  /** Where a sent mail went: an SMTP server, or only the outbox folder (no SMTP configured). */
  transport: string | null;
  /** "Sent 12:01 by SMTP", "Next attempt 12:05 (attempt 2 failed)", … */
  status: string;
  lastError: string | null;
};

const STATE_LABELS: Record<OutboxRow["state"], { label: string; tone: BadgeTone }> = {
  QUEUED: { label: "Queued", tone: "info" },
  SENT: { label: "Sent", tone: "success" },
  FAILED: { label: "Failed", tone: "danger" },
};

/** Outgoing mail; each row opens to the text as it was sent (plain text, so links in it can be followed by hand). */
export function OutboxTable({ caption, rows }: { caption: string; rows: readonly OutboxRow[] }) {
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <Th>Queued</Th>
          <Th>To</Th>
          <Th>Message</Th>
          <Th>Status</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <Td className="whitespace-nowrap">{row.queued}</Td>
            <Td className="break-all">{row.to}</Td>
            <Td>
              <details>
                <summary className="cursor-pointer font-semibold">{row.subject}</summary>
                <p className="mt-1 text-xs text-muted">Purpose: {row.purpose}</p>
                <pre className="mt-2 max-w-2xl overflow-x-auto border border-rule bg-wash p-3 text-xs whitespace-pre-wrap">{row.text}</pre>
              </details>
            </Td>
            <Td>
              {row.state === "SENT" && row.transport === "outbox" ? (
                <Badge tone="neutral">Kept, not sent</Badge>
              ) : (
                <Badge tone={STATE_LABELS[row.state].tone}>{STATE_LABELS[row.state].label}</Badge>
              )}
              <p className="mt-1 text-xs">{row.status}</p>
              {row.lastError ? <p className="mt-1 text-xs text-accent">{row.lastError}</p> : null}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
