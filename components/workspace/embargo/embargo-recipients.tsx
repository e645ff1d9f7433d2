import { Panel } from "@/components/ui/panel";
import { Table, Td, Th } from "@/components/ui/table";
import type { EmbargoStatus } from "@/lib/embargo/embargo-status";

/** Who received this edition under embargo, and who has opened their link (each opening is in the audit log). */
export function EmbargoRecipients({ status, when }: { status: EmbargoStatus; when: (date: Date) => string }) {
  const opened = status.recipients.filter((recipient) => recipient.openCount > 0).length;
  return (
    <Panel
      title="Embargo recipients"
      description={`Sent ${when(status.sentAt)} to ${status.pressLists.map((name) => `“${name}”`).join(", ")} · ${opened} of ${status.recipients.length} opened their link`}
      className="mt-8"
    >
      <div data-embargo-recipients="">
        <Table caption="Embargo recipients" captionHidden>
          <thead>
            <tr>
              <Th>Name</Th>
              <Th>Outlet</Th>
              <Th>E-mail</Th>
              <Th>Openings</Th>
              <Th>First opened</Th>
              <Th>Last opened</Th>
            </tr>
          </thead>
          <tbody>
            {status.recipients.map((recipient) => (
              <tr key={recipient.id} data-recipient={recipient.email}>
                <Td>{recipient.name}</Td>
                <Td>{recipient.outlet || "—"}</Td>
                <Td>{recipient.email}</Td>
                <Td className="tabular-nums" data-open-count="">
                  {recipient.openCount}
                </Td>
                <Td>{recipient.firstOpenedAt ? when(recipient.firstOpenedAt) : "—"}</Td>
                <Td>{recipient.lastOpenedAt ? when(recipient.lastOpenedAt) : "—"}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </div>
    </Panel>
  );
}
