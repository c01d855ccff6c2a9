'use server';

import { z } from 'zod';
import { action } from '@/app/_lib/action.ts';
import { nudgeJob } from '@/lib/jobs/nudge.ts';
import { inviteUser, inviteUserSchema } from '@/lib/server/users/invite-user.ts';
import { changeUserRole, changeUserRoleSchema } from '@/lib/server/users/change-user-role.ts';
import { setUserActive } from '@/lib/server/users/set-user-active.ts';
import { resendInvitation, resendInvitationSchema } from '@/lib/server/users/resend-invitation.ts';

const ADMIN = { roles: ['customer_admin'] } as const;

export const inviteUserAction = action(inviteUserSchema, ADMIN, async (input, actor) => {
  const user = await inviteUser({ actor, input });
  await nudgeJob('mail-deliver');
  return { message: `Invitation sent to ${user.email}.`, revalidate: ['/portal/users'] };
});

export const changeUserRoleAction = action(changeUserRoleSchema, ADMIN, async (input, actor) => {
  const result = await changeUserRole({ actor, input });
  return { message: result.role === 'customer_admin' ? 'Now a customer admin.' : 'Now a customer user.', revalidate: ['/portal/users'] };
});

export const setUserActiveAction = action(
  z.object({ userId: z.string(), isActive: z.enum(['true', 'false']) }),
  ADMIN,
  async (input, actor) => {
    const result = await setUserActive({ actor, input: { userId: input.userId, isActive: input.isActive === 'true' } });
    return { message: result.isActive ? 'Reactivated.' : 'Deactivated: they can no longer sign in.', revalidate: ['/portal/users'] };
  },
);

export const resendInvitationAction = action(resendInvitationSchema, ADMIN, async (input, actor) => {
  const user = await resendInvitation({ actor, input });
  await nudgeJob('mail-deliver');
  return { message: `A new invitation was sent to ${user.email}.`, revalidate: ['/portal/users'] };
});
