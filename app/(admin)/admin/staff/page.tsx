import type { Metadata } from 'next';
import { requirePageActor } from '@/app/_lib/session.ts';
import { listStaff } from '@/lib/server/users/list-staff.ts';
import { changeStaffRoleAction, inviteStaffAction, resendStaffInvitationAction, setStaffActiveAction, setStaffTeamAction } from '@/app/_actions/staff-actions.ts';
import { listTeams } from '@/lib/server/teams/list-teams.ts';
import { TeamsCard } from '@/components/teams/teams-card.tsx';
import { PageHeader } from '@/components/layout/app-shell.tsx';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card.tsx';
import { AccountTable } from '@/components/users/account-table.tsx';
import { InviteUserForm } from '@/components/forms/invite-user-form.tsx';
import { StaffControls, STAFF_ROLE_OPTIONS } from '@/components/staff/staff-controls.tsx';

export const metadata: Metadata = { title: 'Staff' };

export default async function StaffPage() {
  const actor = await requirePageActor({ roles: ['admin'] });
  const [staff, teams] = await Promise.all([listStaff({ actor }), listTeams({ actor })]);
  return (
    <>
      <PageHeader title="Staff" description="The MSP’s own people: technicians work tickets in the console, account managers also run contracts and reviews, administrators configure everything." />
      <Card className="mb-6">
        <CardHeader><CardTitle as="h2">Invite a colleague</CardTitle></CardHeader>
        <CardContent><InviteUserForm action={inviteStaffAction} roleOptions={STAFF_ROLE_OPTIONS} /></CardContent>
      </Card>
      <TeamsCard teams={teams} />
      <Card>
        <CardHeader><CardTitle as="h2">Staff accounts</CardTitle></CardHeader>
        <CardContent>
          <AccountTable
            accounts={staff}
            viewerId={actor.userId}
            caption="Staff accounts"
            rowTestId="staff-member"
            controls={(user) => (
              <StaffControls
                user={{ id: user.id, name: user.name, role: user.role, isActive: user.isActive, isInvitePending: user.isInvitePending, teamId: user.teamId }}
                teams={teams}
                roleAction={changeStaffRoleAction}
                activeAction={setStaffActiveAction}
                resendAction={resendStaffInvitationAction}
                teamAction={setStaffTeamAction}
              />
            )}
          />
        </CardContent>
      </Card>
    </>
  );
}
