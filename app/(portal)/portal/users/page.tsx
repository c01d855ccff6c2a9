import type { Metadata } from 'next';
import { requirePageActor } from '@/app/_lib/session.ts';
import { listCompanyUsers } from '@/lib/server/users/list-company-users.ts';
import { changeUserRoleAction, inviteUserAction, resendInvitationAction, setUserActiveAction } from '@/app/_actions/company-user-actions.ts';
import { PageHeader } from '@/components/layout/app-shell.tsx';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card.tsx';
import { AccountTable } from '@/components/users/account-table.tsx';
import { InviteUserForm } from '@/components/forms/invite-user-form.tsx';
import { CompanyUserControls } from '@/components/portal/company-user-controls.tsx';

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
          <AccountTable
            accounts={users}
            viewerId={actor.userId}
            caption="Your company’s users"
            rowTestId="company-user"
            controls={(user) => (
              <CompanyUserControls user={{ id: user.id, name: user.name, role: user.role, isActive: user.isActive, isInvitePending: user.isInvitePending }} roleAction={changeUserRoleAction} activeAction={setUserActiveAction} resendAction={resendInvitationAction} />
            )}
          />
        </CardContent>
      </Card>
    </>
  );
}
