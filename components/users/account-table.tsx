import type { ReactNode } from 'react';
import { ROLE_LABELS } from '@/lib/auth/roles.ts';
import type { AccountSummary } from '@/lib/server/users/account-summary.ts';
import { Badge } from '@/components/ui/badge.tsx';
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table.tsx';
import { formatDateTime } from '@/lib/utils/format.ts';

/** Accounts with their role, state and last sign-in; the viewer's own row gets no controls. */
export function AccountTable(props: {
  accounts: AccountSummary[];
  viewerId: string;
  caption: string;
  rowTestId: string;
  controls: (account: AccountSummary) => ReactNode;
}) {
  return (
    <Table>
      <TableCaption className="sr-only">{props.caption}</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHead>Name</TableHead>
          <TableHead>Role</TableHead>
          <TableHead>Last sign-in</TableHead>
          <TableHead><span className="sr-only">Actions</span></TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {props.accounts.map((account) => (
          <TableRow key={account.id} data-testid={props.rowTestId}>
            <TableCell className="min-w-44">
              <div className="font-medium">{account.name}{account.id === props.viewerId ? ' (you)' : ''}</div>
              <div className="break-all text-xs text-muted-foreground">{account.email}</div>
              {!account.isActive ? <Badge variant="neutral" className="mt-1">Deactivated</Badge> : account.isInvitePending ? <Badge variant="info" className="mt-1">Invited</Badge> : null}
            </TableCell>
            <TableCell className="whitespace-nowrap">{ROLE_LABELS[account.role]}</TableCell>
            <TableCell className="whitespace-nowrap">{account.lastLoginAt ? formatDateTime(account.lastLoginAt) : 'Never'}</TableCell>
            <TableCell>{account.id === props.viewerId ? null : props.controls(account)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
