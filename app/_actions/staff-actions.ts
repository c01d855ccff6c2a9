'use server';

import { z } from 'zod';
import { action } from '@/app/_lib/action.ts';
import { nudgeJob } from '@/lib/jobs/nudge.ts';
import { ROLE_LABELS } from '@/lib/auth/roles.ts';
import { inviteStaff, inviteStaffSchema, resendStaffInvitation, resendStaffInvitationSchema } from '@/lib/server/users/invite-staff.ts';
import { changeStaffRole, changeStaffRoleSchema, setStaffActive } from '@/lib/server/users/update-staff-access.ts';
import { setStaffTeam, setStaffTeamSchema } from '@/lib/server/users/set-staff-team.ts';
import { createTeam, createTeamSchema, renameTeam, renameTeamSchema } from '@/lib/server/teams/manage-teams.ts';

const ADMIN = { roles: ['admin'] } as const;

export const inviteStaffAction = action(inviteStaffSchema, ADMIN, async (input, actor) => {
  const user = await inviteStaff({ actor, input });
  await nudgeJob('mail-deliver');
  return { message: `Invitation sent to ${user.email}.`, revalidate: ['/admin/staff'] };
});

export const changeStaffRoleAction = action(changeStaffRoleSchema, ADMIN, async (input, actor) => {
  const result = await changeStaffRole({ actor, input });
  return { message: `Now ${ROLE_LABELS[result.role].toLowerCase()}.`, revalidate: ['/admin/staff'] };
});

export const setStaffActiveAction = action(
  z.object({ userId: z.string(), isActive: z.enum(['true', 'false']) }),
  ADMIN,
  async (input, actor) => {
    const result = await setStaffActive({ actor, input: { userId: input.userId, isActive: input.isActive === 'true' } });
    return { message: result.isActive ? 'Reactivated.' : 'Deactivated: they can no longer sign in.', revalidate: ['/admin/staff'] };
  },
);

export const resendStaffInvitationAction = action(resendStaffInvitationSchema, ADMIN, async (input, actor) => {
  const user = await resendStaffInvitation({ actor, input });
  await nudgeJob('mail-deliver');
  return { message: `A new invitation was sent to ${user.email}.`, revalidate: ['/admin/staff'] };
});

export const setStaffTeamAction = action(setStaffTeamSchema, ADMIN, async (input, actor) => {
  const result = await setStaffTeam({ actor, input });
  return { message: result.team ? `Now in ${result.team.name}.` : 'No longer in a team.', revalidate: ['/admin/staff'] };
});

export const createTeamAction = action(createTeamSchema, ADMIN, async (input, actor) => {
  const team = await createTeam({ actor, input });
  return { message: `Team ${team.name} created.`, revalidate: ['/admin/staff'] };
});

export const renameTeamAction = action(renameTeamSchema, ADMIN, async (input, actor) => {
  const team = await renameTeam({ actor, input });
  return { message: `Renamed to ${team.name}.`, revalidate: ['/admin/staff'] };
});
