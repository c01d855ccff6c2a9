import type { Metadata } from 'next';
import { requirePageActor } from '@/app/_lib/session.ts';
import { ROLE_LABELS } from '@/lib/auth/roles.ts';
import { listCompanyUsers } from '@/lib/server/users/list-company-users.ts';
import { changeUserRoleAction, inviteUserAction, resendInvitationAction, setUserActiveAction } from '@/app/_actions/company-user-actions.ts';
import { PageHeader } from '@/components/layout/app-shell.tsx';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card.tsx';
import { Badge } from '@/components/ui/badge.tsx';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table.tsx';
import { InviteUserForm } from '@/components/portal/invite-user-form.tsx';
import { CompanyUserControls } from '@/components/portal/company-user-controls.tsx';
import { formatDateTime } from '@/lib/utils/format.ts';

export const metadata: Metadata = { title: 'Users' };

export default async function CompanyUsersPage() {
  const actor = await requirePageActor({ roles: ['customer_admin'] });
  const users = await listCompanyUsers({ actor });
  return (
    <>
      <PageHeader title="Users" description="Who in your company can use this portal. Users see their own requests; admins see the whole company’s, approve work and manage users." />
      <Card className="mb-6">
        <CardHeader><CardTitle as="h2">Invite a colleague</CardTitle></CardHeader>
        <CardContent><InviteUserForm action={inviteUserAction} /></CardContent>
      </Card>
      <Card>
        <CardHeader><CardTitle as="h2">Your company’s users</CardTitle></CardHeader>
        <CardContent>
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>Name</TableHead>
                <TableHead>Role</TableHead>
                <TableHead>Last sign-in</TableHead>
                <TableHead><span className="sr-only">Actions</span></TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {users.map((user) => (
                <TableRow key={user.id} data-testid="company-user">
                  <TableCell className="min-w-44">
                    <div className="font-medium">{user.name}{user.id === actor.userId ? ' (you)' : ''}</div>
                    <div className="break-all text-xs text-muted-foreground">{user.email}</div>
                    {!user.isActive ? <Badge variant="neutral" className="mt-1">Deactivated</Badge> : user.isInvitePending ? <Badge variant="info" className="mt-1">Invited</Badge> : null}
                  </TableCell>
                  <TableCell className="whitespace-nowrap">{ROLE_LABELS[user.role]}</TableCell>
                  <TableCell className="whitespace-nowrap">{user.lastLoginAt ? formatDateTime(user.lastLoginAt) : 'Never'}</TableCell>
                  <TableCell>
                    {user.id === actor.userId ? null : <CompanyUserControls user={{ id: user.id, name: user.name, role: user.role, isActive: user.isActive, isInvitePending: user.isInvitePending }} roleAction={changeUserRoleAction} activeAction={setUserActiveAction} resendAction={resendInvitationAction} />}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </CardContent>
      </Card>
    </>
  );
}
