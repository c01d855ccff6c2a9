'use server';

import { z } from 'zod';
import { publicAction } from '@/app/_lib/public-action.ts';
import { nudgeJob } from '@/lib/jobs/nudge.ts';
import { acceptInvitation } from '@/lib/server/users/accept-invitation.ts';
import { requestPasswordReset } from '@/lib/server/users/request-password-reset.ts';
import { resetPassword } from '@/lib/server/users/reset-password.ts';

const passwordForm = z.object({ token: z.string(), password: z.string(), confirmPassword: z.string() });

export const acceptInvitationAction = publicAction(passwordForm, async (input) => {
  await acceptInvitation({ input });
  return { message: 'Your password is set. You can sign in now.' };
});

export const resetPasswordAction = publicAction(passwordForm, async (input) => {
  await resetPassword({ input });
  return { message: 'Your new password is set. You can sign in now.' };
});

/** The same answer whether or not the address has an account. */
export const requestPasswordResetAction = publicAction(z.object({ email: z.string() }), async (input) => {
  const { isQueued } = await requestPasswordReset({ input });
  if (isQueued) await nudgeJob('mail-deliver');
  return { message: 'If that address has an account, we have sent it a link to choose a new password. The link works for one hour.' };
});
