import { Panel } from "@/components/ui/panel";
import { Table, Td, Th } from "@/components/ui/table";
import type { EmbargoDesk } from "@/lib/embargo/embargo-desk";

/** Who received this edition under embargo, and who has opened their link (each opening is in the audit log). */
export function EmbargoRecipients({ desk, when }: { desk: EmbargoDesk; when: (date: Date) => string }) {
  const opened = desk.recipients.filter((recipient) => recipient.openCount > 0).length;
  return (
    <Panel
      title="Embargo recipients"
      description={`Sent ${when(desk.sentAt)} to ${desk.pressLists.map((name) => `“${name}”`).join(", ")} · ${opened} of ${desk.recipients.length} opened their link`}
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
            {desk.recipients.map((recipient) => (
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
