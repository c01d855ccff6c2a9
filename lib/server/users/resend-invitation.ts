import { z } from 'zod';
import { db, type Db } from '@/lib/db/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { authorize } from '@/lib/auth/authorize.ts';
import { AppError, notFound } from '@/lib/errors/app-error.ts';
import { parseOrThrow } from '@/lib/errors/zod-errors.ts';
import { recordAudit } from '@/lib/server/audit/record-audit.ts';
import { queueEmail } from '@/lib/server/mail/queue-email.ts';
import { findCompanyUser } from './company-user.ts';
import { invitationEmail } from './invite-user.ts';
import { issueUserToken } from './user-tokens.ts';

export const resendInvitationSchema = z.object({ userId: z.string() });

/**
 * A fresh 7-day invitation link for a colleague who has not chosen a password yet (the old
 * link stops working). For anyone who already has a password it is refused.
 */
export async function resendInvitation(
  options: { actor: Actor | null; input: z.input<typeof resendInvitationSchema>; now?: Date },
  database: Db = db,
): Promise<{ id: string; email: string }> {
  const actor = authorize(options.actor, { roles: ['customer_admin'] });
  const input = parseOrThrow(resendInvitationSchema, options.input);
  const now = options.now ?? new Date();
  return database.$transaction(async (tx) => {
    const user = await findCompanyUser(tx, actor, input.userId);
    const account = await tx.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true, client: { select: { name: true } } } });
    if (!user.isActive) throw new AppError('conflict', 'Reactivate this user before inviting them again.');
    if (account.passwordHash !== null) throw new AppError('conflict', 'This user has already set a password; they can use “Forgot your password?” instead.');
    if (!account.client) throw notFound('Your company');
    const { token, expiresAt } = await issueUserToken(tx, { userId: user.id, kind: 'invitation', now });
    await queueEmail(tx, invitationEmail({ to: user.email, name: user.name, inviterName: actor.name, clientName: account.client.name, token, expiresAt }));
    await recordAudit(tx, { actor, action: 'user.invitation_resent', entityType: 'User', entityId: user.id, clientId: user.clientId });
    return { id: user.id, email: user.email };
  });
}
