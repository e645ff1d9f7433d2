import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";

export type UserRow = {
  id: string;
  name: string;
  email: string;
  roleLabel: string;
  active: boolean;
  mustChangePassword: boolean;
  lockedUntil: string | null;
  languages: string;
  lastSignIn: string | null;
};

export function UsersTable({ users }: { users: readonly UserRow[] }) {
  return (
    <Table caption={`${users.length} ${users.length === 1 ? "account" : "accounts"}`}>
      <thead>
        <tr>
          <Th>Name</Th>
          <Th>Email</Th>
          <Th>Role</Th>
          <Th>Status</Th>
          <Th>Languages</Th>
          <Th>Last signed in</Th>
        </tr>
      </thead>
      <tbody>
        {users.map((user) => (
          <tr key={user.id} className={user.active ? undefined : "text-muted"}>
            <Td>
              <Link href={`/workspace/users/${user.id}`} className="font-semibold text-brand underline underline-offset-2">
                {user.name}
              </Link>
            </Td>
            <Td className="font-mono text-xs sm:text-sm">{user.email}</Td>
            <Td>{user.roleLabel}</Td>
            <Td>
              <div className="flex flex-wrap gap-1">
                {user.active ? <Badge tone="success">Active</Badge> : <Badge tone="neutral">Deactivated</Badge>}
                {user.mustChangePassword ? <Badge tone="info">One-time password</Badge> : null}
                {user.lockedUntil ? <Badge tone="danger">Locked until {user.lockedUntil}</Badge> : null}
              </div>
            </Td>
            <Td>{user.languages || "—"}</Td>
            <Td>{user.lastSignIn ?? "Never"}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
