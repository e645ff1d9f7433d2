import { Table, Td, Th } from "@/components/ui/table";

/** The demo accounts, shown on the sign-in page only while the app runs as a demo. */
export function DemoAccounts({ accounts }: { accounts: ReadonlyArray<{ roleLabel: string; email: string; password: string }> }) {
  return (
    <section aria-labelledby="demo-accounts" className="border border-amber-600/50 bg-amber-50 p-4">
      <h2 id="demo-accounts" className="text-lg font-semibold text-ink">
        Demo accounts
      </h2>
      <p className="mb-3 text-sm text-muted">This installation runs as a demo. Never use these accounts on a real database.</p>
      <Table caption="Demo accounts and their passwords" captionHidden>
        <thead>
          <tr>
            <Th>Role</Th>
            <Th>Email</Th>
            <Th>Password</Th>
          </tr>
        </thead>
        <tbody>
          {accounts.map((account) => (
            <tr key={account.email}>
              <Td>{account.roleLabel}</Td>
              <Td className="font-mono">{account.email}</Td>
              <Td className="font-mono">{account.password}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </section>
  );
}
